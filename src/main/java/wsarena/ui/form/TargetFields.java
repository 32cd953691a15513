package wsarena.ui.form;

import java.net.URI;
import java.util.List;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import wsarena.scenario.Isolation;
import wsarena.scenario.Problem;
import wsarena.scenario.ScenarioValidator;
import wsarena.scenario.ServerDescription;
import wsarena.scenario.TargetCatalog;
import wsarena.scenario.TargetKind;
import wsarena.scenario.TargetSpec;
import wsarena.scenario.ThreadingModel;

/**
 * The target picker's fields, as the user set them: an engine in a threading model, a Python
 * server, or a URL. Read into a {@link TargetSpec} by {@link ScenarioForm}, which checks it with the
 * rest of the scenario. Plain JavaFX properties, no controls: tested without a window.
 */
public final class TargetFields {
  /** The field name of {@link #serverPid} in problems (the core has no problem for it). */
  public static final String PROCESS_ID = "processId";

  public final ObjectProperty<TargetKind> kind = new SimpleObjectProperty<>(TargetKind.ENGINE);
  public final ObjectProperty<ServerDescription> engine = new SimpleObjectProperty<>();
  public final ObjectProperty<ThreadingModel> model = new SimpleObjectProperty<>();
  public final ObjectProperty<Isolation> isolation = new SimpleObjectProperty<>(Isolation.IN_PROCESS);
  public final StringProperty serverWorkers = new SimpleStringProperty("0");
  public final BooleanProperty tls = new SimpleBooleanProperty();
  public final ObjectProperty<ServerDescription> peer = new SimpleObjectProperty<>();
  public final StringProperty url = new SimpleStringProperty("");
  public final BooleanProperty trustAnyCertificate = new SimpleBooleanProperty();
  /** The external server's process id, to measure its CPU and memory; empty when not known. */
  public final StringProperty serverPid = new SimpleStringProperty("");

  private final TargetCatalog catalog;
  private final ReadOnlyObjectWrapper<List<ThreadingModel>> models = new ReadOnlyObjectWrapper<>(List.of());

  TargetFields(TargetCatalog catalog) {
    this.catalog = catalog;
    if (!catalog.pythonServers().isEmpty()) {
      peer.set(catalog.pythonServers().getFirst());
    }
    engine.addListener((obs, old, now) -> engineChanged(now));
  }

  List<Observable> inputs() {
    return List.of(kind, engine, model, isolation, serverWorkers, tls, peer, url, trustAnyCertificate, serverPid);
  }

  /** The threading models of the chosen engine, in a stable order. */
  public ReadOnlyObjectProperty<List<ThreadingModel>> modelsProperty() {
    return models.getReadOnlyProperty();
  }

  /** Whether the chosen target is an engine that cannot deflate, so compression cannot be asked of it. */
  public boolean engineWithoutCompression() {
    return kind.get() == TargetKind.ENGINE && (engine.get() == null || !engine.get().compression());
  }

  /** One sentence on how the chosen engine spends its threads in the chosen model. */
  public String modelExplanation() {
    ServerDescription e = engine.get();
    ThreadingModel m = model.get();
    if (m == null) {
      return "";
    }
    return e == null ? m.description() : e.describe(m);
  }

  private void engineChanged(ServerDescription now) {
    List<ThreadingModel> list = now == null ? List.of() : now.threadingModels();
    models.set(list);
    if (!list.isEmpty() && !list.contains(model.get())) {
      model.set(list.getFirst());
    }
    if (now != null && !now.tls()) {
      tls.set(false);
    }
  }

  /** Fills the fields from a scenario's target; without one, the first engine is chosen. */
  void load(TargetSpec target) {
    switch (target) {
      case TargetSpec.Embedded e -> {
        kind.set(TargetKind.ENGINE);
        catalog.engine(e.engine()).ifPresent(engine::set);
        if (e.model() != null) {
          model.set(e.model());
        }
        isolation.set(e.isolation() == null ? Isolation.IN_PROCESS : e.isolation());
        serverWorkers.set(Integer.toString(e.workerThreads()));
        tls.set(e.tls());
      }
      case TargetSpec.External x -> {
        kind.set(TargetKind.URL);
        url.set(x.url() == null ? "" : x.url().toString());
        trustAnyCertificate.set(x.trustAnyCertificate());
        serverPid.set(x.processId() > 0 ? Long.toString(x.processId()) : "");
      }
      case TargetSpec.Peer p -> {
        kind.set(TargetKind.PEER);
        // an unknown peer in a saved file keeps the form's choice
        catalog.pythonServer(p.peer()).ifPresent(peer::set);
      }
      case null -> {}
    }
    if (engine.get() == null && !catalog.engines().isEmpty()) {
      engine.set(catalog.engines().getFirst());
    }
  }

  /**
   * The target the fields describe, or null with the reason in {@code problems}.
   *
   * @param compression whether the load asks for permessage-deflate, which an engine is started with
   */
  TargetSpec read(boolean compression, List<Problem> problems) {
    return switch (kind.get()) {
      case ENGINE -> {
        int workers = TypedText.integer(serverWorkers, Problem.WORKER_THREADS, "server worker threads", 0, problems);
        ServerDescription e = engine.get();
        if (e == null) {
          problems.add(new Problem(Problem.ENGINE, "choose an engine"));
          yield null;
        }
        yield TargetSpec.Embedded.of(e.id(), model.get(), isolation.get(), workers, tls.get(), compression);
      }
      case PEER -> {
        if (peer.get() == null) {
          problems.add(new Problem(Problem.TARGET, "choose a Python server"));
          yield null;
        }
        yield new TargetSpec.Peer(peer.get().id());
      }
      case URL -> {
        List<Problem> urlProblems = ScenarioValidator.urlProblems(url.get());
        long pid = processId(problems);
        if (!urlProblems.isEmpty()) {
          problems.addAll(urlProblems);
          yield null;
        }
        yield new TargetSpec.External(URI.create(url.get().strip()), trustAnyCertificate.get(), pid);
      }
    };
  }

  private long processId(List<Problem> out) {
    String text = TypedText.clean(serverPid.get());
    if (text.isEmpty()) {
      return 0;
    }
    try {
      long pid = Long.parseLong(text);
      if (pid > 0) {
        return pid;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    out.add(new Problem(PROCESS_ID, "the process id is a whole number above 0, or empty when not known"));
    return 0;
  }
}
