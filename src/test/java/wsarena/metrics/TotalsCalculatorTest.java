package wsarena.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TotalsCalculatorTest {

  private static Sample measured(long intervalMillis, long received, Sample.ContextSwitches switches) {
    return new Sample(
        1000, intervalMillis, Phase.MEASURING,
        new Sample.Connections(10, 0, 0, 0),
        new Sample.Counts(received, received, 0, 0, 0),
        new Sample.Latency(1, 1, 1, 1, 1),
        new Sample.Resources(10, 10, 0, 0, 0, -1),
        new Sample.GeneratorLoad(0, 0, 0, 0, 0),
        Sample.FateCounts.NONE,
        switches,
        FailuresByCause.NONE,
        Sample.PerConnection.UNKNOWN,
        Troubles.NONE);
  }

  private static Totals of(List<Sample> samples) {
    return TotalsCalculator.of(
        samples, new TotalsCalculator.Measured(IntervalRecorder.newHistogram(), null, 0, Fates.NONE, IntervalRecorder.newHistogram(), 0), 10);
  }

  @Test
  void contextSwitchesPerMessageAreTheMeasuredSwitchesOverTheMessages() {
    // 2 s at 1,000 target switches/s + 0.5 s at 2,000/s = 3,000 switches over 3,000 messages
    Totals t =
        of(List.of(
            measured(2000, 2000, new Sample.ContextSwitches(10, 30, 900, 100)),
            measured(500, 1000, new Sample.ContextSwitches(0, 0, 1500, 500))));

    assertThat(t.contextSwitches().targetPerMessage()).isEqualTo(1.0);
    assertThat(t.contextSwitches().clientPerMessage()).isCloseTo(80.0 / 3000, org.assertj.core.data.Offset.offset(1e-9));
    // each kind apart, per message: the target's 2,550 voluntary and 450 involuntary over 3,000 messages
    assertThat(t.contextSwitches().targetVoluntaryPerMessage()).isCloseTo(0.85, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(t.contextSwitches().targetInvoluntaryPerMessage()).isCloseTo(0.15, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(t.contextSwitches().clientVoluntaryPerMessage()).isCloseTo(20.0 / 3000, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(t.contextSwitches().clientInvoluntaryPerMessage()).isCloseTo(60.0 / 3000, org.assertj.core.data.Offset.offset(1e-9));
  }

  @Test
  void anIntervalThatCouldNotTellMakesTheWholeFigureUnknown() {
    Totals t =
        of(List.of(
            measured(1000, 1000, new Sample.ContextSwitches(10, 0, 900, 100)),
            measured(1000, 1000, Sample.ContextSwitches.UNKNOWN)));

    assertThat(t.contextSwitches().targetPerMessage()).isEqualTo(-1);
    assertThat(t.contextSwitches().clientPerMessage()).isEqualTo(-1);
    assertThat(t.contextSwitches().targetVoluntaryPerMessage()).isEqualTo(-1);
  }

  @Test
  void noMessageMeansNoFigurePerMessage() {
    Totals t = of(List.of(measured(1000, 0, new Sample.ContextSwitches(10, 0, 900, 100))));

    assertThat(t.contextSwitches().targetPerMessage()).isEqualTo(-1);
  }
}
