package wsarena.metrics;

import org.HdrHistogram.Histogram;
import wsarena.scenario.Rate;

/**
 * The closed-loop run's corrected latency view. Closed loop hides stalls: a connection waiting for
 * a slow answer sends nothing meanwhile, so the stall is one slow answer instead of many. The
 * corrected view adds the answers that would have waited had messages kept their usual pace (think
 * time plus the median round trip), as HdrHistogram's correction does. Open loop needs none: its
 * latency already counts from the intended send time.
 */
public final class CoordinatedOmission {
  private CoordinatedOmission() {}

  /** The corrected copy of {@code measured} for a closed-loop {@code rate}; null for open loop or no data. */
  public static Histogram corrected(Rate rate, Histogram measured) {
    if (!(rate instanceof Rate.ClosedLoop c) || measured.getTotalCount() == 0) {
      return null;
    }
    long expectedMicros = c.thinkTime().toNanos() / 1000 + measured.getValueAtPercentile(50);
    return measured.copyCorrectedForCoordinatedOmission(Math.max(1, expectedMicros));
  }
}
