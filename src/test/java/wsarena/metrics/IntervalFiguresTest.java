package wsarena.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The rules an interval counts by: measured messages counted twice, latencies clamped, handshakes and pongs timed by their interval. */
class IntervalFiguresTest {

  @Test
  void clampsValuesOutsideTheTrackableRange() {
    IntervalFigures f = new IntervalFigures();
    f.received(-5, 1, false);
    f.received(Long.MAX_VALUE, 1, false);
    assertThat(f.latency().getTotalCount()).isEqualTo(2);
    assertThat(f.latency().getMinValue()).isEqualTo(1);
    assertThat(f.latency().getMaxValue()).isGreaterThanOrEqualTo(IntervalRecorder.HIGHEST_TRACKABLE_MICROS);
  }

  @Test
  void aMessageIntendedInsideTheMeasuredWindowCountsForTheIntervalAndForTheResult() {
    IntervalFigures f = new IntervalFigures();
    f.intended(true);
    f.intended(false);
    f.received(200, 64, true);
    f.answered(true);
    f.timedOut(9_000, false, false);
    f.wronglyAnswered(true);
    f.inFlightAtStop(false);

    assertThat(f.fates()).isEqualTo(new Fates(2, 1, 2, 0, 1));
    assertThat(f.measuredFates()).isEqualTo(new Fates(1, 1, 1, 0, 0));
    assertThat(f.latency().getTotalCount()).as("the answer and the give-up; a wrong answer is not timed").isEqualTo(2);
    assertThat(f.measuredLatency().getTotalCount()).isEqualTo(1);
    assertThat(f.timedOutUnsent()).isEqualTo(1);
  }

  @Test
  void aHandshakeOrAPongIsTimedByTheIntervalItEndsInAndHasNoFate() {
    IntervalFigures f = new IntervalFigures();
    f.phaseTimed(3_000);
    f.handshake();
    f.pong(400, 2);

    assertThat(f.latency().getTotalCount()).isEqualTo(2);
    assertThat(f.phaseTimed().getTotalCount()).isEqualTo(2);
    assertThat(f.measuredLatency().getTotalCount()).isZero();
    assertThat(f.handshakes()).isEqualTo(1);
    assertThat(f.received()).isEqualTo(1);
    assertThat(f.bytesReceived()).isEqualTo(2);
    assertThat(f.fates()).isEqualTo(Fates.NONE);
  }
}
