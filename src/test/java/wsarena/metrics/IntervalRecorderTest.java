package wsarena.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IntervalRecorderTest {

  @Test
  void aSwapHandsOverOneIntervalsLatenciesAndCountsTogether() {
    IntervalRecorder r = new IntervalRecorder();
    r.sent(64);
    r.sent(64);
    r.received(150, 64);
    r.error();
    r.handshake();
    r.sendLag(5_000);
    r.sendLag(2_000);

    IntervalRecorder.Interval first = r.swap();
    assertThat(first.sent()).isEqualTo(2);
    assertThat(first.bytesSent()).isEqualTo(128);
    assertThat(first.received()).isEqualTo(1).isEqualTo(first.latency().getTotalCount());
    assertThat(first.latency().getMaxValue()).isEqualTo(150);
    assertThat(first.errors()).isEqualTo(1);
    assertThat(first.handshakes()).isEqualTo(1);
    assertThat(first.worstSendLagNanos()).isEqualTo(5_000);

    r.received(300, 64);
    IntervalRecorder.Interval second = r.swap();
    assertThat(second.received()).isEqualTo(1);
    assertThat(second.sent()).isZero();
    assertThat(second.latency().getMaxValue()).isEqualTo(300);
  }

  @Test
  void clampsValuesOutsideTheTrackableRange() {
    IntervalRecorder r = new IntervalRecorder();
    r.received(-5, 1);
    r.received(Long.MAX_VALUE, 1);
    IntervalRecorder.Interval i = r.swap();
    assertThat(i.latency().getTotalCount()).isEqualTo(2);
    assertThat(i.latency().getMinValue()).isEqualTo(1);
    assertThat(i.latency().getMaxValue()).isGreaterThanOrEqualTo(IntervalRecorder.HIGHEST_TRACKABLE_MICROS);
  }
}
