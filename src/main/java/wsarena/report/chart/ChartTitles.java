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

  /** A bar chart of {@code metric}: {@code Latency p99 · A vs B vs C}. */
  public static String bars(Metric metric, List<String> names) {
    return of(metric.title(), names);
  }
}
