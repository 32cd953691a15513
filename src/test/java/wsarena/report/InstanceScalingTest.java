package wsarena.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import wsarena.metrics.SweepResult;

/** The scaling factor of the Scalability section and of claim 24, from sweeps of 1 and 2 instances. */
class InstanceScalingTest {
  private static SweepKnee sweep(String label, double knee) {
    return new SweepKnee(label, label, OptionalDouble.of(knee), OptionalDouble.of(knee), OptionalDouble.of(4000), OptionalDouble.of(50), 2,
        "p99 over its bound", Path.of(label + ".json"));
  }

  @Test
  void theKneeOfTwoInstancesIsComparedWithOneBehindTheSameBalancerWhenSwept() {
    List<SweepKnee> sweeps = List.of(sweep("tornado", 7000), sweep("tornado-x1-haproxy", 6000), sweep("tornado-x2-haproxy", 9000),
        sweep("tornado-x2-reuse-port", 10500));

    List<InstanceScaling> all = InstanceScaling.of(sweeps);

    assertThat(all).hasSize(2);
    InstanceScaling haproxy = all.getFirst();
    assertThat(haproxy.baseline()).isEqualTo("tornado-x1-haproxy");
    assertThat(haproxy.factor()).isCloseTo(1.5, within(1e-9));
    // reuse-port has no one-instance sweep of its own: one instance alone is its baseline
    assertThat(all.get(1).baseline()).isEqualTo("tornado");
    assertThat(all.get(1).factor()).isCloseTo(1.5, within(1e-9));
    assertThat(InstanceScaling.best(sweeps, "tornado").orElseThrow().balance()).isEqualTo("haproxy");
    assertThat(haproxy.sentence()).isEqualTo(
        "2 instances behind HAProxy: knee 9,000 msgs/s against 6,000 with one (tornado-x1-haproxy), ×1.50;"
            + " the generator and every instance share this machine's 2 hardware threads");
  }

  @Test
  void withoutASweepOfOneInstanceOrAKneeThereIsNoFactor() {
    assertThat(InstanceScaling.of(List.of(sweep("tornado-x2-haproxy", 9000)))).isEmpty();
    SweepKnee noKnee = new SweepKnee("tornado-x2-haproxy", "", OptionalDouble.empty(), OptionalDouble.empty(), OptionalDouble.empty(),
        OptionalDouble.empty(), 2, "failed at its first step", Path.of("x.json"));
    assertThat(InstanceScaling.of(List.of(sweep("tornado", 7000), noKnee))).isEmpty();
    assertThat(InstanceScaling.best(List.of(sweep("autobahn", 7000)), "autobahn")).isEmpty();
  }

  /**
   * A sweep the generator stopped knows only a lower bound: two instances that sustained at least
   * 12,000 msgs/s against one's knee of 12,000 are not shown to scale by less than 1.2, nor by more.
   */
  @Test
  void aKneeTheGeneratorStoppedIsALowerBoundAndDecidesNothingBelowIt() {
    SweepResult stoppedByTheGenerator = new SweepResult("test", null, null, null, null, null, List.of(), 12_000.0,
        SweepResult.StopReason.GENERATOR_BOUND, "the generator, not the target, was the limit at 14,000 msgs/s", List.of());
    SweepKnee two = new SweepKnee("tornado-x2-haproxy", "", OptionalDouble.of(12_000), OptionalDouble.of(12_000), OptionalDouble.of(4000),
        OptionalDouble.of(50), 2, "the generator, not the target, was the limit", Path.of("x2.json"), SweepKnee.DEFAULT_PRECISION,
        stoppedByTheGenerator);
    List<SweepKnee> sweeps = List.of(sweep("tornado-x1-haproxy", 12_000), two);

    InstanceScaling scaling = InstanceScaling.of(sweeps).getFirst();

    assertThat(two.kneeIsLowerBound()).isTrue();
    assertThat(scaling.factorLow()).isCloseTo(12_000 / 12_600.0, within(1e-9));
    assertThat(scaling.factorHigh()).isInfinite();
    assertThat(scaling.sentence()).contains("knee at least 12,000 msgs/s", "×1.00 at least");
    ReportData data = new ReportData(new ReportInputs(List.of(), Map.of(), List.of(), Map.of(), sweeps, List.of()));
    Claim scales = new Claim("scales", null, "tornado", "instances-scaling", "at-least", List.of(), 1.2, null);
    assertThat(ClaimCheck.of(scales, data).verdict()).isEqualTo(ClaimCheck.Verdict.INCONCLUSIVE);
    // a knee found is still a knee
    assertThat(sweep("tornado", 7000).kneeIsLowerBound()).isFalse();
  }
}
