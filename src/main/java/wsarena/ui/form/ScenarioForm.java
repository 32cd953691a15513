package wsarena.ui.form;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import wsarena.host.FileLimit;
import wsarena.text.Units;
import wsarena.scenario.ConnectionLoad;
import wsarena.scenario.Isolation;
import wsarena.scenario.LoadProfile;
import wsarena.scenario.Payload;
import wsarena.scenario.PayloadKind;
import wsarena.scenario.Problem;
import wsarena.scenario.Rate;
import wsarena.scenario.Scenario;
import wsarena.scenario.ScenarioValidator;
import wsarena.scenario.ServerDescription;
import wsarena.scenario.TargetCatalog;
import wsarena.scenario.TargetKind;
import wsarena.scenario.TargetSpec;
import wsarena.scenario.ThreadingModel;
import wsarena.scenario.Workload;

/**
 * The scenario pane's view model: one property per field, as the user typed it, turned into a
 * {@link Scenario} and checked by the core's {@link ScenarioValidator}. Fields that do not parse
 * get their own message; the rest come from the validator with its field names ({@link Problem}).
 *
 * <p>Plain JavaFX properties, no controls: tested without a window.
 */
public final class ScenarioForm {

  /** The form as a scenario, or the problems that stop it from being one. */
  public record Check(Optional<Scenario> scenario, List<Problem> problems) {
    public boolean valid() {
      return problems.isEmpty();
    }

    /** The first message for one of {@code fields}, if any. */
    public Optional<String> messageFor(Set<String> fields) {
      return problems.stream().filter(p -> fields.contains(p.field())).map(Problem::message).findFirst();
    }
  }

  private final TargetCatalog catalog;
  private final ScenarioValidator validator;

  public final ObjectProperty<TargetKind> targetKind = new SimpleObjectProperty<>(TargetKind.ENGINE);
  public final ObjectProperty<ServerDescription> engine = new SimpleObjectProperty<>();
  public final ObjectProperty<ThreadingModel> model = new SimpleObjectProperty<>();
  public final ObjectProperty<Isolation> isolation = new SimpleObjectProperty<>(Isolation.IN_PROCESS);
  public final StringProperty serverWorkers = new SimpleStringProperty("0");
  public final BooleanProperty tls = new SimpleBooleanProperty();
  public final BooleanProperty compression = new SimpleBooleanProperty();
  public final ObjectProperty<ServerDescription> peer = new SimpleObjectProperty<>();
  public final StringProperty url = new SimpleStringProperty("");
  public final BooleanProperty trustAnyCertificate = new SimpleBooleanProperty();
  /** The external server's process id, to measure its CPU and memory; empty when not known. */
  public final StringProperty serverPid = new SimpleStringProperty("");

  /** The field name of {@link #serverPid} in problems (the core has no problem for it). */
  public static final String PROCESS_ID = "processId";
  public final ObjectProperty<Workload> workload = new SimpleObjectProperty<>(Workload.ECHO);
  public final StringProperty publishers = new SimpleStringProperty("1");
  public final StringProperty connections = new SimpleStringProperty();
  public final StringProperty ramp = new SimpleStringProperty();
  public final BooleanProperty closedLoop = new SimpleBooleanProperty(true);
  public final StringProperty rate = new SimpleStringProperty("10000");
  public final StringProperty thinkTime = new SimpleStringProperty("0ms");
  public final StringProperty payloadSize = new SimpleStringProperty();
  public final ObjectProperty<PayloadKind> payloadKind = new SimpleObjectProperty<>(PayloadKind.TEXT);
  public final StringProperty duration = new SimpleStringProperty();
  public final StringProperty warmup = new SimpleStringProperty();
  public final StringProperty threads = new SimpleStringProperty();
  public final StringProperty interval = new SimpleStringProperty();
  /** Storm and idle: at most this many handshakes at once. */
  public final StringProperty handshakesInFlight = new SimpleStringProperty();
  /** Storm: how long each connection stays open after its handshake. */
  public final StringProperty hold = new SimpleStringProperty();
  /** Idle: how often each connection pings. */
  public final StringProperty pingInterval = new SimpleStringProperty();
  /** Storm: how many loopback source addresses the sockets bind to. */
  public final StringProperty sourceAddresses = new SimpleStringProperty();
  /** Storm: the source ports to bind to, e.g. {@code 40000-40999}; empty lets the kernel pick. */
  public final StringProperty sourcePorts = new SimpleStringProperty("");
  /**
   * Check the target before the load (feature probe and conformance suite): how to run, not what,
   * so it is no part of the scenario and its check.
   */
  public final BooleanProperty checkConformance = new SimpleBooleanProperty();

  private final ReadOnlyObjectWrapper<Check> check = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyObjectWrapper<List<ThreadingModel>> models = new ReadOnlyObjectWrapper<>(List.of());

  public ScenarioForm(TargetCatalog catalog) {
    this.catalog = catalog;
    if (!catalog.pythonServers().isEmpty()) {
      peer.set(catalog.pythonServers().getFirst());
    }
    this.validator = new ScenarioValidator(catalog, FileLimit.openFiles().orElse(0));
    engine.addListener((obs, old, now) -> engineChanged(now));
    load(Scenario.defaults());
    for (Observable input : inputs()) {
      input.addListener(o -> check.set(check()));
    }
    check.set(check());
  }

  private List<Observable> inputs() {
    return List.of(
        targetKind, engine, model, isolation, serverWorkers, tls, compression, peer, url, trustAnyCertificate, serverPid,
        workload, publishers, connections, ramp, closedLoop, rate, thinkTime, payloadSize, payloadKind,
        duration, warmup, threads, interval, handshakesInFlight, hold, pingInterval, sourceAddresses, sourcePorts);
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
    if (now != null && !now.compression() && targetKind.get() == TargetKind.ENGINE) {
      compression.set(false);
    }
  }

  /** The threading models of the chosen engine, in a stable order. */
  public ReadOnlyObjectProperty<List<ThreadingModel>> modelsProperty() {
    return models.getReadOnlyProperty();
  }

  /** The form checked after every change. */
  public ReadOnlyObjectProperty<Check> checkProperty() {
    return check.getReadOnlyProperty();
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

  /** Fills the form from a scenario. */
  public void load(Scenario s) {
    switch (s.target()) {
      case TargetSpec.Embedded e -> {
        targetKind.set(TargetKind.ENGINE);
        catalog.engine(e.engine()).ifPresent(engine::set);
        if (e.model() != null) {
          model.set(e.model());
        }
        isolation.set(e.isolation() == null ? Isolation.IN_PROCESS : e.isolation());
        serverWorkers.set(Integer.toString(e.workerThreads()));
        tls.set(e.tls());
      }
      case TargetSpec.External x -> {
        targetKind.set(TargetKind.URL);
        url.set(x.url() == null ? "" : x.url().toString());
        trustAnyCertificate.set(x.trustAnyCertificate());
        serverPid.set(x.processId() > 0 ? Long.toString(x.processId()) : "");
      }
      case TargetSpec.Peer p -> {
        targetKind.set(TargetKind.PEER);
        // an unknown peer in a saved file keeps the form's choice
        catalog.pythonServer(p.peer()).ifPresent(peer::set);
      }
      case null -> {}
    }
    if (engine.get() == null && !catalog.engines().isEmpty()) {
      engine.set(catalog.engines().getFirst());
    }
    if (s.workload() != null) {
      workload.set(s.workload());
    }
    LoadProfile l = s.load() == null ? LoadProfile.defaults() : s.load();
    connections.set(Integer.toString(l.connections()));
    ramp.set(Units.numberField(l.rampPerSecond()));
    switch (l.rate()) {
      case Rate.OpenLoop o -> {
        closedLoop.set(false);
        rate.set(Units.numberField(o.messagesPerSecond()));
      }
      case Rate.ClosedLoop c -> {
        closedLoop.set(true);
        thinkTime.set(Units.durationField(c.thinkTime() == null ? Duration.ZERO : c.thinkTime()));
      }
      case null -> closedLoop.set(true);
    }
    Payload p = l.payload() == null ? Payload.defaults() : l.payload();
    payloadSize.set(Integer.toString(p.sizeBytes()));
    payloadKind.set(p.kind() == null ? PayloadKind.TEXT : p.kind());
    duration.set(Units.durationField(l.duration() == null ? Duration.ofSeconds(10) : l.duration()));
    warmup.set(Units.durationField(l.warmup() == null ? Duration.ZERO : l.warmup()));
    threads.set(Integer.toString(l.threads()));
    compression.set(l.compression());
    publishers.set(Integer.toString(l.publishers()));
    interval.set(Units.durationField(s.interval() == null ? Scenario.DEFAULT_INTERVAL : s.interval()));
    ConnectionLoad c = l.connectionLoad();
    handshakesInFlight.set(Integer.toString(c.handshakesInFlight()));
    hold.set(Units.durationField(c.hold() == null ? Duration.ZERO : c.hold()));
    pingInterval.set(Units.durationField(c.pingInterval() == null ? Duration.ofSeconds(1) : c.pingInterval()));
    sourceAddresses.set(Integer.toString(c.sourceAddresses()));
    sourcePorts.set(c.sourcePorts() == null ? "" : c.sourcePorts().toString());
  }

  /** Reads the form: the scenario it describes, or why it cannot run. */
  public Check check() {
    return check(null);
  }

  /**
   * Reads the form's workload and load for {@code target} instead of the form's own target (the
   * Compare view measures the targets of its checklist under the form's load): the target fields
   * are not read, so an empty URL field does not stop it.
   */
  public Check checkWith(TargetSpec target) {
    return check(java.util.Objects.requireNonNull(target));
  }

  private Check check(TargetSpec fixed) {
    List<Problem> problems = new ArrayList<>();
    LoadProfile defaults = LoadProfile.defaults();
    int conns = integer(connections, Problem.CONNECTIONS, "connections", defaults.connections(), problems);
    double rampPerSecond = number(ramp, Problem.RAMP, "the ramp", 0, problems);
    Rate r;
    if (closedLoop.get()) {
      r = new Rate.ClosedLoop(duration(thinkTime, Problem.THINK_TIME, "the think time", Duration.ZERO, problems));
    } else {
      r = new Rate.OpenLoop(number(rate, Problem.RATE, "the rate", 1000, problems));
    }
    int size = integer(payloadSize, Problem.PAYLOAD, "the payload size", 64, problems);
    Duration dur = duration(duration, Problem.DURATION, "the duration", defaults.duration(), problems);
    Duration warm = duration(warmup, Problem.WARMUP, "the warm-up", defaults.warmup(), problems);
    int generatorThreads = integer(threads, Problem.THREADS, "worker threads", 0, problems);
    int pubs = integer(publishers, Problem.PUBLISHERS, "publishers", 1, problems);
    Duration every = duration(interval, Problem.INTERVAL, "the interval", Scenario.DEFAULT_INTERVAL, problems);
    ConnectionLoad c = connectionLoad(problems);
    LoadProfile load =
        new LoadProfile(
            conns,
            rampPerSecond,
            r,
            new Payload(size, payloadKind.get()),
            dur,
            warm,
            generatorThreads,
            compression.get(),
            pubs,
            LoadProfile.DEFAULT_MAX_IN_FLIGHT,
            LoadProfile.DEFAULT_TIMEOUT,
            c,
            null);

    TargetSpec target = fixed;
    if (fixed != null) {
      // the checklist's target: the form's target fields are not asked
    } else if (targetKind.get() == TargetKind.ENGINE) {
      int workers = integer(serverWorkers, Problem.WORKER_THREADS, "server worker threads", 0, problems);
      ServerDescription e = engine.get();
      if (e == null) {
        problems.add(new Problem(Problem.ENGINE, "choose an engine"));
      } else {
        target = TargetSpec.Embedded.of(e.id(), model.get(), isolation.get(), workers, tls.get(), compression.get());
      }
    } else if (targetKind.get() == TargetKind.PEER) {
      if (peer.get() == null) {
        problems.add(new Problem(Problem.TARGET, "choose a Python server"));
      } else {
        target = new TargetSpec.Peer(peer.get().id());
      }
    } else {
      List<Problem> urlProblems = ScenarioValidator.urlProblems(url.get());
      long pid = processId(problems);
      if (urlProblems.isEmpty()) {
        target = new TargetSpec.External(URI.create(url.get().strip()), trustAnyCertificate.get(), pid);
      } else {
        problems.addAll(urlProblems);
      }
    }

    Scenario scenario = new Scenario(target, workload.get(), load, every);
    if (target != null) {
      Set<String> unparsed = problems.stream().map(Problem::field).collect(Collectors.toSet());
      for (Problem p : validator.problems(scenario)) {
        if (!unparsed.contains(p.field())) {
          problems.add(p);
        }
      }
    }
    return new Check(problems.isEmpty() ? Optional.of(scenario) : Optional.empty(), List.copyOf(problems));
  }

  /** The storm's and the idle run's settings; the fields the workload does not use are left unchecked. */
  private ConnectionLoad connectionLoad(List<Problem> out) {
    ConnectionLoad d = ConnectionLoad.defaults();
    boolean storm = workload.get() == Workload.STORM;
    boolean idle = workload.get() == Workload.IDLE;
    List<Problem> ignored = new ArrayList<>();
    List<Problem> both = storm || idle ? out : ignored;
    int inFlight = integer(handshakesInFlight, Problem.HANDSHAKES_IN_FLIGHT, "handshakes in flight", d.handshakesInFlight(), both);
    Duration held = duration(hold, Problem.HOLD, "the hold", Duration.ZERO, storm ? out : ignored);
    Duration ping = duration(pingInterval, Problem.PING_INTERVAL, "the ping interval", d.pingInterval(), idle ? out : ignored);
    int addresses = integer(sourceAddresses, Problem.SOURCE_ADDRESSES, "source addresses", d.sourceAddresses(), storm ? out : ignored);
    ConnectionLoad.PortRange ports = null;
    String portsText = clean(sourcePorts.get());
    if (!portsText.isEmpty()) {
      try {
        ports = ConnectionLoad.PortRange.parse(portsText);
      } catch (IllegalArgumentException e) {
        (storm ? out : ignored).add(new Problem(Problem.SOURCE_PORTS, e.getMessage()));
      }
    }
    return new ConnectionLoad(inFlight, held, ping, addresses, ports);
  }

  private long processId(List<Problem> out) {
    String text = clean(serverPid.get());
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

  private static int integer(StringProperty field, String name, String what, int fallback, List<Problem> out) {
    String text = clean(field.get());
    try {
      return Integer.parseInt(text);
    } catch (NumberFormatException e) {
      out.add(new Problem(name, what + " must be a whole number, e.g. " + fallback));
      return fallback;
    }
  }

  private static double number(StringProperty field, String name, String what, double fallback, List<Problem> out) {
    String text = clean(field.get());
    try {
      double v = Double.parseDouble(text);
      if (Double.isFinite(v)) {
        return v;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    out.add(new Problem(name, what + " must be a number, e.g. " + Units.numberField(fallback)));
    return fallback;
  }

  private static Duration duration(
      StringProperty field, String name, String what, Duration fallback, List<Problem> out) {
    String text = field.get() == null ? "" : field.get().strip();
    if (text.isEmpty()) {
      out.add(new Problem(name, "enter " + what + ", e.g. " + Units.durationField(fallback.isZero() ? Duration.ofSeconds(2) : fallback)));
      return fallback;
    }
    try {
      return ScenarioValidator.parseDuration(text);
    } catch (IllegalArgumentException e) {
      out.add(new Problem(name, e.getMessage()));
      return fallback;
    }
  }

  /** Tolerates thousands separators and spaces: {@code 10,000} and {@code 10 000} are 10000. */
  private static String clean(String text) {
    return text == null ? "" : text.strip().replace(",", "").replace("_", "").replace(" ", "");
  }

  /** Calls {@code action} after every change of any field. */
  public void onChange(Consumer<Check> action) {
    check.addListener((obs, old, now) -> action.accept(now));
  }
}
