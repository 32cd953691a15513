package wsarena.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class GeneratorHealthTest {

  static Sample sample(double busyPercent, long lagMicros) {
    return new Sample(
        1000,
        1000,
        Phase.MEASURING,
        new Sample.Connections(10, 0, 0, 0),
        new Sample.Counts(100, 100, 0, 6400, 6400),
        new Sample.Latency(100, 200, 300, 400, 500),
        new Sample.Resources(50, 40, 1, 1, 1),
        new Sample.GeneratorLoad(busyPercent, lagMicros));
  }

  @Test
  void aSaturatedOrLateIntervalIsBound() {
    assertThat(GeneratorHealth.bound(sample(95, 0))).isTrue();
    assertThat(GeneratorHealth.bound(sample(10, 15_000))).isTrue();
    assertThat(GeneratorHealth.bound(sample(60, 2_000))).isFalse();
  }

  @Test
  void theRunIsFlaggedWhenAQuarterOfItsIntervalsAreBound() {
    List<Sample> samples = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      samples.add(sample(30, 0));
    }
    samples.add(sample(99, 0));
    assertThat(GeneratorHealth.verdict(samples)).isNull();
    samples.add(sample(99, 0));
    samples.add(sample(99, 0));
    assertThat(GeneratorHealth.verdict(samples)).startsWith(GeneratorHealth.WARNING).contains("3 of 11");
  }
}
