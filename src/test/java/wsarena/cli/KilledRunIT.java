package wsarena.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.HdrHistogram.EncodableHistogram;
import org.HdrHistogram.HistogramLogProcessor;
import org.HdrHistogram.HistogramLogReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import wsarena.metrics.Outcome;
import wsarena.metrics.RunResult;
import wsarena.report.ResultFiles;
import wsarena.testsupport.SavedRunFiles;
import wsarena.testsupport.TestEchoServer;

/**
 * {@code wsarena run --out DIR} in its own JVM, ended from outside: a kill (as Ctrl-C) stops the run
 * and still writes every file; SIGKILL leaves the interval log readable by HdrHistogram's own tools
 * and no result file half-written.
 */
@Timeout(120)
class KilledRunIT {

  private static Process start(TestEchoServer server, Path dir) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    return new ProcessBuilder(
            java, "--enable-native-access=ALL-UNNAMED", "--sun-misc-unsafe-memory-access=allow",
            "-cp", System.getProperty("java.class.path"), "wsarena.Launcher",
            "run", "--url", server.echoUri().toString(), "--connections", "4", "--rate", "400",
            "--warmup", "0s", "--duration", "60s", "--interval", "200ms", "--quiet", "--out", dir.toString())
        .redirectErrorStream(true)
        .redirectOutput(dir.resolveSibling(dir.getFileName() + ".log").toFile())
        .start();
  }

  /** Waits until the interval log holds a few measured intervals. */
  static void awaitIntervals(Path dir, int intervals) throws Exception {
    Path hlog = dir.resolve(ResultFiles.HLOG);
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (System.nanoTime() < deadline) {
      if (Files.exists(hlog) && Files.readAllLines(hlog).stream().filter(l -> l.matches("^\\d.*")).count() >= intervals) {
        return;
      }
      Thread.sleep(100);
    }
    throw new AssertionError("the run wrote no intervals within 60 s");
  }

  @Test
  void aKillStopsTheRunAndItsFilesAreWritten(@TempDir Path tmp) throws Exception {
    Path dir = tmp.resolve("stopped");
    try (TestEchoServer server = new TestEchoServer(0, 0, false)) {
      Process p = start(server, dir);
      awaitIntervals(dir, 3);

      p.destroy(); // SIGTERM: the JVM runs its shutdown hooks, as on Ctrl-C
      assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();

      RunResult r = SavedRunFiles.read(dir.resolve(ResultFiles.JSON));
      assertThat(r.outcome()).isEqualTo(Outcome.STOPPED);
      assertThat(r.totals().messages().received()).isPositive();
      assertThat(dir.resolve(ResultFiles.CSV)).exists();
      assertThat(dir.resolve(ResultFiles.HGRM)).exists();
      assertThat(Files.readString(tmp.resolve("stopped.log"))).contains("outcome: stopped");
    }
  }

  @Test
  void sigkillLeavesAReadableIntervalLogAndNoHalfFile(@TempDir Path tmp) throws Exception {
    Path dir = tmp.resolve("killed");
    try (TestEchoServer server = new TestEchoServer(0, 0, false)) {
      Process p = start(server, dir);
      awaitIntervals(dir, 3);

      p.destroyForcibly(); // SIGKILL: no hook runs
      assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();

      int intervals = 0;
      try (HistogramLogReader reader = new HistogramLogReader(dir.resolve(ResultFiles.HLOG).toFile())) {
        EncodableHistogram h;
        while ((h = reader.nextIntervalHistogram()) != null) {
          assertThat(h.getMaxValueAsDouble()).isPositive();
          intervals++;
        }
      }
      assertThat(intervals).isGreaterThanOrEqualTo(3);
      File processed = tmp.resolve("processed").toFile();
      new HistogramLogProcessor(new String[] {"-i", dir.resolve(ResultFiles.HLOG).toString(), "-o", processed.getPath()}).run();
      assertThat(Files.readString(Path.of(processed.getPath() + ".hgrm"))).contains("#[Mean");
      // the run never got to its result: none was written, not half of one
      try (Stream<Path> files = Files.list(dir)) {
        assertThat(files.map(f -> f.getFileName().toString()).toList()).isEqualTo(List.of(ResultFiles.HLOG));
      }
    }
  }

  @Test
  void aTargetProcessEndsWhenTheRunThatStartedItIsKilled(@TempDir Path tmp) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process run =
        new ProcessBuilder(
                java, "--enable-native-access=ALL-UNNAMED", "--sun-misc-unsafe-memory-access=allow",
                "-cp", System.getProperty("java.class.path"), "wsarena.Launcher",
                "run", "--engine", "undertow", "--isolation", "process", "--connections", "2", "--warmup", "0s",
                "--duration", "60s", "--interval", "200ms")
            .redirectErrorStream(true)
            .redirectOutput(tmp.resolve("run.log").toFile())
            .start();
    ProcessHandle target = awaitChild(run, tmp.resolve("run.log"));

    run.destroyForcibly(); // SIGKILL: the run's own shutdown hook never runs

    assertThat(run.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(target.onExit().get(20, TimeUnit.SECONDS).isAlive()).as("the target outlived its run").isFalse();
  }

  /** The run's target process, once the run measures: it serves, so its watch on the parent is set up. */
  private static ProcessHandle awaitChild(Process parent, Path log) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (System.nanoTime() < deadline) {
      var child = parent.toHandle().children().filter(ProcessHandle::isAlive).findFirst();
      if (child.isPresent() && Files.readString(log).contains(" measuring ")) {
        return child.get();
      }
      Thread.sleep(100);
    }
    throw new AssertionError("the run started no target process, or never measured, within 60 s");
  }
}
