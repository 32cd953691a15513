package wsarena.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import wsarena.testsupport.ProcSockets;

/**
 * {@code wsarena run --peer ...} in its own JVM, killed with SIGKILL (no shutdown hook runs): the
 * Python server it started, each instance and HAProxy, end with it and free their ports, instead of
 * serving on, orphaned to PID 1.
 */
@Timeout(120)
class PeerKilledRunIT {
  private static final Duration WAIT = Duration.ofSeconds(60);

  @ParameterizedTest(name = "--instances {0}")
  @CsvSource({"1, tornado_server.py, 1", "2, haproxy, 4"})
  void thePythonServerAndItsBalancerEndWhenTheRunIsKilled(int instances, String listener, int serving, @TempDir Path tmp)
      throws Exception {
    assumeTrue(Files.isExecutable(Path.of("/usr/bin/python3")), "needs Debian's python3");
    assumeTrue(instances == 1 || Files.isExecutable(Path.of("/usr/sbin/haproxy")), "needs haproxy");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process run =
        new ProcessBuilder(
                java, "--enable-native-access=ALL-UNNAMED", "--sun-misc-unsafe-memory-access=allow",
                "-cp", System.getProperty("java.class.path"), "wsarena.Launcher",
                "run", "--peer", "tornado", "--instances", Integer.toString(instances), "--connections", "2",
                "--rate", "20", "--warmup", "0s", "--duration", "60s", "--quiet")
            .redirectErrorStream(true)
            .redirectOutput(tmp.resolve("run.log").toFile())
            .start();
    List<ProcessHandle> servers;
    int port;
    try {
      port = awaitListening(run, listener);
      // two instances, the HAProxy script and HAProxy; or the one instance
      servers = awaitServing(run, serving);
    } catch (AssertionError e) {
      run.destroyForcibly();
      throw new AssertionError(e.getMessage() + "; the run said: " + Files.readString(tmp.resolve("run.log")), e);
    }

    run.destroyForcibly(); // SIGKILL: the run's shutdown hooks never run

    assertThat(run.waitFor(30, TimeUnit.SECONDS)).isTrue();
    for (ProcessHandle server : servers) {
      assertThat(server.onExit().get(30, TimeUnit.SECONDS).isAlive())
          .as(server.info().commandLine().orElse("pid " + server.pid()) + " outlived its run")
          .isFalse();
    }
    assertThatThrownBy(() -> new Socket(InetAddress.getLoopbackAddress(), port).close())
        .as("nothing listens on the server's port " + port)
        .isInstanceOf(IOException.class);
  }

  /** The run's descendants that serve: the Python scripts and HAProxy, once there are {@code count}. */
  private static List<ProcessHandle> awaitServing(Process run, int count) throws InterruptedException {
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (System.nanoTime() < deadline && run.isAlive()) {
      List<ProcessHandle> serving = new ArrayList<>();
      run.toHandle().descendants()
          .filter(p -> p.info().commandLine().map(c -> c.contains("tornado_server.py") || c.contains("haproxy")).orElse(false))
          .forEach(serving::add);
      if (serving.size() >= count) {
        return serving;
      }
      Thread.sleep(100);
    }
    throw new AssertionError("the run started fewer than " + count + " server processes within " + WAIT.toSeconds() + " s");
  }

  /** The port the run's process whose command line names {@code listener} listens on (the one clients reach). */
  private static int awaitListening(Process run, String listener) throws InterruptedException {
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (System.nanoTime() < deadline && run.isAlive()) {
      for (ProcessHandle p : run.toHandle().descendants().toList()) {
        boolean named = p.info().commandLine().map(c -> c.contains(listener) && !c.contains("haproxy_balancer.py")).orElse(false);
        if (named && !ProcSockets.listeningPorts(p.pid()).isEmpty()) {
          return ProcSockets.listeningPorts(p.pid()).getFirst();
        }
      }
      Thread.sleep(100);
    }
    throw new AssertionError("no " + listener + " process listened within " + WAIT.toSeconds() + " s");
  }
}
