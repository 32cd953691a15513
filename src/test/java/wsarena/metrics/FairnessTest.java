package wsarena.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Jain's index over the answers each connection got: 1 when even, 1/n when one connection got them all. */
class FairnessTest {
  @Test
  void evenConnectionsAreFairAndOneConnectionServedAloneIsOneOverN() {
    Fairness even = Fairness.of(new long[] {250, 250, 250, 250});
    assertThat(even.jainIndex()).isEqualTo(1.0);
    assertThat(even.lowest()).isEqualTo(250);
    assertThat(even.highest()).isEqualTo(250);

    Fairness alone = Fairness.of(new long[] {0, 1000, 0, 0});
    assertThat(alone.jainIndex()).isCloseTo(0.25, within(1e-12));
    assertThat(alone.lowest()).isZero();
    assertThat(alone.median()).isZero();
    assertThat(alone.highest()).isEqualTo(1000);
    assertThat(alone.connections()).isEqualTo(4);
  }

  @Test
  void aTwoSpeedServerShowsBetweenTheTwo() {
    // half the connections answered ten times as often as the other half: (5500)² / (10 · (5·1000² + 5·100²)) = 0.599
    long[] counts = {1000, 1000, 1000, 1000, 1000, 100, 100, 100, 100, 100};
    Fairness f = Fairness.of(counts);
    assertThat(f.jainIndex()).isCloseTo(5500.0 * 5500 / (10 * (5 * 1e6 + 5 * 1e4)), within(1e-12));
    assertThat(f.median()).isEqualTo(550);
  }

  @Test
  void noConnectionOrNoAnswerIsNotKnownRatherThanFair() {
    assertThat(Fairness.of(new long[0]).known()).isFalse();
    assertThat(Fairness.of(new long[] {0, 0, 0}).known()).isFalse();
    assertThat(Fairness.of(null)).isEqualTo(Fairness.UNKNOWN);
  }
}
