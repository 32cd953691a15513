package wsarena.metrics;

import org.HdrHistogram.Histogram;
import wsarena.scenario.Rate;

/**
 * The closed-loop run's corrected latency view: an estimate, not a measurement. Closed loop hides
 * stalls: a connection waiting for a slow answer sends nothing meanwhile, so the stall is one slow
 * answer instead of many. The corrected view adds the answers that would have waited had each
 * connection kept its usual pace, as HdrHistogram's {@code copyCorrectedForCoordinatedOmission}
 * does: for an answer that took {@code v}, the values {@code v - e}, {@code v - 2e}, ... down to
 * {@code e}, where {@code e}, the expected interval, is the think time plus the median round trip.
 * How good the estimate is depends on that pace holding during the stall; open loop needs none,
 * because its latency already counts from the intended send time.
 */
public final class CoordinatedOmission {
  private CoordinatedOmission() {}

  /**
   * The interval the correction assumes between two messages of a connection, in µs: the think
   * time plus the median round trip; 0 for open loop or no data (no correction).
   */
  public static long expectedIntervalMicros(Rate rate, Histogram measured) {
    if (!(rate instanceof Rate.ClosedLoop c) || measured.getTotalCount() == 0) {
      return 0;
    }
    return Math.max(1, c.thinkTime().toNanos() / 1000 + measured.getValueAtPercentile(50));
  }

  /** The corrected copy of {@code measured} for a closed-loop {@code rate}; null for open loop or no data. */
  public static Histogram corrected(Rate rate, Histogram measured) {
    long expected = expectedIntervalMicros(rate, measured);
    return expected == 0 ? null : measured.copyCorrectedForCoordinatedOmission(expected);
  }
}
