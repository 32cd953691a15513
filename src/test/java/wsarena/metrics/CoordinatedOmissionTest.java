package wsarena.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;
import wsarena.scenario.Rate;

class CoordinatedOmissionTest {

  /** 99 answers of 100 µs and one stall of 10 ms, as a closed-loop connection records them. */
  private static Histogram oneStall() {
    Histogram h = new Histogram(3);
    h.recordValueWithCount(100, 99);
    h.recordValue(10_000);
    return h;
  }

  @Test
  void closedLoopAddsTheAnswersAStallHid() {
    // pace: 400 µs think time + the 100 µs median; the 10 ms stall hid 19 more sends at that pace
    Histogram corrected = CoordinatedOmission.corrected(new Rate.ClosedLoop(Duration.ofNanos(400_000)), oneStall());

    assertThat(corrected.getTotalCount()).isEqualTo(100 + 19);
    assertThat(corrected.getMaxValue()).isEqualTo(oneStall().getMaxValue());
    assertThat(corrected.getValueAtPercentile(90)).isGreaterThan(oneStall().getValueAtPercentile(90));
  }

  @Test
  void openLoopAndEmptyRunsHaveNoCorrectedView() {
    assertThat(CoordinatedOmission.corrected(new Rate.OpenLoop(1000), oneStall())).isNull();
    assertThat(CoordinatedOmission.corrected(Rate.ClosedLoop.noThinkTime(), new Histogram(3))).isNull();
  }
}
