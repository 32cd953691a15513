package wsarena.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import wsarena.metrics.Outcome;
import wsarena.metrics.RunResult;
import wsarena.report.ResultFiles;
import wsarena.report.ResultInLog;
import wsarena.scenario.Segment;
import wsarena.scenario.Workload;
import wsarena.testsupport.SavedRunFiles;
import wsarena.testsupport.TestEchoServer;

/** `run --segment i/N --start-at T --log-result`: what each pod of `kube run` does. */
@Timeout(60)
class RunSegmentIT {
  @TempDir Path dir;

  @Test
  void aSegmentRunsItsShareFromTheSharedStartAndPrintsItsFilesIntoItsOutput() throws Exception {
    try (TestEchoServer server = new TestEchoServer(0, 0, false)) {
      Instant startAt = Instant.now().plusSeconds(2).truncatedTo(ChronoUnit.MILLIS);
      Path out = dir.resolve("segment-2");
      CliResult r =
          CliResult.of(
              "run", "--url", server.echoUri().toString(), "--connections", "10", "--rate", "500", "--warmup", "0s",
              "--duration", "1s", "--interval", "250ms", "--segment", "2/3", "--start-at", startAt.toString(),
              "--out", out.toString(), "--log-result");

      assertThat(r.exitCode()).as(r.err()).isZero();
      RunResult result = SavedRunFiles.read(out.resolve(ResultFiles.JSON));
      assertThat(result.outcome()).isEqualTo(Outcome.COMPLETED);
      assertThat(result.segments()).singleElement().satisfies(s -> {
        assertThat(s.segment().toString()).isEqualTo("2/3");
        assertThat(s.startAt()).isEqualTo(startAt);
      });
      // Connections 1, 4, 7 of 0..9 are segment 2/3's.
      assertThat(result.totals().connections().requested()).isEqualTo(3);
      assertThat(result.totals().connections().peak()).isEqualTo(3);
      assertThat(result.startedAt()).isBefore(startAt);

      Path fromLog = dir.resolve("from-log");
      assertThat(ResultInLog.extract(r.out(), fromLog))
          .containsExactly(ResultFiles.JSON, ResultFiles.CSV, ResultFiles.HGRM, ResultFiles.HLOG);
      for (String f : new String[] {ResultFiles.JSON, ResultFiles.HLOG}) {
        assertThat(Files.readString(fromLog.resolve(f))).isEqualTo(Files.readString(out.resolve(f)));
      }
    }
  }

  @Test
  void badSegmentFlagsAreOneSentenceEach() {
    assertThat(CliResult.of("run", "--segment", "5/4").err()).isEqualTo("wsarena: a segment is i/N with 1 <= i <= N (e.g. 2/4, the second of four), not 5/4" + System.lineSeparator());
    assertThat(CliResult.of("run", "--segment", "half").err()).contains("a segment is i/N (e.g. 2/4, the second of four load machines), not 'half'");
    assertThat(CliResult.of("run", "--segment", "1/2", "--job-segments", "2").err()).contains("choose either --segment i/N or --job-segments N, not both");
    assertThat(CliResult.of("run", "--segment", "1/2", "--log-result").err()).contains("--log-result prints the files --out writes: give --out DIR as well");
    assertThat(CliResult.of("run", "--segment", "1/2", "--workload", "broadcast").err()).contains("a broadcast run cannot be split into segments yet");
    assertThat(CliResult.of("run", "--segment", "1/2", "--workload", "storm").err())
        .isEqualTo("wsarena: " + Segment.whyNotSplit(Workload.STORM) + System.lineSeparator());
    assertThat(CliResult.of("run", "--segment", "2/2", "--workload", "idle").err()).contains("an idle run cannot be split into segments");
    assertThat(CliResult.of("run", "--segment", "4/4", "--connections", "3").err()).contains("segment 4/4 of 3 connections has none: run fewer segments than connections");
    CliResult start = CliResult.of("run", "--start-at", "tomorrow");
    assertThat(start.exitCode()).isEqualTo(Main.EXIT_BAD_INPUT);
    assertThat(start.err()).contains("--start-at").contains("tomorrow");
    if (System.getenv("JOB_COMPLETION_INDEX") == null) {
      assertThat(CliResult.of("run", "--job-segments", "4").err())
          .contains("--job-segments reads the segment from JOB_COMPLETION_INDEX, which Kubernetes sets in the pods of an Indexed Job; elsewhere use --segment i/N");
    }
  }

  @Test
  void aSegmentReadyAfterTheSharedStartFailsSayingSoAndKeepsItsFiles() throws Exception {
    try (TestEchoServer server = new TestEchoServer(0, 0, false)) {
      Path out = dir.resolve("late");
      CliResult r =
          CliResult.of(
              "run", "--url", server.echoUri().toString(), "--connections", "2", "--duration", "1s", "--segment", "1/2",
              "--start-at", Instant.now().minusSeconds(30).toString(), "--out", out.toString());
      assertThat(r.exitCode()).isEqualTo(Main.EXIT_FAILED);
      assertThat(r.err()).contains("this segment was ready").contains("s after --start-at").contains("give the load machines more time before the start");
      assertThat(SavedRunFiles.read(out.resolve(ResultFiles.JSON)).outcome()).isEqualTo(Outcome.FAILED);
    }
  }
}
