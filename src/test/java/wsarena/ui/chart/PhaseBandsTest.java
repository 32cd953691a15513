package wsarena.ui.chart;

import wsarena.testsupport.Samples;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import wsarena.metrics.Phase;
import wsarena.metrics.Sample;

class PhaseBandsTest {
  private final PhaseBands bands = new PhaseBands();

  @Test
  void consecutiveSamplesOfOnePhaseMakeOneBand() {
    bands.add(Samples.quiet(1000, Phase.WARMUP));
    bands.add(Samples.quiet(2000, Phase.WARMUP));
    bands.add(Samples.quiet(3000, Phase.MEASURING));
    bands.add(Samples.quiet(4000, Phase.MEASURING));

    assertThat(bands.bands())
        .containsExactly(
            new PhaseBands.Band(Phase.WARMUP, 0, 2), new PhaseBands.Band(Phase.MEASURING, 2, 4));
  }

  @Test
  void bandsOutOfTheWindowAreDropped() {
    bands.add(Samples.quiet(1000, Phase.RAMP));
    bands.add(Samples.quiet(5000, Phase.MEASURING));

    bands.dropBefore(3);

    assertThat(bands.bands()).extracting(PhaseBands.Band::phase).containsExactly(Phase.MEASURING);
  }
}
