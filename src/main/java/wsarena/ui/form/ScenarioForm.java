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

  private final ScenarioValidator validator;

  /** Which server is measured: the target picker's fields. */
  public final TargetFields target;
  public final BooleanProperty compression = new SimpleBooleanProperty();
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

  public ScenarioForm(TargetCatalog catalog) {
    this.target = new TargetFields(catalog);
    this.validator = new ScenarioValidator(catalog, FileLimit.openFiles().orElse(0));
    // an engine that cannot deflate is not asked to; a URL or a Python server may or may not
    target.engine.addListener((obs, old, now) -> {
      if (now != null && target.engineWithoutCompression()) {
        compression.set(false);
      }
    });
    load(Scenario.defaults());
    for (Observable input : inputs()) {
      input.addListener(o -> check.set(check()));
    }
    check.set(check());
  }

  private List<Observable> inputs() {
    List<Observable> all = new ArrayList<>(target.inputs());
    all.addAll(List.of(
        compression, workload, publishers, connections, ramp, closedLoop, rate, thinkTime, payloadSize, payloadKind,
        duration, warmup, threads, interval, handshakesInFlight, hold, pingInterval, sourceAddresses, sourcePorts));
    return all;
  }

  /** The form checked after every change. */
  public ReadOnlyObjectProperty<Check> checkProperty() {
    return check.getReadOnlyProperty();
  }

  /** Fills the form from a scenario. */
  public void load(Scenario s) {
    target.load(s.target());
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
    int conns = TypedText.integer(connections, Problem.CONNECTIONS, "connections", defaults.connections(), problems);
    double rampPerSecond = TypedText.number(ramp, Problem.RAMP, "the ramp", 0, problems);
    Rate r;
    if (closedLoop.get()) {
      r = new Rate.ClosedLoop(TypedText.duration(thinkTime, Problem.THINK_TIME, "the think time", Duration.ZERO, problems));
    } else {
      r = new Rate.OpenLoop(TypedText.number(rate, Problem.RATE, "the rate", 1000, problems));
    }
    int size = TypedText.integer(payloadSize, Problem.PAYLOAD, "the payload size", 64, problems);
    Duration dur = TypedText.duration(duration, Problem.DURATION, "the duration", defaults.duration(), problems);
    Duration warm = TypedText.duration(warmup, Problem.WARMUP, "the warm-up", defaults.warmup(), problems);
    int generatorThreads = TypedText.integer(threads, Problem.THREADS, "worker threads", 0, problems);
    int pubs = TypedText.integer(publishers, Problem.PUBLISHERS, "publishers", 1, problems);
    Duration every = TypedText.duration(interval, Problem.INTERVAL, "the interval", Scenario.DEFAULT_INTERVAL, problems);
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

    // the checklist's target, when given: the form's target fields are not asked
    TargetSpec target = fixed != null ? fixed : this.target.read(compression.get(), problems);

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
    int inFlight = TypedText.integer(handshakesInFlight, Problem.HANDSHAKES_IN_FLIGHT, "handshakes in flight", d.handshakesInFlight(), both);
    Duration held = TypedText.duration(hold, Problem.HOLD, "the hold", Duration.ZERO, storm ? out : ignored);
    Duration ping = TypedText.duration(pingInterval, Problem.PING_INTERVAL, "the ping interval", d.pingInterval(), idle ? out : ignored);
    int addresses = TypedText.integer(sourceAddresses, Problem.SOURCE_ADDRESSES, "source addresses", d.sourceAddresses(), storm ? out : ignored);
    ConnectionLoad.PortRange ports = null;
    String portsText = TypedText.clean(sourcePorts.get());
    if (!portsText.isEmpty()) {
      try {
        ports = ConnectionLoad.PortRange.parse(portsText);
      } catch (IllegalArgumentException e) {
        (storm ? out : ignored).add(new Problem(Problem.SOURCE_PORTS, e.getMessage()));
      }
    }
    return new ConnectionLoad(inFlight, held, ping, addresses, ports);
  }

  /** Calls {@code action} after every change of any field. */
  public void onChange(Consumer<Check> action) {
    check.addListener((obs, old, now) -> action.accept(now));
  }
}
