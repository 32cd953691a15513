package wsarena.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import wsarena.host.ClockStatus;
import wsarena.scenario.Segment;

class SegmentChecksTest {
  private static final Instant START = Instant.parse("2026-12-01T12:00:00Z");
  private static final Duration INTERVAL = Duration.ofMillis(500);

  private static SegmentInfo on(int index, ClockStatus clock, Instant startAt) {
    return new SegmentInfo(new Segment(index, 3), null, startAt, startAt, clock, Outcome.COMPLETED, List.of());
  }

  @Test
  void clocksMoreThanATenthOfAnIntervalApartAreWarnedAboutWithBothMachinesNamed() {
    List<String> w = SegmentChecks.clockWarnings(List.of(
        on(1, new ClockStatus(true, 10_000, 20_000, "a"), START),
        on(2, new ClockStatus(true, 45_000, 90_000, "b"), START),
        on(3, new ClockStatus(true, 1_000, 2_000, "c"), START)), INTERVAL);
    assertThat(w).containsExactly(
        "the load machines' clocks may be up to 55 ms apart (segment 2/3 within 45 ms of true time, segment 1/3 within 10 ms,"
            + " as their kernels estimate), more than a tenth of the 500 ms interval: their intervals may not line up");
    assertThat(SegmentChecks.clockWarnings(List.of(
        on(1, new ClockStatus(true, 10_000, 20_000, "a"), START), on(2, new ClockStatus(true, 30_000, 60_000, "b"), START)), INTERVAL))
        .as("40 ms apart at most: within 50 ms").isEmpty();
  }

  @Test
  void segmentsOnOneKernelShareOneClockEvenAnUnsynchronizedOne() {
    ClockStatus unsynced = new ClockStatus(false, 16_000_000, 16_000_000, "same-boot");
    assertThat(SegmentChecks.clockWarnings(List.of(on(1, unsynced, START), on(2, unsynced, START), on(3, unsynced, START)), INTERVAL)).isEmpty();
    assertThat(SegmentChecks.clockWarnings(List.of(on(1, unsynced, START), on(2, new ClockStatus(true, 100, 200, "other"), START)), INTERVAL))
        .containsExactly("segment 1/3's clock is not synchronized (NTP or the like): its intervals may not line up with the other machines'");
  }

  @Test
  void segmentsWithoutAStartOrAReadableClockSaySo() {
    assertThat(SegmentChecks.clockWarnings(List.of(on(1, null, null), on(2, null, null)), INTERVAL))
        .containsExactly("the segments did not share a --start-at: their intervals are matched by position, not by time");
    assertThat(SegmentChecks.clockWarnings(List.of(on(1, null, START), on(2, new ClockStatus(true, 1, 1, "x"), START)), INTERVAL))
        .containsExactly("segment 1/3 could not tell how far its clock is from true time: how far the load machines' clocks were apart is not known");
  }
}
