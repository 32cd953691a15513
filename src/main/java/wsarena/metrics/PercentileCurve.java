package wsarena.metrics;

import java.util.ArrayList;
import java.util.List;
import org.HdrHistogram.AbstractHistogram;
import org.HdrHistogram.HistogramIterationValue;

/**
 * The percentile distribution of a histogram, as HdrHistogram's plotter draws it: the x axis is
 * {@code 1 / (1 - percentile)}, so 90 %, 99 %, 99.9 % and 99.99 % are evenly spaced on a log scale.
 */
public final class PercentileCurve {
  /** Points per halving of the remaining distance to 100 %, as in HdrHistogram's .hgrm output. */
  private static final int TICKS_PER_HALF_DISTANCE = 5;

  private PercentileCurve() {}

  /**
   * @param percentile 0 to 100
   * @param latencyMicros the latency at that percentile
   */
  public record Point(double percentile, long latencyMicros) {
    /** {@code 1 / (1 - percentile/100)}: 1 at 0 %, 10 at 90 %, 100 at 99 %, ... */
    public double inverseTail() {
      double remaining = 1.0 - percentile / 100.0;
      return remaining <= 0 ? Double.POSITIVE_INFINITY : 1.0 / remaining;
    }
  }

  /** The curve of {@code histogram}, ending at its maximum; empty for an empty histogram. */
  public static List<Point> of(AbstractHistogram histogram) {
    List<Point> points = new ArrayList<>();
    if (histogram.getTotalCount() == 0) {
      return points;
    }
    for (HistogramIterationValue v : histogram.percentiles(TICKS_PER_HALF_DISTANCE)) {
      double percentile = v.getPercentileLevelIteratedTo();
      if (percentile >= 100.0) {
        break;
      }
      points.add(new Point(percentile, histogram.highestEquivalentValue(v.getValueIteratedTo())));
    }
    // The last point is the maximum, drawn at the last finite position the count allows.
    double lastPercentile = 100.0 * (1.0 - 1.0 / histogram.getTotalCount());
    points.add(new Point(Math.max(lastPercentile, points.isEmpty() ? 0 : points.getLast().percentile()), histogram.getMaxValue()));
    return points;
  }
}
