package wsarena.metrics;

import wsarena.testsupport.Samples;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class GeneratorHealthTest {

  @Test
  void aSaturatedOrLateIntervalIsBound() {
    assertThat(GeneratorHealth.bound(Samples.generator(95, 0))).isTrue();
    assertThat(GeneratorHealth.bound(Samples.generator(10, 15_000))).isTrue();
    assertThat(GeneratorHealth.bound(Samples.generator(60, 2_000))).isFalse();
  }

  @Test
  void theRunIsFlaggedWhenAQuarterOfItsIntervalsAreBound() {
    List<Sample> samples = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      samples.add(Samples.generator(30, 0));
    }
    samples.add(Samples.generator(99, 0));
    assertThat(GeneratorHealth.verdict(samples)).isNull();
    samples.add(Samples.generator(99, 0));
    samples.add(Samples.generator(99, 0));
    assertThat(GeneratorHealth.verdict(samples)).startsWith(GeneratorHealth.WARNING).contains("3 of 11");
  }
}
