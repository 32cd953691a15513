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
 * has, as descriptions. The connection limit comes from the open-files limit: a client connection and, in-process, its
 * server side each hold a file descriptor.
 */
public final class ScenarioValidator {
  /** In one process, client plus server hold at most about this many connections here. */
  public static final int MAX_CONNECTIONS_IN_PROCESS = 9_000;
  /** With the target in its own process the client holds one descriptor per connection. */
  public static final int MAX_CONNECTIONS = 18_000;

  private final TargetCatalog catalog;

  public ScenarioValidator(TargetCatalog catalog) {
    this.catalog = catalog;
  }

  /** Every problem found; an empty list means the scenario can run. */
  public List<Problem> problems(Scenario s) {
    List<Problem> out = new ArrayList<>();
    checkTarget(s, out);
    checkLoad(s, out);
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
    if (e.isolation() == Isolation.IN_PROCESS
        && s.load() != null
        && s.load().connections() > MAX_CONNECTIONS_IN_PROCESS) {
      out.add(
          new Problem(
              Problem.CONNECTIONS,
              "at most "
                  + MAX_CONNECTIONS_IN_PROCESS
                  + " connections fit in one process under this machine's open-files limit; run the target in its own process for more"));
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
    if (load.connections() < 1) {
      out.add(new Problem(Problem.CONNECTIONS, "connections must be at least 1"));
    } else if (load.connections() > MAX_CONNECTIONS) {
      out.add(
          new Problem(
              Problem.CONNECTIONS,
              "at most " + MAX_CONNECTIONS + " connections fit under this machine's open-files limit"));
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
