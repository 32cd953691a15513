package wsarena.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import wsarena.host.HostProbe;
import wsarena.metrics.RunResult;
import wsarena.report.MinimalServers;
import wsarena.scenario.LoadProfile;
import wsarena.scenario.Scenario;
import wsarena.scenario.TargetSpec;
import wsarena.scenario.Workload;
import wsarena.testsupport.CollectingSink;

/**
 * Each library's smallest echo server of the report's Ease of use section ({@code
 * src/site/minimal/}) started as its user would start it and measured as a target: none is a
 * strawman that does not work. The Java ones run from source ({@code java File.java}) on the
 * project's class path; the Python ones on Debian's python3.
 */
@Timeout(120)
class MinimalServersIT {
  private static final Path PYTHON = Path.of("/usr/bin/python3");
  private static final Duration START = Duration.ofSeconds(60);

  @ParameterizedTest
  @ValueSource(strings = {"tornado", "autobahn", "undertow", "netty", "jetty"})
  void eachMinimalServerEchoesAsATarget(String id) throws Exception {
    MinimalServers.Library library = MinimalServers.LIBRARIES.stream().filter(l -> l.id().equals(id)).findFirst().orElseThrow();
    Path file = MinimalServers.locate().orElseThrow().resolve(library.file()).toAbsolutePath();
    int port = freePort();
    List<String> command = new ArrayList<>();
    if (library.file().endsWith(".py")) {
      assumeTrue(Files.isExecutable(PYTHON), "needs Debian's python3");
      command.addAll(List.of(PYTHON.toString(), file.toString()));
    } else {
      command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
      // the options the engines' own child processes get here (the pom: the client JIT alone, which
      // halves compiling the source and serving a second of counted traffic)
      String jvmArgs = System.getProperty(ChildProcessTarget.JVM_ARGS_PROPERTY, "").strip();
      if (!jvmArgs.isEmpty()) {
        command.addAll(List.of(jvmArgs.split("\\s+")));
      }
      command.addAll(List.of(
          "--enable-native-access=ALL-UNNAMED", "--sun-misc-unsafe-memory-access=allow", "-cp", System.getProperty("java.class.path"),
          file.toString()));
    }
    command.add(Integer.toString(port));
    Process server = new ProcessBuilder(command)
        .redirectErrorStream(true)
        .redirectOutput(File.createTempFile("wsarena-minimal-" + id, ".log"))
        .start();
    try {
      awaitListening(server, port);
      // counts (every message answered, one latency each) and the server's CPU seen at all: a second
      // measured holds thousands of round trips and, at the kernel's 10 ms ticks, dozens of the
      // server's
      LoadProfile load = LoadProfile.defaults().withConnections(10).withWarmup(Duration.ofMillis(250)).withDuration(Duration.ofSeconds(1));
      TargetSpec target = new TargetSpec.External(URI.create("ws://127.0.0.1:" + port + "/echo"), false, server.pid());
      RunResult r = new Run(new Scenario(target, Workload.ECHO, load, Duration.ofMillis(250)), Targets.standard(), HostProbe.detect(),
          List.of(new CollectingSink())).execute();

      EngineMatrixIT.assertSoundEcho(r);
      assertThat(r.totals().cpu().targetPercent()).as("the server's process is measured").isPositive();
    } finally {
      server.destroy();
      if (!server.waitFor(10, TimeUnit.SECONDS)) {
        server.destroyForcibly();
      }
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }

  /** Until the port accepts a connection; the Java servers compile their source first. */
  private static void awaitListening(Process server, int port) throws InterruptedException {
    long deadline = System.nanoTime() + START.toNanos();
    while (System.nanoTime() < deadline) {
      if (!server.isAlive()) {
        throw new AssertionError("the server exited with status " + server.exitValue() + " before listening");
      }
      try (Socket probe = new Socket(InetAddress.getLoopbackAddress(), port)) {
        return;
      } catch (IOException e) {
        Thread.sleep(50);
      }
    }
    throw new AssertionError("the server did not listen on " + port + " within " + START.toSeconds() + " s");
  }
}
