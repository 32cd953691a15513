package wsarena.run;

import java.time.Duration;
import java.time.Instant;
import wsarena.scenario.Scenario;

/**
 * How long a run's ramp may last, alone or as one segment of several load machines: apart from
 * {@link Run} so the phase sequence reads without the arithmetic of its limits.
 */
final class PhaseLengths {
  /** Extra time allowed for handshakes beyond the ramp's own length. */
  private static final Duration RAMP_GRACE = Duration.ofSeconds(15);
  /** A segment run: the ramp ends at the first interval boundary this long after its own length. */
  private static final Duration ALIGNED_RAMP_GRACE = Duration.ofSeconds(5);

  private PhaseLengths() {}

  static Duration rampLimit(Scenario scenario) {
    // all at once still takes time: allow 1,000 handshakes a second on top of the grace
    double rampSeconds =
        scenario.load().connections()
            / (scenario.load().rampPerSecond() > 0 ? scenario.load().rampPerSecond() : 1_000.0);
    return Duration.ofMillis((long) (rampSeconds * 1000)).plus(RAMP_GRACE);
  }

  /**
   * The ramp of a segment run: its planned length and five seconds for the handshakes, rounded up to whole intervals, so
   * that every segment's warm-up starts on the same boundary.
   */
  static Duration alignedRamp(Scenario scenario) {
    long intervalNanos = scenario.interval().toNanos();
    double rampSeconds =
        scenario.load().rampPerSecond() > 0 ? scenario.load().connections() / scenario.load().rampPerSecond() : 0;
    long planned = (long) (rampSeconds * 1e9) + ALIGNED_RAMP_GRACE.toNanos();
    return Duration.ofNanos((planned + intervalNanos - 1) / intervalNanos * intervalNanos);
  }

  /** Why this segment cannot join the others any more, or null: it is ready after their start. */
  static String lateStart(Scenario scenario, long baseNanos, Instant startAt) {
    long lateNanos = System.nanoTime() - baseNanos;
    if (lateNanos <= scenario.interval().toNanos()) {
      return null;
    }
    return String.format(
        java.util.Locale.ROOT,
        "this segment was ready %.1f s after --start-at %s, so the segments on time started without it: give the load machines more time before the start",
        lateNanos / 1e9, startAt);
  }
}
