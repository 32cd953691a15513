package wsarena.ui.chart;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LatencyScaleTest {
  @Test
  void linearPlotsMillisecondsAndLogPlotsDecades() {
    assertThat(LatencyScale.LINEAR.plot(1500)).isEqualTo(1.5);
    assertThat(LatencyScale.LOG.plot(1000)).isEqualTo(3.0);
    assertThat(LatencyScale.LOG.plot(0)).isNaN();
  }

  @Test
  void logTicksAreLabelledInTimeUnits() {
    assertThat(LatencyScale.LOG.tickLabel(2)).isEqualTo("100 µs");
    assertThat(LatencyScale.LOG.tickLabel(3)).isEqualTo("1 ms");
    assertThat(LatencyScale.LOG.tickLabel(5)).isEqualTo("100 ms");
    assertThat(LatencyScale.LOG.tickLabel(6)).isEqualTo("1 s");
    assertThat(LatencyScale.LINEAR.tickLabel(0.25)).isEqualTo("0.25 ms");
  }

  @Test
  void percentilesArePlacedByTheirNines() {
    assertThat(DistributionCard.nines(0)).isZero();
    assertThat(DistributionCard.nines(90)).isEqualTo(1, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(DistributionCard.nines(99.9)).isEqualTo(3, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(DistributionCard.nines(100)).isNaN();
  }
}
