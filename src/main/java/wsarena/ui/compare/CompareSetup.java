package wsarena.ui.compare;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import wsarena.scenario.Isolation;
import wsarena.scenario.Placement;
import wsarena.scenario.Problem;
import wsarena.scenario.Scenario;
import wsarena.scenario.ScenarioValidator;
import wsarena.scenario.ServerDescription;
import wsarena.scenario.ShootoutPlan;
import wsarena.scenario.TargetCatalog;
import wsarena.scenario.TargetNames;
import wsarena.scenario.TargetSpec;

/**
 * What the Compare view is asked to measure: the targets ticked in its checklist (every engine in
 * every model, both Python servers, the URLs the user saved), how many times each, and where the
 * engines run. It turns them into the core's {@link ShootoutPlan} for the form's scenario; the
 * isolation warning and the names are the core's. Plain JavaFX properties: tested without a
 * window. Use it on the FX thread.
 */
public final class CompareSetup {
  /** A line of the checklist: a target and how it is called there. */
  public record Choice(String name, String group, TargetSpec target) {}

  private final TargetCatalog catalog;
  private final ObservableList<String> urls = FXCollections.observableArrayList();
  private final ObservableList<String> ticked = FXCollections.observableArrayList();
  private final IntegerProperty repeats = new SimpleIntegerProperty(1);
  private final ObjectProperty<Isolation> isolation = new SimpleObjectProperty<>(Isolation.PROCESS);
  private final ReadOnlyIntegerWrapper revision = new ReadOnlyIntegerWrapper();

  public CompareSetup(TargetCatalog catalog) {
    this.catalog = catalog;
    urls.addListener((javafx.collections.ListChangeListener<String>) c -> changed());
    ticked.addListener((javafx.collections.ListChangeListener<String>) c -> changed());
    repeats.addListener(o -> changed());
    isolation.addListener(o -> changed());
  }

  private void changed() {
    revision.set(revision.get() + 1);
  }

  /** Moves on every change, for views that redraw the checklist or the plan's lines. */
  public ReadOnlyIntegerProperty revisionProperty() {
    return revision.getReadOnlyProperty();
  }

  /** Every target the checklist offers, in its order: engines by model, the Python servers, the saved URLs. */
  public List<Choice> choices() {
    List<Choice> out = new ArrayList<>();
    for (ServerDescription e : catalog.engines()) {
      for (var m : e.threadingModels()) {
        out.add(new Choice(m.displayName(), e.displayName(), TargetSpec.Embedded.of(e.id(), m, isolation.get(), 0, false, false)));
      }
    }
    for (ServerDescription p : catalog.pythonServers()) {
      out.add(new Choice(p.pythonName(), "Python servers", new TargetSpec.Peer(p.id())));
    }
    for (String url : urls) {
      out.add(new Choice(url, "URLs", TargetSpec.External.of(URI.create(url))));
    }
    return out;
  }

  /** The names ({@link TargetNames#name}) of the ticked targets, in the order they were ticked. */
  public ObservableList<String> ticked() {
    return ticked;
  }

  public boolean isTicked(Choice c) {
    return ticked.contains(TargetNames.name(c.target()));
  }

  public void tick(Choice c, boolean on) {
    String name = TargetNames.name(c.target());
    if (on && !ticked.contains(name)) {
      ticked.add(name);
    } else if (!on) {
      ticked.remove(name);
    }
  }

  /** Ticks exactly these targets, by their names (unknown names are left out). */
  public void tickOnly(List<String> names) {
    Set<String> offered = new LinkedHashSet<>(choices().stream().map(c -> TargetNames.name(c.target())).toList());
    ticked.setAll(names.stream().filter(offered::contains).distinct().toList());
  }

  /** Ticks every target, or none. */
  public void tickAll(boolean on) {
    tickOnly(on ? choices().stream().map(c -> TargetNames.name(c.target())).toList() : List.of());
  }

  /** The saved URLs, in the order they were added. */
  public ObservableList<String> urls() {
    return urls;
  }

  /**
   * Adds a URL to the checklist, ticked.
   *
   * @return why it cannot be added, as a sentence; empty when it was
   */
  public Optional<String> addUrl(String text) {
    List<Problem> problems = ScenarioValidator.urlProblems(text);
    if (!problems.isEmpty()) {
      return Optional.of(capital(problems.getFirst().message()));
    }
    String url = text.strip();
    if (!urls.contains(url)) {
      urls.add(url);
    }
    if (!ticked.contains(url)) {
      ticked.add(url);
    }
    return Optional.empty();
  }

  public void removeUrl(String url) {
    ticked.remove(url);
    urls.remove(url);
  }

  public IntegerProperty repeats() {
    return repeats;
  }

  /** Where the engines run; a Python server always runs in its own process. */
  public ObjectProperty<Isolation> isolation() {
    return isolation;
  }

  /** The ticked targets, in the checklist's order, each engine in the chosen isolation. */
  public List<TargetSpec> targets() {
    return choices().stream().filter(this::isTicked).map(Choice::target).toList();
  }

  /**
   * The shootout of the ticked targets under {@code scenario} (the form's), with the cool-down
   * between two; empty when nothing is ticked.
   */
  public Optional<ShootoutPlan> plan(Scenario scenario, Duration coolDown) {
    List<TargetSpec> targets = targets().stream().map(t -> withCompression(t, scenario.load().compression())).toList();
    if (targets.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new ShootoutPlan(scenario.withTarget(targets.getFirst()), targets, repeats.get(), coolDown));
  }

  /** The core's sentence when the ticked targets would not run on equal terms; empty when they would. */
  public Optional<String> isolationWarning() {
    List<TargetSpec> targets = targets();
    return Placement.mixWarning(targets.stream().map(TargetSpec::label).toList(), targets.stream().map(Placement::of).toList());
  }

  private static TargetSpec withCompression(TargetSpec t, boolean compression) {
    return t instanceof TargetSpec.Embedded e
        ? TargetSpec.Embedded.of(e.engine(), e.model(), e.isolation(), e.workerThreads(), e.tls(), compression)
        : t;
  }

  private static String capital(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
