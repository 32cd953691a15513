package wsarena.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import wsarena.conformance.ConformanceSummary;
import wsarena.metrics.RunResult;
import wsarena.probe.Feature;
import wsarena.probe.FeatureReport;
import wsarena.probe.FeatureResult;
import wsarena.probe.Verdict;
import wsarena.scenario.ScenarioJson;
import wsarena.scenario.ThreadingModel;
import wsarena.testsupport.SavedRunFiles;
import wsarena.ui.testing.SavedRuns;

/** Runs that checked their target first: conformance and features beside the figures, in every report. */
class CheckedRunsTest {
  static final FeatureReport FEATURES =
      new FeatureReport(
          "ws://127.0.0.1:41625/echo",
          "Netty 4.2.18.Final · Single event loop · this process",
          Instant.parse("2026-12-01T19:29:50Z"),
          5000,
          null,
          List.of(
              FeatureResult.no(Feature.TLS, "plain ws:// URL"),
              FeatureResult.yes(Feature.PERMESSAGE_DEFLATE, "negotiated"),
              FeatureResult.no(Feature.SUBPROTOCOL, "no subprotocol selected"),
              new FeatureResult(Feature.LARGEST_MESSAGE, Verdict.YES, "echoed 16 MiB", 16L << 20),
              FeatureResult.yes(Feature.FRAGMENTED_MESSAGE, "echoed whole"),
              FeatureResult.yes(Feature.PING_PONG, "pong after 0.50 ms"),
              FeatureResult.yes(Feature.CLOSE_HANDSHAKE, "1000 echoed")));

  static RunResult checked(RunResult r, FeatureReport features, ConformanceSummary conformance) {
    return r.withChecks(features, conformance);
  }

  private final RunResult plain = SavedRuns.run(ThreadingModel.EVENT_LOOP, SavedRuns.LAPTOP);
  private final RunResult netty =
      checked(SavedRuns.run(ThreadingModel.MULTI_REACTOR, SavedRuns.LAPTOP), FEATURES, ConformanceSamples.nettyBeforeTheMend());

  @Test
  void theVerdictFitsOnOneLineAndSaysWhichSuiteRanWhat() {
    ConformanceSummary s = ConformanceSamples.nettyBeforeTheMend();

    assertThat(ConformanceTable.oneLine(s)).isEqualTo("4 OK · 1 non-strict · 1 failed");
    assertThat(ConformanceTable.context(s))
        .isEqualTo("Autobahn|Testsuite 0.5.6 (Autobahn 0.6.4), 7 cases (all cases but group 9) in 19.6 s");
    assertThat(ConformanceTable.worst(s)).isEqualTo("1 failed");
    assertThat(ConformanceTable.casesNotOk(s)).startsWith("  failed:\n    7.9.1  Send close with invalid close code 0\n");
  }

  @Test
  void theFeaturesFitOnOneLineWithTheLargestMessagesSize() {
    assertThat(wsarena.probe.FeatureTable.oneLine(FEATURES))
        .isEqualTo("TLS no · permessage-deflate yes · subprotocol no · largest message 16 MiB · fragments yes · ping yes · close yes");
  }

  @Test
  void aComparisonHasARowOfChecksPerRunAndNaForARunThatDidNotCheck() {
    List<Comparison.CheckRow> rows = Comparison.of(List.of(plain, netty)).checks();

    assertThat(rows).extracting(Comparison.CheckRow::conformance).containsExactly("n/a", "4 OK · 1 non-strict · 1 failed");
    assertThat(rows.getFirst().features()).isEqualTo("n/a");
    assertThat(rows.get(1).features()).startsWith("TLS no · permessage-deflate yes");
    assertThat(Comparison.of(List.of(plain, plain)).checks()).as("no run checked: no table").isEmpty();
  }

  @Test
  void theComparisonReportHasTheChecksTableOnlyWhenARunChecked() {
    assertThat(ComparisonReport.markdown("t", List.of(plain, netty)))
        .contains("**Conformance and features**")
        .contains("| 4 OK · 1 non-strict · 1 failed |");
    assertThat(ComparisonReport.markdown("t", List.of(plain, plain))).doesNotContain("Conformance");
  }

  @Test
  void aRunsMarkdownSaysWhatTheChecksFoundAndAPlainRunsSaysNothingOfThem() {
    assertThat(MarkdownSummary.of(netty))
        .contains("\nConformance: 4 OK · 1 non-strict · 1 failed (Autobahn|Testsuite 0.5.6 (Autobahn 0.6.4), 7 cases")
        .contains("\nFeatures: TLS no · permessage-deflate yes · ");
    assertThat(MarkdownSummary.of(plain)).doesNotContain("Conformance").doesNotContain("Features:");
  }

  @Test
  void theResultFileCarriesBothBesideThePerformanceAndReadsThemBack(@TempDir Path dir) throws Exception {
    Path file = SavedRuns.write(netty, dir.resolve("netty.json"));

    JsonNode json = ScenarioJson.newMapper().readTree(file.toFile());
    assertThat(json.get("conformance").get("ok").asInt()).isEqualTo(4);
    assertThat(json.get("conformance").get("failed").asInt()).isEqualTo(1);
    assertThat(json.get("conformance").get("failedCases").get(0).get("id").asText()).isEqualTo("7.9.1");
    assertThat(json.get("features").get("results")).hasSize(7);
    assertThat(json.has("totals")).isTrue();
    RunResult back = SavedRunFiles.read(file);
    assertThat(back.conformance()).isEqualTo(netty.conformance());
    assertThat(back.features()).isEqualTo(netty.features());
  }

  @Test
  void aRunThatDidNotCheckWritesNeitherField(@TempDir Path dir) throws Exception {
    JsonNode json = ScenarioJson.newMapper().readTree(SavedRuns.write(plain, dir.resolve("plain.json")).toFile());

    assertThat(json.has("conformance")).isFalse();
    assertThat(json.has("features")).isFalse();
    assertThat(SavedRunFiles.read(dir.resolve("plain.json")).conformance()).isNull();
  }
}
