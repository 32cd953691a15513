package wsarena.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The swap: one interval's figures handed over whole, and the next interval starting from nothing. */
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
    r.sendLag(5_000_000, 0);
    r.sendLag(2_000_000, 0);

    IntervalFigures first = r.swap();
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
    IntervalFigures second = r.swap();
    assertThat(second.received()).isEqualTo(1);
    assertThat(second.sent()).isZero();
    assertThat(second.latency().getMaxValue()).isEqualTo(300);
    assertThat(second.measuredLatency().getTotalCount()).as("both were intended before the measured window").isZero();
    assertThat(second.timedOutUnsent()).isEqualTo(1);
    assertThat(second.fates()).isEqualTo(new Fates(0, 0, 1, 0, 0));
    assertThat(second.troubles()).isEqualTo(Troubles.NONE);
  }

  @Test
  void theIntervalAfterASwapStartsFromNothingEvenInTheFiguresOfTheOneBeforeTheLast() {
    IntervalRecorder r = new IntervalRecorder();
    r.sent(64);
    r.connectFailed(ConnectFailure.values()[0]);
    r.handshake(2_000);
    r.swap(); // the first set of figures, now the sampler's
    r.swap(); // the second, empty; the first comes back to the worker, reset
    r.received(500, 8);
    IntervalFigures third = r.swap();
    assertThat(third.sent()).isZero();
    assertThat(third.errors()).isZero();
    assertThat(third.connectFailures()).isEqualTo(FailuresByCause.NONE);
    assertThat(third.handshakes()).isZero();
    assertThat(third.received()).isEqualTo(1);
    assertThat(third.latency().getTotalCount()).isEqualTo(1);
    assertThat(third.phaseTimed().getTotalCount()).isEqualTo(1);
  }
}
