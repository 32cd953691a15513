package wsarena.metrics;

import org.HdrHistogram.AbstractHistogram;

/** The percentiles of a latency histogram, in microseconds. */
public record LatencySummary(
    long count,
    double meanMicros,
    long p50Micros,
    long p90Micros,
    long p99Micros,
    long p999Micros,
    long p9999Micros,
    long maxMicros) {

  public static final LatencySummary EMPTY = new LatencySummary(0, 0, 0, 0, 0, 0, 0, 0);

  public static LatencySummary of(AbstractHistogram h) {
    if (h.getTotalCount() == 0) {
      return EMPTY;
    }
    return new LatencySummary(
        h.getTotalCount(),
        h.getMean(),
        h.getValueAtPercentile(50),
        h.getValueAtPercentile(90),
        h.getValueAtPercentile(99),
        h.getValueAtPercentile(99.9),
        h.getValueAtPercentile(99.99),
        h.getMaxValue());
  }
}
