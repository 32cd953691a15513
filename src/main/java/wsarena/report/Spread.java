package wsarena.report;

import java.util.Arrays;
import java.util.Optional;

/**
 * A figure over repeated runs of one target: the median, which one odd run cannot move, and the
 * lowest and highest, which say how far the runs agreed.
 *
 * @param count how many runs gave a value
 */
public record Spread(double median, double min, double max, int count) {

  /** The spread of {@code values}; empty when there are none. */
  public static Optional<Spread> of(double... values) {
    if (values.length == 0) {
      return Optional.empty();
    }
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    double median = n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    return Optional.of(new Spread(median, sorted[0], sorted[n - 1], n));
  }
}
