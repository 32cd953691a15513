package wsarena.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IntervalRecorderTest {

  @Test
  void aSwapHandsOverOneIntervalsLatenciesCountsAndFatesTogether() {
    IntervalRecorder r = new IntervalRecorder();
    r.intended(true);
    r.intended(true);
    r.intended(false);
    r.sent(64);
    r.sent(64);
    r.received(150, 64, true);
    r.answered(true);
    r.timedOut(5_000_000, true, true);
    r.notSent(false);
    r.protocolError(ProtocolError.OVERSIZED_FRAME);
    r.connectionLost(ConnectionLoss.SERVER_ERROR);
    r.handshake();
    r.sendLag(5_000_000);
    r.sendLag(2_000_000);

    IntervalRecorder.Interval first = r.swap();
    assertThat(first.sent()).isEqualTo(2);
    assertThat(first.bytesSent()).isEqualTo(128);
    assertThat(first.received()).isEqualTo(1);
    assertThat(first.latency().getTotalCount()).as("the answer and the give-up").isEqualTo(2);
    assertThat(first.latency().getMaxValue()).isBetween(4_990_000L, 5_010_000L);
    assertThat(first.errors()).isEqualTo(1);
    assertThat(first.troubles().protocolErrors()).containsExactly(java.util.Map.entry(ProtocolError.OVERSIZED_FRAME, 1L));
    assertThat(first.troubles().describeLost()).isEqualTo("1 server error (1011–1014)");
    assertThat(first.handshakes()).isEqualTo(1);
    assertThat(first.sendLag().getTotalCount()).isEqualTo(2);
    assertThat(first.sendLag().getMaxValue()).isBetween(4_990L, 5_010L);
    assertThat(first.fates()).isEqualTo(new Fates(3, 1, 1, 1, 0));
    assertThat(first.measuredFates()).isEqualTo(new Fates(2, 1, 1, 0, 0));
    assertThat(first.measuredLatency().getTotalCount()).isEqualTo(2);

    r.received(300, 64, false);
    r.timedOut(7, false, false);
    IntervalRecorder.Interval second = r.swap();
    assertThat(second.received()).isEqualTo(1);
    assertThat(second.sent()).isZero();
    assertThat(second.latency().getMaxValue()).isEqualTo(300);
    assertThat(second.measuredLatency().getTotalCount()).as("both were intended before the measured window").isZero();
    assertThat(second.timedOutUnsent()).isEqualTo(1);
    assertThat(second.fates()).isEqualTo(new Fates(0, 0, 1, 0, 0));
    assertThat(second.troubles()).isEqualTo(Troubles.NONE);
  }

  @Test
  void clampsValuesOutsideTheTrackableRange() {
    IntervalRecorder r = new IntervalRecorder();
    r.received(-5, 1, false);
    r.received(Long.MAX_VALUE, 1, false);
    IntervalRecorder.Interval i = r.swap();
    assertThat(i.latency().getTotalCount()).isEqualTo(2);
    assertThat(i.latency().getMinValue()).isEqualTo(1);
    assertThat(i.latency().getMaxValue()).isGreaterThanOrEqualTo(IntervalRecorder.HIGHEST_TRACKABLE_MICROS);
  }
}
