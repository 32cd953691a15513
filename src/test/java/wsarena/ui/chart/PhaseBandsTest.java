package wsarena.ui.chart;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import wsarena.metrics.Phase;
import wsarena.metrics.Sample;

class PhaseBandsTest {
  private final PhaseBands bands = new PhaseBands();

  static Sample at(long elapsedMillis, Phase phase) {
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
  void consecutiveSamplesOfOnePhaseMakeOneBand() {
    bands.add(at(1000, Phase.WARMUP));
    bands.add(at(2000, Phase.WARMUP));
    bands.add(at(3000, Phase.MEASURING));
    bands.add(at(4000, Phase.MEASURING));

    assertThat(bands.bands())
        .containsExactly(
            new PhaseBands.Band(Phase.WARMUP, 0, 2), new PhaseBands.Band(Phase.MEASURING, 2, 4));
  }

  @Test
  void bandsOutOfTheWindowAreDropped() {
    bands.add(at(1000, Phase.RAMP));
    bands.add(at(5000, Phase.MEASURING));

    bands.dropBefore(3);

    assertThat(bands.bands()).extracting(PhaseBands.Band::phase).containsExactly(Phase.MEASURING);
  }
}
