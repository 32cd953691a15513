package wsarena.ui.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import wsarena.metrics.Phase;
import wsarena.metrics.Sample;

class ReadoutTest {
  private static Sample sample(long elapsedMillis, Phase phase) {
    return new Sample(
        elapsedMillis,
        1000,
        phase,
        new Sample.Connections(0, 0, 0, 0),
        new Sample.Counts(0, 0, 0, 0, 0),
        new Sample.Latency(0, 0, 0, 0, 0),
        new Sample.Resources(0, 0, 0, 0, 0),
        new Sample.GeneratorLoad(0, 0));
  }

  @Test
  void theLegendReadsTheNewestSample() {
    Sample first = sample(1000, Phase.MEASURING);
    Sample second = sample(2000, Phase.MEASURING);

    assertThat(Readout.pick(null, List.of(first, second))).isSameAs(second);
  }

  @Test
  void theDrainingTailLeavesTheLastFullIntervalOnTheLegend() {
    Sample measured = sample(2000, Phase.MEASURING);
    Sample tail = sample(2021, Phase.DRAINING);

    assertThat(Readout.pick(null, List.of(measured, tail))).isSameAs(measured);
    assertThat(Readout.pick(measured, List.of(tail))).isSameAs(measured);
  }

  @Test
  void aRunThatOnlyDrainedStillShowsItsSample() {
    Sample tail = sample(21, Phase.DRAINING);

    assertThat(Readout.pick(null, List.of(tail))).isSameAs(tail);
  }
}
