package wsarena.report.chart;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The steps and labels the window's charts and the PNG charts share. */
class TicksTest {
  @Test
  void stepsAreRound() {
    assertThat(Ticks.roundStep(0.13)).isEqualTo(0.2);
    assertThat(Ticks.roundStep(0.21)).isEqualTo(0.25);
    assertThat(Ticks.roundStep(1000)).isEqualTo(1000);
    assertThat(Ticks.roundStep(2100)).isEqualTo(2500);
    assertThat(Ticks.roundStep(3700)).isEqualTo(5000);
    assertThat(Ticks.roundStep(4_100)).isEqualTo(5_000);
    assertThat(Ticks.roundStep(7_300)).isEqualTo(10_000);
  }

  @Test
  void latenciesReadInTheirUnit() {
    assertThat(Ticks.latency(10)).isEqualTo("10 µs");
    assertThat(Ticks.latency(1000)).isEqualTo("1 ms");
    assertThat(Ticks.latency(100_000)).isEqualTo("100 ms");
    assertThat(Ticks.latency(10_000_000)).isEqualTo("10 s");
  }

  @Test
  void percentilesReadByTheirNines() {
    assertThat(Ticks.percentile(0)).isEqualTo("0%");
    assertThat(Ticks.percentile(1)).isEqualTo("90%");
    assertThat(Ticks.percentile(2)).isEqualTo("99%");
    assertThat(Ticks.percentile(3)).isEqualTo("99.9%");
    assertThat(Ticks.percentile(4)).isEqualTo("99.99%");
  }
}
