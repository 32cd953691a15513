package wsarena.scenario;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Checks a scenario before it runs, and says what is wrong in sentences a user can act on.
 *
 * <p>Targets are judged by the {@link TargetCatalog}: the engines and Python servers this build
 * has, as descriptions. How many connections fit comes from the open-files limit the OS gives a
 * process (read by {@code host.FileLimit}, passed in): each client connection holds a file
 * descriptor, and so does its server side when the target runs in the same process.
 */
public final class ScenarioValidator {
  private static final Duration MIN_PING_INTERVAL = Duration.ofMillis(10);

  private final TargetCatalog catalog;
  private final long openFilesLimit;

  /**
   * @param openFilesLimit how many files a process may hold open here; 0 or less when the OS does
   *     not say, and then no count is refused for it
   */
  public ScenarioValidator(TargetCatalog catalog, long openFilesLimit) {
    this.catalog = catalog;
    this.openFilesLimit = openFilesLimit;
  }

  /**
   * The connections one process can hold under {@code openFilesLimit}, -1 when it is not known.
   * A tenth of the descriptors (at least 256) is left to the JVM itself: its jars, its epoll and
   * pipe descriptors, the window. In-process, client and server each hold one per connection.
   */
  public static long connectionCapacity(long openFilesLimit, boolean serverInThisProcess) {
    if (openFilesLimit <= 0) {
      return -1;
    }
    long usable = openFilesLimit - Math.max(256, openFilesLimit / 10);
    return Math.max(0, serverInThisProcess ? usable / 2 : usable);
  }

  /** Every problem found; an empty list means the scenario can run. */
  public List<Problem> problems(Scenario s) {
    List<Problem> out = new ArrayList<>();
    checkTarget(s, out);
    checkLoad(s, out);
    checkOpenFiles(s, out);
    if (s.interval() == null || s.interval().compareTo(Scenario.MIN_INTERVAL) < 0) {
      out.add(new Problem(Problem.INTERVAL, "the sampling interval must be at least 100 ms"));
    }
    return out;
  }

  private void checkTarget(Scenario s, List<Problem> out) {
    switch (s.target()) {
      case null -> out.add(new Problem(Problem.TARGET, "choose a target: an engine or a ws:// URL"));
      case TargetSpec.Embedded e -> checkEmbedded(e, s, out);
      case TargetSpec.External x -> checkUrl(x.url(), out);
      case TargetSpec.Peer p -> {
        if (catalog.pythonServer(p.peer()).isEmpty()) {
          out.add(new Problem(Problem.TARGET, catalog.unknownPythonServer(p.peer())));
        }
        if (p.instances() > TargetSpec.Peer.MAX_INSTANCES) {
          out.add(new Problem(Problem.TARGET, p.instances() + " instances: at most " + TargetSpec.Peer.MAX_INSTANCES + " on one machine"));
        }
        if (p.instances() > 1 && p.balance() == Balance.DIRECT) {
          out.add(new Problem(Problem.TARGET, p.instances() + " instances need something to share the load: HAProxy or reuse-port"));
        }
      }
    }
  }

  private void checkEmbedded(TargetSpec.Embedded e, Scenario s, List<Problem> out) {
    Optional<ServerDescription> engine = catalog.engine(e.engine());
    if (engine.isEmpty()) {
      out.add(new Problem(Problem.ENGINE, catalog.unknownEngine(e.engine())));
      return;
    }
    ServerDescription found = engine.get();
    if (e.model() == null || !found.offers(e.model())) {
      out.add(new Problem(Problem.MODEL, found.lacks(e.model() == null ? "" : e.model().cliName())));
    }
    if (e.workerThreads() < 0) {
      out.add(new Problem(Problem.WORKER_THREADS, "worker threads must be 0 (engine default) or more"));
    }
    if (e.tls() && !found.tls()) {
      out.add(new Problem(Problem.TLS, found.displayName() + " cannot serve wss:// in wsarena yet"));
    }
    if (e.compression() && !found.compression()) {
      out.add(new Problem(Problem.COMPRESSION, found.displayName() + " does not offer permessage-deflate"));
    }
  }

  /** Problems with a URL typed by a user; empty when it can be measured. */
  public static List<Problem> urlProblems(String text) {
    List<Problem> out = new ArrayList<>();
    if (text == null || text.isBlank()) {
      out.add(new Problem(Problem.URL, "enter a ws:// or wss:// URL, e.g. ws://127.0.0.1:8888/echo"));
      return out;
    }
    try {
      checkUrl(new URI(text.strip()), out);
    } catch (Exception ex) {
      out.add(new Problem(Problem.URL, "'" + text.strip() + "' is not a URL: " + ex.getMessage()));
    }
    return out;
  }

  private static void checkUrl(URI url, List<Problem> out) {
    if (url == null) {
      out.add(new Problem(Problem.URL, "enter a ws:// or wss:// URL"));
      return;
    }
    String scheme = url.getScheme();
    if (scheme == null || !(scheme.equalsIgnoreCase("ws") || scheme.equalsIgnoreCase("wss"))) {
      out.add(new Problem(Problem.URL, "'" + url + "' must start with ws:// or wss://"));
    } else if (url.getHost() == null || url.getHost().isBlank()) {
      out.add(new Problem(Problem.URL, "'" + url + "' names no host, e.g. ws://127.0.0.1:8888/echo"));
    }
  }

  private static void checkLoad(Scenario s, List<Problem> out) {
    LoadProfile load = s.load();
    if (load == null) {
      out.add(new Problem(Problem.CONNECTIONS, "the load profile is missing"));
      return;
    }
    if (load.connections() < 1 && s.workload() != Workload.STORM) {
      out.add(new Problem(Problem.CONNECTIONS, "connections must be at least 1"));
    }
    if (load.rampPerSecond() < 0 || Double.isNaN(load.rampPerSecond())) {
      out.add(new Problem(Problem.RAMP, "the ramp must be 0 (all at once) or a positive number of connections per second"));
    }
    switch (load.rate()) {
      case null -> out.add(new Problem(Problem.RATE, "choose an open-loop rate or closed loop"));
      case Rate.OpenLoop o -> {
        if (!(o.messagesPerSecond() > 0) || Double.isInfinite(o.messagesPerSecond())) {
          out.add(new Problem(Problem.RATE, "the open-loop rate must be a positive number of messages per second"));
        }
      }
      case Rate.ClosedLoop c -> {
        if (c.thinkTime() == null || c.thinkTime().isNegative()) {
          out.add(new Problem(Problem.THINK_TIME, "the think time must be 0 or more"));
        }
      }
    }
    Payload p = load.payload();
    if (p == null || p.kind() == null) {
      out.add(new Problem(Problem.PAYLOAD, "choose a payload size and kind"));
    } else if (p.sizeBytes() < p.minimumBytes()) {
      out.add(
          new Problem(
              Problem.PAYLOAD,
              "a "
                  + p.kind().name().toLowerCase()
                  + " payload must be at least "
                  + p.minimumBytes()
                  + " bytes: each message carries its send time and id"));
    } else if (p.sizeBytes() > Payload.MAX_BYTES) {
      out.add(new Problem(Problem.PAYLOAD, "a payload can be at most 16 MiB"));
    }
    if (load.duration() == null || !load.duration().isPositive()) {
      out.add(new Problem(Problem.DURATION, "the duration must be positive, e.g. 10s"));
    }
    if (load.warmup() == null || load.warmup().isNegative()) {
      out.add(new Problem(Problem.WARMUP, "the warm-up must be 0 or more"));
    }
    checkConnectionLoad(s, out);
    if (load.threads() < 0) {
      out.add(new Problem(Problem.THREADS, "client threads must be 0 (automatic) or more"));
    }
    if (load.maxInFlight() < 1) {
      out.add(new Problem(Problem.MAX_IN_FLIGHT, "the messages in flight per connection must be at least 1"));
    }
    if (!load.timeout().isPositive()) {
      out.add(new Problem(Problem.TIMEOUT, "the timeout must be positive, e.g. 5s"));
    }
    if (s.workload() == Workload.BROADCAST
        && (load.publishers() < 1 || load.publishers() >= load.connections())) {
      out.add(
          new Problem(
              Problem.PUBLISHERS,
              "broadcast needs at least 1 publisher and at least 1 subscriber (publishers < connections)"));
    }
  }

  /**
   * The descriptors the run needs against what a process may hold: the connections of the
   * workloads that hold them, or a storm's handshakes in flight plus the connections its hold keeps
   * open at the ramp rate.
   */
  private void checkOpenFiles(Scenario s, List<Problem> out) {
    LoadProfile load = s.load();
    if (load == null || s.target() == null || openFilesLimit <= 0) {
      return;
    }
    boolean inProcess = s.target() instanceof TargetSpec.Embedded e && e.isolation() == Isolation.IN_PROCESS;
    long capacity = connectionCapacity(openFilesLimit, inProcess);
    String limit = "the open-files limit of " + String.format(java.util.Locale.ROOT, "%,d", openFilesLimit) + " per process (ulimit -n)";
    String fit = String.format(java.util.Locale.ROOT, "%,d", capacity);
    String wayOut =
        inProcess
            ? "each connection takes a descriptor on the client's side and one on the server's: run the target in its own process, or ask for fewer"
            : "ask for fewer, or raise the limit";
    if (s.workload() == Workload.STORM) {
      ConnectionLoad c = load.connectionLoad();
      double held = c.hold() == null || load.rampPerSecond() <= 0 ? 0 : load.rampPerSecond() * c.hold().toMillis() / 1000.0;
      if (c.handshakesInFlight() + held > capacity) {
        out.add(
            new Problem(
                Problem.HANDSHAKES_IN_FLIGHT,
                "at most " + fit + " connections fit in flight and held under " + limit + "; " + wayOut));
      }
    } else if (load.connections() > capacity) {
      out.add(new Problem(Problem.CONNECTIONS, "at most " + fit + " connections fit under " + limit + "; " + wayOut));
    }
  }

  private static void checkConnectionLoad(Scenario s, List<Problem> out) {
    ConnectionLoad c = s.load().connectionLoad();
    if (s.workload() == Workload.IDLE) {
      if (c.handshakesInFlight() < 1) {
        out.add(new Problem(Problem.HANDSHAKES_IN_FLIGHT, "handshakes in flight must be at least 1"));
      }
      if (c.pingInterval() == null || c.pingInterval().compareTo(MIN_PING_INTERVAL) < 0) {
        out.add(new Problem(Problem.PING_INTERVAL, "the ping interval must be at least 10 ms, e.g. 1s"));
      }
    }
    if (s.workload() == Workload.STORM) {
      if (c.handshakesInFlight() < 1) {
        out.add(new Problem(Problem.HANDSHAKES_IN_FLIGHT, "handshakes in flight must be at least 1"));
      }
      if (c.hold() == null || c.hold().isNegative()) {
        out.add(new Problem(Problem.HOLD, "the hold must be 0 (close at once) or more"));
      }
      if (c.sourceAddresses() < 1 || c.sourceAddresses() > ConnectionLoad.MAX_SOURCE_ADDRESSES) {
        out.add(
            new Problem(
                Problem.SOURCE_ADDRESSES,
                "source addresses must be 1 to " + ConnectionLoad.MAX_SOURCE_ADDRESSES + " (127.0.0.1 to 127.0.0."
                    + ConnectionLoad.MAX_SOURCE_ADDRESSES + ")"));
      }
      ConnectionLoad.PortRange p = c.sourcePorts();
      if (p != null && (p.low() < 1 || p.high() > 65_535 || p.low() > p.high())) {
        out.add(new Problem(Problem.SOURCE_PORTS, "the source ports must be a range within 1-65535, low to high, e.g. 40000-40999"));
      }
    }
  }

  /** Parses {@code 10s}, {@code 500ms}, {@code 2m} or a bare number of seconds. */
  public static Duration parseDuration(String text) {
    String t = text.strip().toLowerCase();
    try {
      if (t.endsWith("ms")) {
        return Duration.ofMillis(Long.parseLong(t.substring(0, t.length() - 2).strip()));
      }
      if (t.endsWith("s")) {
        return Duration.ofMillis(Math.round(Double.parseDouble(t.substring(0, t.length() - 1).strip()) * 1000));
      }
      if (t.endsWith("m")) {
        return Duration.ofMillis(Math.round(Double.parseDouble(t.substring(0, t.length() - 1).strip()) * 60_000));
      }
      return Duration.ofMillis(Math.round(Double.parseDouble(t) * 1000));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("'" + text + "' is not a duration: write e.g. 10s, 500ms or 2m");
    }
  }
}
