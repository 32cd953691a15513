package wsarena.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/** Each rule turns the report's figures into a verdict, and says when it has none to judge. */
class ClaimCheckTest {
  private static SweepKnee sweep(String label, double knee, double cpuPercent) {
    return new SweepKnee(label, label, OptionalDouble.of(knee), OptionalDouble.of(knee), OptionalDouble.of(1000),
        OptionalDouble.of(cpuPercent), 2, "knee found", Path.of("sweep.json"));
  }

  /** Knees: tornado 10k at one core of two, two worker-pool targets at 8k and 20k. */
  private static final ReportData DATA =
      new ReportData(new ReportInputs(List.of(), Map.of(), List.of(), Map.of(),
          List.of(sweep("tornado", 10_000, 50), sweep("undertow-reactor-workers", 8_000, 90), sweep("jetty-reactor-workers", 20_000, 95)),
          List.of()));

  private static Claim claim(String measurement, String rule, Double value, String... than) {
    return new Claim("a claim", null, "tornado", measurement, rule, List.of(than), value, null);
  }

  @Test
  void boundsAreJudgedInTheMeasurementsUnit() {
    assertThat(ClaimCheck.of(claim("sweep-knee", "at-least", 9_000.0), DATA).verdict()).isEqualTo(ClaimCheck.Verdict.SUPPORTED);
    assertThat(ClaimCheck.of(claim("sweep-knee", "at-most", 9_000.0), DATA).verdict()).isEqualTo(ClaimCheck.Verdict.CONTRADICTED);
    // a knee is known to its sweep's precision (5 %) either side: a bound inside that is not passed by every repeat
    assertThat(ClaimCheck.of(claim("sweep-knee", "at-least", 10_000.0), DATA).verdict()).isEqualTo(ClaimCheck.Verdict.INCONCLUSIVE);
    ClaimCheck cores = ClaimCheck.of(claim("target-cores-at-knee", "at-least", 0.9), DATA);
    assertThat(cores.verdict()).isEqualTo(ClaimCheck.Verdict.SUPPORTED);
    assertThat(cores.figures()).isEqualTo("tornado: 1.00 cores at its knee (10,000 msgs/s)");
    assertThat(cores.rule()).isEqualTo("target CPU at its knee, in cores at least 0.90");
  }

  @Test
  void comparisonsSayPartlyWhenOnlySomeOfTheOthersAreBeaten() {
    ClaimCheck c = ClaimCheck.of(claim("sweep-knee", "better-than", null, "*-reactor-workers"), DATA);

    assertThat(c.verdict()).isEqualTo(ClaimCheck.Verdict.PARTLY);
    assertThat(c.figures()).isEqualTo("tornado: 10,000 msgs/s (1 sweep, within 5 %); undertow-reactor-workers: 8,000 msgs/s (1 sweep, within 5 %);"
        + " jetty-reactor-workers: 20,000 msgs/s (1 sweep, within 5 %)");
    assertThat(ClaimCheck.of(claim("sweep-knee", "better-than", null, "undertow-*"), DATA).verdict()).isEqualTo(ClaimCheck.Verdict.SUPPORTED);
    assertThat(ClaimCheck.of(claim("sweep-knee", "worst", null), DATA).verdict()).isEqualTo(ClaimCheck.Verdict.CONTRADICTED);
    assertThat(ClaimCheck.of(claim("sweep-knee", "best", null), DATA).verdict()).isEqualTo(ClaimCheck.Verdict.CONTRADICTED);
  }

  @Test
  void aFigureTheReportLacksIsUntestedAndAClaimWithoutMeasurementSaysWhy() {
    ClaimCheck missing = ClaimCheck.of(claim("handshakes-per-second", "at-least", 1000.0), DATA);
    assertThat(missing.verdict()).isEqualTo(ClaimCheck.Verdict.UNTESTED);
    assertThat(missing.figures()).isEqualTo("no figure of tornado in this report: handshakes per second");

    ClaimCheck noOther = ClaimCheck.of(claim("sweep-knee", "better-than", null, "autobahn"), DATA);
    assertThat(noOther.verdict()).isEqualTo(ClaimCheck.Verdict.UNTESTED);
    assertThat(noOther.figures()).isEqualTo("tornado: 10,000 msgs/s (1 sweep, within 5 %); no figure of autobahn in this report");

    ClaimCheck judgement = ClaimCheck.of(new Claim("simple API", null, "tornado", null, null, null, null, "a judgement"), DATA);
    assertThat(judgement.verdict()).isEqualTo(ClaimCheck.Verdict.UNMEASURABLE);
    assertThat(judgement.figures()).isEqualTo("no measurement: a judgement");
  }

  @Test
  void patternsMatchWholeLabels() {
    assertThat(ClaimCheck.matches("*-reactor-workers", "netty-reactor-workers")).isTrue();
    assertThat(ClaimCheck.matches("*-reactor-workers", "netty-reactor-workers-2")).isFalse();
    assertThat(ClaimCheck.matches("tornado", "Tornado")).isTrue();
    assertThat(ClaimCheck.matches("a.b", "axb")).isFalse();
  }
}
