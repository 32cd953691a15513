package wsarena.run;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import wsarena.client.TlsTrust;
import wsarena.engine.EngineOptions;
import wsarena.engine.ServerEngine;
import wsarena.load.LoadGenerator;
import wsarena.metrics.ResourceSampler;
import wsarena.process.ChildProcess;
import wsarena.scenario.TargetSpec;
import wsarena.scenario.Workload;

/**
 * An engine in a child JVM ({@code wsarena serve}): its CPU, memory and GC are its own, which is
 * the accurate way to compare engines. The child announces its port on stdout, watches this
 * process and exits with it, and is stopped at the end of the run.
 */
final class ChildProcessTarget implements StartedTarget {
  /** Extra JVM options for child targets, e.g. {@code -Dwsarena.target.jvmArgs="-Xmx1g"}. */
  static final String JVM_ARGS_PROPERTY = "wsarena.target.jvmArgs";

  private static final Duration START_TIMEOUT = Duration.ofSeconds(30);
  /** A full collection of a large heap under load may take a while. */
  private static final Duration GC_TIMEOUT = Duration.ofSeconds(30);

  private final ChildProcess<ServeAnnouncement> child;
  private final URI uri;
  private final String description;
  private final ServeAnnouncement announcement;
  private volatile boolean stopping;

  private ChildProcessTarget(
      ChildProcess<ServeAnnouncement> child, URI uri, String description, ServeAnnouncement announcement) {
    this.child = child;
    this.uri = uri;
    this.description = description;
    this.announcement = announcement;
  }

  static ChildProcessTarget start(ServerEngine engine, TargetSpec.Embedded spec, Workload workload)
      throws TargetException {
    List<String> command = command(spec);
    ChildProcess<ServeAnnouncement> child;
    try {
      child = ChildProcess.startTakingCommands(new ProcessBuilder(command), "target", ServeAnnouncement::parse);
    } catch (IOException e) {
      throw new TargetException("could not start the target process (" + command.getFirst() + "): " + e.getMessage(), e);
    }
    try {
      ServeAnnouncement a = child.awaitReady(START_TIMEOUT);
      URI uri =
          URI.create((spec.tls() ? "wss" : "ws") + "://" + EngineOptions.LOOPBACK + ":" + a.port() + workload.path());
      String description =
          engine.displayName() + " · " + spec.model().displayName() + onTransport(spec) + " · own process (pid " + a.pid() + ")";
      return new ChildProcessTarget(child, uri, description, a);
    } catch (ChildProcess.NotReady e) {
      String why = child.lastStderrLine().map(line -> ": " + line).orElse("");
      throw new TargetException(
          e.timedOut()
              ? "the target process did not start within " + START_TIMEOUT.toSeconds() + " s" + why
              : "the target process ended before serving" + why,
          e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new TargetException("the target process's start was interrupted", e);
    }
  }

  /** {@code " on io_uring"} for a transport asked for; empty on the engine's default. */
  static String onTransport(TargetSpec.Embedded spec) {
    return spec.transport() == null ? "" : " on " + spec.transport().cliName();
  }

  static List<String> command(TargetSpec.Embedded spec) {
    List<String> c = new ArrayList<>();
    c.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    c.add("--enable-native-access=ALL-UNNAMED");
    c.add("--sun-misc-unsafe-memory-access=allow");
    c.add("-XX:+ExitOnOutOfMemoryError");
    // Netty's leak detector records stack traces on sampled allocations: a cost no server pays
    // in production. The tests switch it on for this JVM, and the child follows.
    c.add("-D" + LoadGenerator.LEAK_DETECTION_PROPERTY + "=" + System.getProperty(LoadGenerator.LEAK_DETECTION_PROPERTY, "disabled"));
    String extra = System.getProperty(JVM_ARGS_PROPERTY, "").strip();
    if (!extra.isEmpty()) {
      c.addAll(List.of(extra.split("\\s+")));
    }
    c.add("-cp");
    c.add(System.getProperty("java.class.path"));
    c.add("wsarena.Launcher");
    c.add("serve");
    c.add("--engine=" + spec.engine());
    c.add("--model=" + spec.model().cliName());
    c.add("--port=0");
    c.add("--worker-threads=" + spec.workerThreads());
    c.add("--parent-pid=" + ProcessHandle.current().pid());
    c.add(ServeCommands.FLAG);
    if (spec.tls()) {
      c.add("--tls");
    }
    if (spec.compression()) {
      c.add("--compression");
    }
    if (spec.transport() != null) {
      c.add("--transport=" + spec.transport().cliName());
    }
    return c;
  }

  @Override
  public URI uri() {
    return uri;
  }

  @Override
  public TlsTrust trust() {
    return announcement.certificateSha256() == null
        ? TlsTrust.system()
        : TlsTrust.pinned(announcement.certificateSha256());
  }

  @Override
  public String description() {
    return description;
  }

  @Override
  public ResourceSampler.TargetProcess process() {
    return new ResourceSampler.TargetProcess.Pid(announcement.pid());
  }

  /** Asks the child to collect garbage (its answer is its heap in use), then reads its RSS. */
  @Override
  public Optional<TargetMemory.Reading> settledMemory() {
    long heap = child.ask(ServeCommands.COLLECT_GARBAGE, ServeCommands::heapUsed, GC_TIMEOUT).orElse(-1L);
    long rss = TargetMemory.settledRss(announcement.pid());
    return rss < 0 ? Optional.empty() : Optional.of(new TargetMemory.Reading(rss, heap));
  }

  @Override
  public String deathCause() {
    return stopping ? null : child.exitSentence("the target process").orElse(null);
  }

  @Override
  public void awaitExit(Duration timeout) {
    child.awaitExit(timeout);
  }

  @Override
  public void close() {
    stopping = true;
    child.stop();
  }
}
