package wsarena.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import wsarena.metrics.Outcome;
import wsarena.metrics.RunResult;
import wsarena.metrics.Troubles;
import wsarena.report.ResultFiles;
import wsarena.testsupport.SavedRunFiles;

/**
 * Ctrl-C in a terminal, for real: SIGINT to the whole process group of a {@code wsarena run} whose
 * target is a process of its own (an engine's JVM, a Tornado server). The run stops first, as the
 * user asked; its target is not told to shut down by the same keystroke, so no connection is
 * closed by the server, nothing times out, and the result says stopped.
 */
@Timeout(120)
class CtrlCIT {
  private static final Path SETSID = Path.of("/usr/bin/setsid");

  @ParameterizedTest
  @ValueSource(strings = {"--engine=undertow --isolation=process", "--peer=tornado"})
  void sigintToTheProcessGroupStopsTheRunAndIsNoFaultOfTheServer(String target, @TempDir Path tmp) throws Exception {
    assumeTrue(Files.isExecutable(SETSID), "setsid puts the run in a process group of its own, as a shell does");
    Path dir = tmp.resolve("stopped");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    // env resets SIGINT to its default: a test started in the background by a non-interactive
    // shell inherits it ignored, and a JVM that starts with SIGINT ignored never handles it (a
    // terminal's foreground job does not have it ignored, which is what this test plays)
    List<String> command = new ArrayList<>(List.of(
        "/usr/bin/env", "--default-signal=INT", SETSID.toString(), java, "--enable-native-access=ALL-UNNAMED", "--sun-misc-unsafe-memory-access=allow",
        "-cp", System.getProperty("java.class.path"), "wsarena.Launcher", "run"));
    command.addAll(List.of(target.split(" ")));
    command.addAll(List.of("--connections", "4", "--rate", "400", "--warmup", "0s", "--duration", "60s",
        "--interval", "200ms", "--out", dir.toString()));
    Path log = tmp.resolve("run.log");
    // setsid runs it in place (the pid is the run's own) as the leader of a new group, like a shell's job
    Process run = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    try {
      KilledRunIT.awaitIntervals(dir, 3);
      List<ProcessHandle> targets = run.toHandle().descendants().filter(ProcessHandle::isAlive).toList();
      assertThat(targets).as("the run's target process").isNotEmpty();

      // what a terminal does on Ctrl-C: SIGINT to every process of the foreground group
      assertThat(new ProcessBuilder("kill", "-INT", "--", "-" + run.pid()).start().waitFor()).isZero();

      assertThat(run.waitFor(60, TimeUnit.SECONDS)).as(Files.readString(log)).isTrue();
      RunResult r = SavedRunFiles.read(dir.resolve(ResultFiles.JSON));
      assertThat(r.outcome()).as(Files.readString(log)).isEqualTo(Outcome.STOPPED);
      assertThat(r.totals().fates().answered()).isPositive();
      assertThat(r.totals().fates().timedOut()).as("nothing timed out").isZero();
      assertThat(r.totals().messages().errors()).isZero();
      assertThat(r.totals().connections().failed()).as("no connection failed or was closed by the server").isZero();
      assertThat(Troubles.over(r.samples()).any()).isFalse();
      assertThat(r.totals().fates().answered() + r.totals().fates().notSent() + r.totals().fates().inFlightAtStop()).isEqualTo(r.totals().fates().intended());
      String out = Files.readString(log);
      assertThat(out).contains("outcome: stopped").doesNotContain("closed by the server").doesNotContain("server shutting down");
      for (ProcessHandle t : targets) {
        assertThat(t.onExit().get(30, TimeUnit.SECONDS).isAlive()).as("the target outlived its run").isFalse();
      }
    } finally {
      run.destroyForcibly();
      run.waitFor(Duration.ofSeconds(30).toSeconds(), TimeUnit.SECONDS);
    }
  }
}
