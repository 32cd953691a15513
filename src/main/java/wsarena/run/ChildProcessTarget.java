package wsarena.run;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import wsarena.client.TlsTrust;
import wsarena.engine.EngineOptions;
import wsarena.engine.ServerEngine;
import wsarena.load.LoadGenerator;
import wsarena.metrics.ResourceSampler;
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

  private static final long START_TIMEOUT_SECONDS = 30;
  private static final int STDERR_LINES_KEPT = 20;

  private final Process process;
  private final URI uri;
  private final String description;
  private final ServeAnnouncement announcement;
  private final Deque<String> stderrTail;
  private volatile boolean stopping;

  private ChildProcessTarget(
      Process process, URI uri, String description, ServeAnnouncement announcement, Deque<String> stderrTail) {
    this.process = process;
    this.uri = uri;
    this.description = description;
    this.announcement = announcement;
    this.stderrTail = stderrTail;
  }

  static ChildProcessTarget start(ServerEngine engine, TargetSpec.Embedded spec, Workload workload)
      throws TargetException {
    List<String> command = command(spec);
    Process process;
    try {
      process = new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.PIPE).start();
    } catch (IOException e) {
      throw new TargetException("could not start the target process (" + command.getFirst() + "): " + e.getMessage(), e);
    }
    Deque<String> stderrTail = new ArrayDeque<>();
    Thread.ofPlatform().daemon().name("wsarena-target-stderr").start(() -> keepTail(process, stderrTail));
    CompletableFuture<ServeAnnouncement> announced = new CompletableFuture<>();
    Thread.ofPlatform().daemon().name("wsarena-target-stdout").start(() -> readAnnouncement(process, announced));
    try {
      ServeAnnouncement a = announced.get(START_TIMEOUT_SECONDS, TimeUnit.SECONDS);
      URI uri =
          URI.create((spec.tls() ? "wss" : "ws") + "://" + EngineOptions.LOOPBACK + ":" + a.port() + workload.path());
      String description =
          engine.displayName() + " · " + spec.model().displayName() + " · own process (pid " + a.pid() + ")";
      return new ChildProcessTarget(process, uri, description, a, stderrTail);
    } catch (TimeoutException e) {
      process.destroyForcibly();
      throw new TargetException("the target process did not start within " + START_TIMEOUT_SECONDS + " s" + tail(stderrTail));
    } catch (Exception e) {
      process.destroyForcibly();
      waitQuietly(process);
      throw new TargetException("the target process ended before serving" + tail(stderrTail), e);
    }
  }

  private static List<String> command(TargetSpec.Embedded spec) {
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
    if (spec.tls()) {
      c.add("--tls");
    }
    if (spec.compression()) {
      c.add("--compression");
    }
    return c;
  }

  private static void readAnnouncement(Process process, CompletableFuture<ServeAnnouncement> announced) {
    try (BufferedReader r =
        new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        Optional<ServeAnnouncement> a = ServeAnnouncement.parse(line.strip());
        if (a.isPresent()) {
          announced.complete(a.get());
        }
      }
    } catch (IOException e) {
      // the stream closes when the process ends
    }
    announced.completeExceptionally(new IOException("the target process closed its output"));
  }

  private static void keepTail(Process process, Deque<String> tail) {
    try (BufferedReader r =
        new BufferedReader(new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        synchronized (tail) {
          tail.addLast(line);
          if (tail.size() > STDERR_LINES_KEPT) {
            tail.removeFirst();
          }
        }
      }
    } catch (IOException e) {
      // the stream closes when the process ends
    }
  }

  /** The child's last error line, which is its own one-sentence message when it failed cleanly. */
  private static String tail(Deque<String> tail) {
    synchronized (tail) {
      return tail.isEmpty() ? "" : ": " + tail.getLast();
    }
  }

  private static void waitQuietly(Process p) {
    try {
      p.waitFor(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
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

  @Override
  public String deathCause() {
    if (stopping || process.isAlive()) {
      return null;
    }
    return "the target process (pid " + announcement.pid() + ") exited with code " + process.exitValue() + tail(stderrTail);
  }

  @Override
  public void close() {
    stopping = true;
    process.destroy();
    try {
      if (!process.waitFor(5, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        process.waitFor(5, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }
}
