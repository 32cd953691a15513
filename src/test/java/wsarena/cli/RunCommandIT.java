package wsarena.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import org.HdrHistogram.EncodableHistogram;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.HistogramLogProcessor;
import org.HdrHistogram.HistogramLogReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import wsarena.metrics.Outcome;
import wsarena.metrics.RunResult;
import wsarena.report.ResultFiles;
import wsarena.testsupport.FewSuiteCases;
import wsarena.testsupport.SavedRunFiles;
import wsarena.testsupport.TestEchoServer;

@Timeout(60)
class RunCommandIT {

  @Test
  void writesResultFilesThatHdrHistogramsOwnToolsRead(@TempDir Path dir) throws Exception {
    try (TestEchoServer server = new TestEchoServer(0, 0, false)) {
      CliResult r =
          CliResult.of(
              "run", "--url", server.echoUri().toString(), "--connections", "5", "--warmup", "500ms",
              "--duration", "2s", "--interval", "500ms", "--out", dir.toString());

      assertThat(r.exitCode()).as(r.err()).isZero();
      assertThat(r.out()).contains("measuring").contains("p99 ms").contains("msgs/s").contains("host:");

      RunResult result = SavedRunFiles.read(dir.resolve(ResultFiles.JSON));
      assertThat(result.outcome()).isEqualTo(Outcome.COMPLETED);
      // the latency histogram holds every measured message's fate that has a time: answered or timed out
      assertThat(result.latency().getTotalCount()).isPositive()
          .isEqualTo(result.totals().fates().answered() + result.totals().fates().timedOut());
      assertThat(Files.readAllLines(dir.resolve(ResultFiles.CSV))).hasSize(result.samples().size() + 1);

      // The interval log read back with HdrHistogram's reader adds up to the whole-run histogram.
      Histogram sum = new Histogram(3);
      int intervals = 0;
      try (HistogramLogReader reader = new HistogramLogReader(dir.resolve(ResultFiles.HLOG).toFile())) {
        EncodableHistogram h;
        while ((h = reader.nextIntervalHistogram()) != null) {
          sum.add((Histogram) h);
          intervals++;
        }
      }
      assertThat(intervals).isGreaterThanOrEqualTo(4);
      assertThat(sum).isEqualTo(result.latency());

      // HdrHistogram's own log processor turns our .hlog into the very .hgrm we wrote.
      File processed = dir.resolve("processed").toFile();
      new HistogramLogProcessor(
              new String[] {"-i", dir.resolve(ResultFiles.HLOG).toString(), "-o", processed.getPath(), "-outputValueUnitRatio", "1000"})
          .run();
      assertThat(distribution(Path.of(processed.getPath() + ".hgrm"))).isEqualTo(distribution(dir.resolve(ResultFiles.HGRM)));

      // compare lays saved runs side by side, with the hardware block in its Markdown.
      Path report = dir.resolve("comparison.md");
      CliResult compared = CliResult.of("compare", dir.resolve(ResultFiles.JSON).toString(), dir.resolve(ResultFiles.JSON).toString(), "--out", report.toString());
      assertThat(compared.exitCode()).as(compared.err()).isZero();
      assertThat(compared.out().lines().filter(l -> l.startsWith("127.0.0.1"))).hasSize(2);
      assertThat(Files.readString(report)).contains("| target | msgs/s").contains("**Hardware**").contains(result.host().cpuModel());

      Path notAResult = dir.resolve("other.json");
      Files.writeString(notAResult, "{\"name\": \"something else\"}");
      CliResult refused = CliResult.of("compare", notAResult.toString());
      assertThat(refused.exitCode()).isEqualTo(Main.EXIT_BAD_INPUT);
      assertThat(refused.err()).contains("not a wsarena run result").doesNotContain("Exception");
    }
  }

  /** The percentile lines and totals; the processor adds a time-range header of its own. */
  private static java.util.List<String> distribution(Path hgrm) throws java.io.IOException {
    return Files.readAllLines(hgrm).stream()
        .filter(l -> !l.isBlank() && !l.startsWith("#[Overall") && !l.startsWith("#[StartTime"))
        .toList();
  }

  @Test
  void anUnreachableTargetExitsWithOneLine() throws Exception {
    int closedPort;
    try (var s = new java.net.ServerSocket(0)) {
      closedPort = s.getLocalPort();
    }
    CliResult r = CliResult.of("run", "--url", "ws://127.0.0.1:" + closedPort + "/echo", "--connections", "2", "--quiet");

    assertThat(r.exitCode()).isEqualTo(Main.EXIT_FAILED);
    assertThat(r.err().strip()).startsWith("wsarena: could not connect").contains("nothing accepts connections").doesNotContain("\n");
  }

  @Test
  @Timeout(240)
  void conformanceChecksTheTargetFirstAndTheResultCarriesItBesideThePerformance(@TempDir Path dir) throws Exception {
    CliResult r;
    try (FewSuiteCases cases = FewSuiteCases.set()) {
      r = CliResult.of(
          "run", "--engine", "undertow", "--model", "event-loop", "--isolation", "in-process", "--connections", "4",
          "--warmup", "0s", "--duration", "1s", "--conformance", "--out", dir.toString());
    }

    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out())
        .contains("checking the target before the load (not measured)...")
        .contains("== undertow-event-loop: Undertow")
        .containsPattern("conformance: \\d+ OK · \\d+ non-strict · 0 failed · Autobahn\\|Testsuite [^,]+, 17 cases \\(1\\.1\\.\\*, 7\\.9\\.\\*\\)")
        .containsPattern("features: TLS yes · permessage-deflate yes · subprotocol \\w+ · largest message ");
    RunResult result = SavedRunFiles.read(dir.resolve(ResultFiles.JSON));
    assertThat(result.outcome()).isEqualTo(Outcome.COMPLETED);
    assertThat(result.totals().messages().received()).isPositive();
    assertThat(result.conformance().failed()).isZero();
    assertThat(result.conformance().total()).isEqualTo(FewSuiteCases.COUNT);
    assertThat(result.conformance().ok()).isPositive();
    assertThat(result.features().results()).hasSize(7);
    // The suite's own reports are kept beside the result.
    assertThat(dir.resolve(RunCommand.SUITE_FOLDER).resolve("undertow-event-loop/index.json")).isNotEmptyFile();
  }

  @Test
  void conformanceOnAUrlMeasuredWithBroadcastIsOneSentence() {
    CliResult r =
        CliResult.of("run", "--url", "ws://127.0.0.1:9/broadcast", "--workload", "broadcast", "--conformance");

    assertThat(r.exitCode()).isEqualTo(Main.EXIT_BAD_INPUT);
    assertThat(r.err())
        .startsWith("wsarena: ")
        .contains("the feature probe and the conformance suite need an echo endpoint")
        .doesNotContain("Exception");
  }
}
