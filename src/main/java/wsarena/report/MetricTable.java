package wsarena.report;

import wsarena.text.Units;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * The figures of a comparison, computed once: each contender's {@link Spread} of each {@link
 * Metric} that applies, the best per metric, and deltas against a baseline. The views draw it
 * (the Compare view's bars and table, the shootout's tables, the bar charts); none of them computes
 * a figure itself.
 */
public final class MetricTable {
  private final List<Contender> contenders;
  private final List<Metric> metrics;
  private final List<List<Optional<Spread>>> spreads = new ArrayList<>();

  private MetricTable(List<Contender> contenders, List<Metric> metrics) {
    this.contenders = List.copyOf(contenders);
    this.metrics = List.copyOf(metrics);
    for (Contender c : contenders) {
      spreads.add(metrics.stream().map(c::spread).toList());
    }
  }

  /** The contenders by every metric that applies to at least one of them. */
  public static MetricTable of(List<Contender> contenders) {
    List<Metric> applying =
        Metric.all().stream()
            .filter(m -> contenders.stream().anyMatch(c -> c.counted().stream().anyMatch(m::applies)))
            .toList();
    return new MetricTable(contenders, applying);
  }

  public List<Contender> contenders() {
    return contenders;
  }

  /** The metrics that apply, in {@link Metric} order. */
  public List<Metric> metrics() {
    return metrics;
  }

  /** Contender {@code index}'s figure; empty when the metric does not apply to it (or is not in the table). */
  public Optional<Spread> spread(int index, Metric metric) {
    int m = metrics.indexOf(metric);
    return m < 0 ? Optional.empty() : spreads.get(index).get(m);
  }

  /**
   * The contender with the best median of {@code metric}; empty with fewer than two figures to
   * compare, or when the best is tied.
   */
  public OptionalInt best(Metric metric) {
    int best = -1;
    int figures = 0;
    boolean tied = false;
    for (int i = 0; i < contenders.size(); i++) {
      Optional<Spread> s = spread(i, metric);
      if (s.isEmpty()) {
        continue;
      }
      figures++;
      double v = s.get().median();
      if (best < 0 || metric.isBetter(v, spread(best, metric).orElseThrow().median())) {
        best = i;
        tied = false;
      } else if (v == spread(best, metric).orElseThrow().median()) {
        tied = true;
      }
    }
    return figures < 2 || tied ? OptionalInt.empty() : OptionalInt.of(best);
  }

  /**
   * How far contender {@code index}'s median is from the baseline's, in percent of the
   * baseline's: +12.5 for 12.5 % more. Empty where either has no figure or the baseline's is 0.
   */
  public OptionalDouble deltaPercent(int index, Metric metric, int baseline) {
    Optional<Spread> value = spread(index, metric);
    Optional<Spread> base = spread(baseline, metric);
    if (value.isEmpty() || base.isEmpty() || base.get().median() == 0) {
      return OptionalDouble.empty();
    }
    return OptionalDouble.of((value.get().median() - base.get().median()) / Math.abs(base.get().median()) * 100);
  }

  /**
   * A median for a table cell, {@value Units#NOT_KNOWN} where the metric does not apply, {@value
   * #FAILED} for a contender whose every run failed.
   */
  public String cell(int index, Metric metric) {
    return spread(index, metric)
        .map(s -> metric.cell(s.median()))
        .orElse(contenders.get(index).failure().isPresent() ? FAILED : Units.NOT_KNOWN);
  }

  /** What a cell of a contender whose every run failed says, instead of a zero. */
  public static final String FAILED = "failed";

  /**
   * One line per contender whose every run failed, with why, e.g. {@code 127.0.0.1-1 failed:
   * Connection refused}; what goes under a table whose cells say {@value #FAILED}.
   */
  public List<String> failures() {
    return contenders.stream().filter(c -> c.failure().isPresent()).map(c -> c.name() + " " + c.failure().orElseThrow()).toList();
  }

  /** How many of a contender's runs its figures rest on: {@code 3}, {@code 2 of 3}, {@code 0 of 1 (failed)}. */
  public static String runs(Contender c) {
    int counted = c.counted().size();
    if (counted == 0) {
      return "0 of " + c.runs().size() + " (failed)";
    }
    return counted == c.runs().size() ? Integer.toString(counted) : counted + " of " + c.runs().size();
  }

  /**
   * The lowest and highest for a table cell, {@code 46,780–83,008} or {@code 266–272 MiB} (a unit
   * both share is written once); empty for a single run.
   */
  public String range(int index, Metric metric) {
    return spread(index, metric)
        .filter(s -> s.count() > 1)
        .map(s -> range(metric.cell(s.min()), metric.cell(s.max())))
        .orElse("");
  }

  private static String range(String low, String high) {
    int space = low.lastIndexOf(' ');
    if (space > 0 && high.endsWith(low.substring(space))) {
      return low.substring(0, space) + "–" + high;
    }
    return low + "–" + high;
  }

  /** A delta as a table writes it: {@code +12.5 %}, {@code −3.0 %}, {@code ±0 %}; empty when none. */
  public String delta(int index, Metric metric, int baseline) {
    OptionalDouble d = deltaPercent(index, metric, baseline);
    if (d.isEmpty()) {
      return "";
    }
    return Units.signedPercent(d.getAsDouble());
  }

  /** True when the delta says the contender is better than the baseline by this metric. */
  public boolean deltaIsBetter(int index, Metric metric, int baseline) {
    OptionalDouble d = deltaPercent(index, metric, baseline);
    return d.isPresent() && (metric.better() == Metric.Better.HIGHER ? d.getAsDouble() > 0 : d.getAsDouble() < 0);
  }
}
