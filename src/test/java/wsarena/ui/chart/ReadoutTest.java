package wsarena.ui.chart;

import wsarena.testsupport.Samples;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import wsarena.metrics.Phase;
import wsarena.metrics.Sample;

class ReadoutTest {
  @Test
  void theLegendReadsTheNewestSample() {
    Sample first = Samples.quiet(1000, Phase.MEASURING);
    Sample second = Samples.quiet(2000, Phase.MEASURING);

    assertThat(Readout.pick(null, List.of(first, second))).isSameAs(second);
  }

  @Test
  void theDrainingTailLeavesTheLastFullIntervalOnTheLegend() {
    Sample measured = Samples.quiet(2000, Phase.MEASURING);
    Sample tail = Samples.quiet(2021, Phase.DRAINING);

    assertThat(Readout.pick(null, List.of(measured, tail))).isSameAs(measured);
    assertThat(Readout.pick(measured, List.of(tail))).isSameAs(measured);
  }

  @Test
  void aRunThatOnlyDrainedStillShowsItsSample() {
    Sample tail = Samples.quiet(21, Phase.DRAINING);

    assertThat(Readout.pick(null, List.of(tail))).isSameAs(tail);
  }
}
