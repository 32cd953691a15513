package wsarena.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import wsarena.metrics.ShootoutResult;
import wsarena.scenario.Scenario;
import wsarena.scenario.ShootoutPlan;
import wsarena.ui.testing.SavedRuns;

/** The report's text: a shootout's figures as the shootout gave them, and each claim beside its figure and verdict. */
class ReportMarkdownTest {
  @TempDir Path dir;

  private static String render(ReportData data) {
    Claim.Article article = ClaimsFiles.article();
    return new ReportMarkdown("Measured", null, "wsarena report IN --out OUT", Set.of()).render(data, article, ClaimCheck.all(article, data));
  }

  @Test
  void theReportOfAShootoutHasTheShootoutsOwnFigures() throws IOException {
    ShootoutPlan plan = new ShootoutPlan(Scenario.defaults().withTarget(ReportFixtures.TARGETS.getFirst()), ReportFixtures.TARGETS, 2, Duration.ZERO);
    List<ShootoutResult.TrialResult> trials = new ArrayList<>();
    for (ShootoutPlan.Trial t : plan.trials()) {
      trials.add(new ShootoutResult.TrialResult(t, SavedRuns.run(ReportFixtures.TARGETS.get(t.target()), SavedRuns.LAPTOP)));
    }
    ShootoutResult shootout = new ShootoutResult(plan, Instant.parse("2026-12-01T10:00:00Z"), trials, List.of());
    ShootoutFiles.write(shootout, dir);

    String md = render(new ReportData(ReportInputs.read(List.of(dir))));

    MetricTable own = MetricTable.of(ShootoutReport.contenders(shootout));
    String latency = ReportFilesTest.section(md, "Latency");
    String throughput = ReportFilesTest.section(md, "Throughput");
    for (int i = 0; i < own.contenders().size(); i++) {
      String name = own.contenders().get(i).name();
      String latencyRow = row(latency, name);
      String throughputRow = row(throughput, name);
      assertThat(latencyRow).as(name).contains("| 2 |");
      for (Metric m : PerformanceSections.LATENCY) {
        assertThat(cells(latencyRow)).as(name + " " + m).contains(ReportMarkdown.cell(own, i, m));
        assertThat(ReportMarkdown.cell(own, i, m)).contains(own.cell(i, m));
      }
      for (Metric m : PerformanceSections.THROUGHPUT.stream().filter(own.metrics()::contains).toList()) {
        assertThat(cells(throughputRow)).as(name + " " + m).contains(ReportMarkdown.cell(own, i, m));
      }
    }
  }

  @Test
  void everyClaimIsQuotedWithItsMeasurementAndVerdict() throws IOException {
    ReportData data = new ReportData(ReportInputs.read(List.of(ReportFixtures.everything(dir))));
    String claims = ReportFilesTest.section(render(data), "Claims checked");

    List<ClaimCheck> checked = ClaimCheck.all(ClaimsFiles.article(), data);
    assertThat(checked).hasSize(ClaimsFiles.article().claims().size());
    for (ClaimCheck c : checked) {
      String row = claims.lines().filter(l -> l.contains("“" + ReportMarkdown.escape(c.claim().quote().strip()) + "”")).findFirst().orElseThrow();
      assertThat(row).contains("**" + c.verdict().word() + "**", ReportMarkdown.escape(c.figures()));
      if (c.claim().measurement() == null) {
        assertThat(c.verdict()).isEqualTo(ClaimCheck.Verdict.UNMEASURABLE);
        assertThat(row).contains("| none |", "no measurement: " + ReportMarkdown.escape(c.claim().why()));
      } else {
        assertThat(row).contains(ReportMarkdown.escape(c.rule()));
      }
    }
    assertThat(checked).extracting(ClaimCheck::verdict).contains(ClaimCheck.Verdict.SUPPORTED, ClaimCheck.Verdict.UNTESTED,
        ClaimCheck.Verdict.UNMEASURABLE, ClaimCheck.Verdict.MEASURED);
  }

  @Test
  void theArticlesClaimsAreJudgedByTheFiguresOfTheirSections() throws IOException {
    ReportData data = new ReportData(ReportInputs.read(List.of(ReportFixtures.everything(dir))));

    // "its single-threaded event loop may become a bottleneck": the sweep's knee came with 0.96 cores busy
    ClaimCheck bottleneck = checkOf(data, "may become a bottleneck");
    assertThat(bottleneck.verdict()).isEqualTo(ClaimCheck.Verdict.SUPPORTED);
    assertThat(bottleneck.figures()).isEqualTo("tornado: 0.96 cores at its knee (12,000 msgs/s)");
    // "implements WebSocket compression" speaks of Autobahn, whose probe the report lacks
    ClaimCheck compression = checkOf(data, "implements WebSocket compression");
    assertThat(compression.verdict()).isEqualTo(ClaimCheck.Verdict.UNTESTED);
    assertThat(compression.figures()).isEqualTo("no figure of autobahn in this report: feature probe: permessage-deflate");
  }

  private static ClaimCheck checkOf(ReportData data, String quotePart) {
    return ClaimCheck.all(ClaimsFiles.article(), data).stream().filter(c -> c.claim().quote().contains(quotePart)).findFirst().orElseThrow();
  }

  private static String row(String section, String target) {
    return section.lines().filter(l -> l.startsWith("| " + target + " |")).findFirst().orElseThrow(() -> new AssertionError("no row of " + target));
  }

  private static List<String> cells(String row) {
    return List.of(row.substring(1, row.length() - 1).split(" \\| ")).stream().map(String::strip).toList();
  }

  @Test
  void theSweepKneesKeepTheRunsOrderNotTheFoldersNames() throws IOException {
    ReportFixtures.everything(dir);
    // read alphabetically: a-…, sweep-tornado, z-…; the shootout's order is Undertow's event loop, its workers, Tornado
    java.nio.file.Files.createDirectories(dir.resolve("a-workers"));
    java.nio.file.Files.writeString(dir.resolve("a-workers").resolve("sweep.json"),
        ReportFixtures.SWEEP.replace("\"label\": \"tornado\"", "\"label\": \"undertow-reactor-workers\""));
    java.nio.file.Files.createDirectories(dir.resolve("z-loop"));
    java.nio.file.Files.writeString(dir.resolve("z-loop").resolve("sweep.json"),
        ReportFixtures.SWEEP.replace("\"label\": \"tornado\"", "\"label\": \"undertow-event-loop\""));

    ReportData data = new ReportData(ReportInputs.read(List.of(dir)));

    assertThat(data.sweepsInRunOrder()).extracting(SweepKnee::label)
        .containsExactly("undertow-event-loop", "undertow-reactor-workers", "tornado");
  }

  @Test
  void htmlFromClaimsAndTitlesIsWrittenAsTextOutsideCodeAndLeftAloneInIt() throws IOException {
    ReportData data = new ReportData(ReportInputs.read(List.of(ReportFixtures.shootout(dir))));
    Claim.Article base = ClaimsFiles.article();
    Claim first = base.claims().getFirst();
    Claim hostile = new Claim("<script>alert(1)</script> is fast", first.section(), first.target(), first.measurement(),
        first.rule(), first.than(), first.value(), first.why());
    Claim.Article article = new Claim.Article("<img src=x onerror=alert(2)>", "<a href=x>source</a>", List.of(hostile));

    String md = new ReportMarkdown("<b>Measured</b>", "run.sh --label '<i>x</i>'", "wsarena report IN --out OUT", Set.of())
        .render(data, article, ClaimCheck.all(article, data));

    assertThat(md).doesNotContain("<script>").doesNotContain("<img").doesNotContain("<a href").doesNotContain("<b>")
        .contains("&lt;script>alert(1)&lt;/script> is fast", "&lt;img src=x onerror=alert(2)>", "# &lt;b>Measured&lt;/b>");
    // inside a fenced block the text is shown as it is, and no engine runs it
    assertThat(md).contains("```\nrun.sh --label '<i>x</i>'\n```");
    String html = ReportHtml.page("t", md, java.util.Map.of());
    assertThat(html).doesNotContain("<script>").doesNotContain("<img src=x").contains("&lt;script&gt;alert(1)&lt;/script&gt; is fast");
  }

  @Test
  void aFenceInsideALabelClosesNothingTheEscapeLeavesOpen() {
    String md = "```\ncode <kept>\n```\n<b>bold</b>\n~~~~\n<x>\n~~~\n<y>\n~~~~\n<z>";

    assertThat(ReportMarkdown.withoutRawHtml(md))
        .isEqualTo("```\ncode <kept>\n```\n&lt;b>bold&lt;/b>\n~~~~\n<x>\n~~~\n<y>\n~~~~\n&lt;z>");
  }
}
