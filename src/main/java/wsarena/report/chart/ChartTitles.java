package wsarena.report.chart;

import java.util.List;
import wsarena.report.Metric;

/**
 * What an exported chart is called: what it shows, then the runs it shows, e.g. {@code Latency
 * distribution · Tornado vs Autobahn|Twisted vs Undertow}. The PNG charts and the window's
 * exports take their titles from here.
 */
public final class ChartTitles {
  public static final String DISTRIBUTION = "Latency distribution";
  public static final String LATENCY = "Latency percentiles";
  public static final String THROUGHPUT = "Throughput";

  private ChartTitles() {}

  /** {@code what · A vs B vs C}; every run named, however many (a long title wraps). */
  public static String of(String what, List<String> names) {
    return names.isEmpty() ? what : what + " · " + String.join(" vs ", names);
  }

  /**
   * {@code what · A vs B vs C} for up to three, else {@code what · 12 targets} (or {@code 12 runs}
   * when runs of one target were told apart, {@code tornado #2}): a picture whose legend names every
   * curve, where a title listing twelve ran to three lines.
   */
  public static String compact(String what, List<String> names) {
    if (names.size() <= 3) {
      return of(what, names);
    }
    boolean repeats = names.stream().anyMatch(n -> n.matches(".* #\\d+"));
    return what + " · " + names.size() + (repeats ? " runs" : " targets");
  }

  /**
   * A bar chart of {@code metric}, e.g. {@code Latency p99 · 12 targets}: one line (a title naming
   * ten ran to three), the runs named beside their bars.
   */
  public static String bars(Metric metric, List<String> names) {
    return compact(metric.title(), names);
  }
}
