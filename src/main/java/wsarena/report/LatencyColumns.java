package wsarena.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.ToLongFunction;
import wsarena.metrics.Percentile;
import wsarena.text.Units;

/**
 * The latency columns of the tables that show every {@link Percentile} (a run's summary, a storm's
 * handshakes, a sweep's steps): one heading and one cell each, in milliseconds, so a percentile
 * added to the list reaches every table.
 */
final class LatencyColumns {
  private LatencyColumns() {}

  /** {@code before}, a heading for each percentile ({@code p50 ms}, ..., {@code max ms}), {@code after}. */
  static List<String> headings(List<String> before, List<String> after) {
    return around(before, Arrays.stream(Percentile.values()).map(p -> p.label() + " ms").toList(), after);
  }

  /** {@code before}, each percentile's value as {@code micros} gives it, in ms, {@code after}. */
  static List<String> cells(List<String> before, ToLongFunction<Percentile> micros, List<String> after) {
    return around(before, Arrays.stream(Percentile.values()).map(p -> Units.millis(micros.applyAsLong(p))).toList(), after);
  }

  private static List<String> around(List<String> before, List<String> middle, List<String> after) {
    List<String> all = new ArrayList<>(before);
    all.addAll(middle);
    all.addAll(after);
    return List.copyOf(all);
  }
}
