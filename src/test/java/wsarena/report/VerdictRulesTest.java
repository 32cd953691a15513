package wsarena.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import wsarena.host.HostInfo;
import wsarena.metrics.RunResult;
import wsarena.metrics.ShootoutResult;
import wsarena.probe.Feature;
import wsarena.probe.FeatureReport;
import wsarena.probe.FeatureResult;
import wsarena.scenario.Isolation;
import wsarena.scenario.LoadProfile;
import wsarena.scenario.Rate;
import wsarena.scenario.Scenario;
import wsarena.scenario.ShootoutPlan;
import wsarena.scenario.TargetSpec;
import wsarena.scenario.ThreadingModel;
import wsarena.testsupport.StepResults;

/**
 * The verdicts a reviewer signs: a failed run ranked nowhere, a difference inside the runs' spread
 * inconclusive, a feature not tried untested, an article's claims only where its targets were
 * measured, latency compared only at one rate.
 */
class VerdictRulesTest {
  private static final HostInfo HOST = new HostInfo("test CPU", 2, 2, 1L << 30, "TestOS", "1", "vendor", "25", List.of());
  private static final double OFFERED = 20_000;

  private static Scenario scenario(TargetSpec target, double rate) {
    return Scenario.defaults().withTarget(target).withLoad(LoadProfile.defaults().withRate(new Rate.OpenLoop(rate)));
  }

  /** Runs of {@code target} answering {@code capacities} msgs/s each (offered more than that). */
  private static Contender runs(String label, double... capacities) {
    TargetSpec target = new TargetSpec.Peer(label);
    List<RunResult> runs = new ArrayList<>();
    for (double c : capacities) {
      runs.add(StepResults.ofCapacity(scenario(target, OFFERED), c, HOST));
    }
    return new Contender(label, runs);
  }

  private static ReportData data(Contender... contenders) {
    return new ReportData(ReportInputs.ofContenders(List.of(contenders)));
  }

  private static Claim higherThan(String target, String than) {
    return new Claim("high-throughput", null, target, "msgs-per-second", "better-than", List.of(than), null, null);
  }

  @Test
  void aShootoutWithARefusedUrlRanksItNowhereAndSaysWhy() {
    TargetSpec netty = TargetSpec.Embedded.of("netty", ThreadingModel.EVENT_LOOP, Isolation.PROCESS);
    TargetSpec jetty = TargetSpec.Embedded.of("jetty", ThreadingModel.REACTOR_WORKERS, Isolation.PROCESS);
    TargetSpec refused = TargetSpec.External.of(URI.create("ws://127.0.0.1:1/echo"));
    ShootoutPlan plan = new ShootoutPlan(scenario(netty, OFFERED), List.of(netty, jetty, refused), 1, java.time.Duration.ZERO);
    List<ShootoutResult.TrialResult> trials = new ArrayList<>();
    for (var t : plan.trials()) {
      Scenario s = plan.scenarioFor(t.target());
      RunResult r = t.target() == 2
          ? StepResults.refused(s, HOST, "cannot connect to ws://127.0.0.1:1/echo: Connection refused")
          : StepResults.ofCapacity(s, t.target() == 0 ? 15_000 : 9_000, HOST);
      trials.add(new ShootoutResult.TrialResult(t, r));
    }
    ShootoutResult result = new ShootoutResult(plan, Instant.now(), trials, List.of());
    MetricTable table = MetricTable.of(ShootoutReport.contenders(result));

    // its zeros (and the client CPU a refused run still spent) are no figures: no metric ranks it
    for (Metric m : table.metrics()) {
      assertThat(table.spread(2, m)).as(m.id()).isEmpty();
      assertThat(table.best(m)).as(m.id()).isNotEqualTo(java.util.OptionalInt.of(2));
      assertThat(table.cell(2, m)).isEqualTo(MetricTable.FAILED);
    }
    assertThat(table.best(Metric.THROUGHPUT)).hasValue(0);
    String md = ShootoutReport.markdown("shootout", result);
    assertThat(md).contains("| 127.0.0.1-1 | external | 0 of 1 (failed) |")
        .contains("- 127.0.0.1-1 failed: cannot connect to ws://127.0.0.1:1/echo: Connection refused")
        .doesNotContain("**failed**");
    assertThat(ShootoutReport.text(result)).doesNotContain("failed *");

    ReportData data = new ReportData(ReportInputs.ofContenders(ShootoutReport.contenders(result)));
    String summary = new PerformanceSections(data, new ReportMarkdown("t", null, "w", Set.of())).summary(List.of());
    assertThat(summary).contains("| netty-event-loop |").doesNotContain("127.0.0.1-1");
  }

  @Test
  void overlappingRepeatsAreInconclusiveAndApartTheyDecide() {
    // autobahn's runs 7,000–8,000 against tornado's 6,000–9,000: the medians differ, the runs do not
    ReportData overlapping = data(runs("autobahn", 7_000, 7_500, 8_000), runs("tornado", 6_000, 9_000, 6_500));
    ClaimCheck inside = ClaimCheck.of(higherThan("autobahn", "tornado"), overlapping);
    assertThat(inside.verdict()).isEqualTo(ClaimCheck.Verdict.INCONCLUSIVE);
    assertThat(inside.figures()).contains("autobahn: 7,500 msgs/s (7,000 msgs/s–8,000 msgs/s, 3 runs)", "tornado: 6,500 msgs/s");

    ReportData apart = data(runs("autobahn", 7_000, 7_500, 8_000), runs("tornado", 5_000, 5_500, 6_000));
    assertThat(ClaimCheck.of(higherThan("autobahn", "tornado"), apart).verdict()).isEqualTo(ClaimCheck.Verdict.SUPPORTED);
    assertThat(ClaimCheck.of(higherThan("tornado", "autobahn"), apart).verdict()).isEqualTo(ClaimCheck.Verdict.CONTRADICTED);
  }

  @Test
  void aBoundNeedsEveryRepeatPastIt() {
    ReportData data = data(runs("tornado", 900, 1_200, 1_500));
    Claim atLeast = new Claim("thousands per second", null, "tornado", "msgs-per-second", "at-least", List.of(), 1_000.0, null);
    assertThat(ClaimCheck.of(atLeast, data).verdict()).isEqualTo(ClaimCheck.Verdict.INCONCLUSIVE);
    Claim lower = new Claim("hundreds per second", null, "tornado", "msgs-per-second", "at-least", List.of(), 800.0, null);
    assertThat(ClaimCheck.of(lower, data).verdict()).isEqualTo(ClaimCheck.Verdict.SUPPORTED);
  }

  @Test
  void aFeatureNotTriedIsUntestedNeverContradicted() {
    List<FeatureResult> results = new ArrayList<>();
    for (Feature f : Feature.values()) {
      results.add(f == Feature.TLS ? FeatureResult.unknown(f, "not tried: a plain ws:// URL") : FeatureResult.yes(f, "seen"));
    }
    FeatureReport probe = new FeatureReport("ws://127.0.0.1:9/echo", "autobahn", Instant.now(), 5000, null, results);
    ReportData data = new ReportData(new ReportInputs(List.of(), Map.of(), List.of(), Map.of("autobahn", probe), List.of(), List.of()));

    ClaimCheck tls = ClaimCheck.of(new Claim("supports TLS", null, "autobahn", "feature:tls", "yes", List.of(), null, null), data);
    assertThat(tls.verdict()).isEqualTo(ClaimCheck.Verdict.UNTESTED);

    // an exact count has no noise: as many features as the other is not more, so contradicted, not inconclusive
    ReportData two = new ReportData(new ReportInputs(List.of(), Map.of(), List.of(), Map.of("autobahn", probe, "tornado", probe), List.of(),
        List.of()));
    Claim more = new Claim("more features", null, "autobahn", "features-supported", "better-than", List.of("tornado"), null, null);
    assertThat(ClaimCheck.of(more, two).verdict()).isEqualTo(ClaimCheck.Verdict.CONTRADICTED);
    assertThat(FeatureSection.render(data)).contains("| autobahn | not tried |", "- autobahn, TLS: not tried: a plain ws:// URL");
  }

  @Test
  void aReportOfUndertowRunsAloneHasNoArticleClaims() {
    TargetSpec undertow = TargetSpec.Embedded.of("undertow", ThreadingModel.EVENT_LOOP, Isolation.PROCESS);
    Contender c = new Contender("undertow-event-loop", List.of(StepResults.ofCapacity(scenario(undertow, OFFERED), 10_000, HOST)));
    ReportData data = data(c);
    Claim.Article article = ClaimsFiles.article();

    assertThat(ReportFiles.checked(article, data)).isEmpty();
    String md = new ReportMarkdown("Undertow", null, "wsarena report results --out report", Set.of())
        .render(data, article, ReportFiles.checked(article, data));
    assertThat(md).doesNotContain("## Claims checked", "Python WebSocket Libraries Comparison*, each measured")
        .contains("none checked", "--claims");

    ReportData withTornado = data(c, runs("tornado", 5_000));
    assertThat(ReportFiles.checked(article, withTornado)).hasSameSizeAs(article.claims());
  }

  @Test
  void latencyIsComparedOnlyWhenEveryTargetRanAtOneRate() {
    TargetSpec tornado = new TargetSpec.Peer("tornado");
    TargetSpec autobahn = new TargetSpec.Peer("autobahn");
    Scenario closed = Scenario.defaults().withTarget(tornado);
    Claim p99 = new Claim("low latency", null, "autobahn", "p99-at-equal-load", "better-than", List.of("tornado"), null, null);

    ReportData oneRate = data(
        new Contender("tornado", List.of(StepResults.ofCapacity(scenario(tornado, 3_000), 10_000, HOST), SavedRunsOf.closed(closed))),
        new Contender("autobahn", List.of(StepResults.ofCapacity(scenario(autobahn, 3_000), 10_000, HOST))));
    assertThat(oneRate.equalLoadRate()).hasValue(3_000);
    assertThat(oneRate.equalLoad().orElseThrow().contenders()).extracting(Contender::name).containsExactly("tornado", "autobahn");
    assertThat(ClaimCheck.of(p99, oneRate).figures()).contains("at 3,000 msgs/s");

    ReportData twoRates = data(
        new Contender("tornado", List.of(StepResults.ofCapacity(scenario(tornado, 3_000), 10_000, HOST), SavedRunsOf.closed(closed))),
        new Contender("autobahn", List.of(StepResults.ofCapacity(scenario(autobahn, 6_000), 10_000, HOST))));
    assertThat(twoRates.equalLoadRate()).isEmpty();
    assertThat(ClaimCheck.of(p99, twoRates).verdict()).isEqualTo(ClaimCheck.Verdict.UNTESTED);
  }

  @Test
  void aBestP50ServedUnevenlyIsSaidInWords() {
    // tornado: the best p50, but one connection in four answered; the others served every connection alike
    Contender tornado = new Contender("tornado", List.of(fair(StepResults.ofCapacity(scenario(new TargetSpec.Peer("tornado"), OFFERED), 9_000,
        HOST), 0.3, 100)));
    Contender netty = new Contender("netty", List.of(fair(runs("netty", 5_000).runs().getFirst(), 0.98, 4_000)));
    Contender jetty = new Contender("jetty", List.of(fair(runs("jetty", 5_000).runs().getFirst(), 0.95, 5_000)));
    MetricTable table = MetricTable.of(List.of(tornado, netty, jetty));

    assertThat(table.best(Metric.P50)).hasValue(0);
    assertThat(PerformanceSections.unevenly(table, 0)).contains("served unevenly (fairness 0.30 against a median of 0.97");
    assertThat(PerformanceSections.unevenly(table, 1)).isEmpty();
    assertThat(PerformanceSections.fairness(table)).contains("| tornado |", "| 0.30 |");
  }

  /** {@code r} with Jain's index {@code jain} over 100 connections and p50 {@code p50Micros}. */
  private static RunResult fair(RunResult r, double jain, long p50Micros) {
    var t = r.totals();
    var l = t.latency();
    var latency = new wsarena.metrics.LatencySummary(l.count(), p50Micros, p50Micros, p50Micros * 2, p50Micros * 3, p50Micros * 4,
        p50Micros * 5, p50Micros * 6);
    var totals = new wsarena.metrics.Totals(t.measuredMillis(), t.messages(), t.fates(), latency, t.corrected(), t.sendLag(),
        t.connections(), t.handshakes(), t.cpu(), t.contextSwitches(), t.memory(), new wsarena.metrics.Fairness(100, 1, 50, 400, jain));
    return r.withTotals(totals);
  }

  @Test
  void latencyIsNotJudgedAtARateNotShownBelowEveryKnee() {
    TargetSpec tornado = new TargetSpec.Peer("tornado");
    Scenario closed = Scenario.defaults().withTarget(tornado);
    SweepKnee noKnee = new SweepKnee("tornado", "tornado", java.util.OptionalDouble.empty(), java.util.OptionalDouble.empty(),
        java.util.OptionalDouble.empty(), java.util.OptionalDouble.empty(), 2, "no step passed", java.nio.file.Path.of("sweep.json"));
    Contender both = new Contender("tornado", List.of(StepResults.ofCapacity(scenario(tornado, 3_000), 10_000, HOST), SavedRunsOf.closed(closed)));
    List<SavedRun.Loaded> runs = ReportInputs.ofContenders(List.of(both)).runs();
    ReportData data = new ReportData(new ReportInputs(runs, Map.of(), List.of(), Map.of(), List.of(noKnee), List.of()));
    Claim p99 = new Claim("low latency", null, "tornado", "p99-at-equal-load", "at-most", List.of(), 10_000.0, null);

    assertThat(data.equalLoadNotBelowKnees()).containsExactly("tornado's sweep found no knee (no step passed)");
    assertThat(ClaimCheck.of(p99, data).verdict()).isEqualTo(ClaimCheck.Verdict.UNTESTED);
    assertThat(EqualLoadSection.howChosen(data)).contains("NOT shown to be below every target's knee");
  }

  /**
   * Below the knee of each target a claim compares is enough: a third target overloaded at the same
   * rate (a PyPy server with a knee of 531 msgs/s beside Tornado's 11,000) leaves the Tornado and
   * Autobahn claims judged, and only claims naming it untested.
   */
  @Test
  void latencyIsJudgedBelowTheKneesOfTheTargetsAClaimCompares() {
    TargetSpec tornado = new TargetSpec.Peer("tornado");
    TargetSpec autobahn = new TargetSpec.Peer("autobahn");
    TargetSpec slow = new TargetSpec.Peer("tornado-pypy");
    Scenario closed = Scenario.defaults().withTarget(tornado);
    List<Contender> contenders = List.of(
        new Contender("tornado", List.of(StepResults.ofCapacity(scenario(tornado, 5_500), 10_000, HOST), SavedRunsOf.closed(closed))),
        new Contender("autobahn", List.of(StepResults.ofCapacity(scenario(autobahn, 5_500), 10_000, HOST))),
        new Contender("tornado-pypy", List.of(StepResults.ofCapacity(scenario(slow, 5_500), 10_000, HOST))));
    List<SweepKnee> knees = List.of(knee("tornado", 11_000), knee("autobahn", 14_500), knee("tornado-pypy", 531));
    ReportData data = new ReportData(new ReportInputs(ReportInputs.ofContenders(contenders).runs(), Map.of(), List.of(), Map.of(), knees, List.of()));

    assertThat(data.equalLoadNotBelowKnees()).containsExactly("tornado-pypy's knee is 531 msgs/s");
    Claim better = new Claim("low latency", null, "autobahn", "p99-at-equal-load", "better-than", List.of("tornado"), null, null);
    assertThat(ClaimCheck.of(better, data).verdict()).isNotEqualTo(ClaimCheck.Verdict.UNTESTED);
    assertThat(ClaimCheck.of(better, data).figures()).contains("at 5,500 msgs/s");
    Claim onPyPy = new Claim("low latency", null, "tornado-pypy", "p99-at-equal-load", "better-than", List.of("tornado"), null, null);
    assertThat(ClaimCheck.of(onPyPy, data).verdict()).isEqualTo(ClaimCheck.Verdict.UNTESTED);
    assertThat(EqualLoadSection.judged(data)).contains("for the targets below their knees", "naming tornado-pypy read untested");
  }

  private static SweepKnee knee(String label, double rate) {
    return new SweepKnee(label, label, java.util.OptionalDouble.of(rate), java.util.OptionalDouble.of(rate), java.util.OptionalDouble.of(5_000),
        java.util.OptionalDouble.of(40), 2, "the knee", java.nio.file.Path.of(label, "sweep.json"));
  }

  /** A closed-loop run beside the open-loop ones, so these read as latency at equal load. */
  private static final class SavedRunsOf {
    static RunResult closed(Scenario s) {
      return wsarena.ui.testing.SavedRuns.run(s, HOST);
    }
  }
}
