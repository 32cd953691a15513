package wsarena.metrics;

/**
 * The latency percentiles every view draws and prints, in this order: an interval's lines on the
 * live chart, a sweep's curves, the progress columns, the checks of a saved file. One list, so a
 * percentile added here reaches all of them.
 */
public enum Percentile {
  P50("p50"),
  P90("p90"),
  P99("p99"),
  P999("p99.9"),
  MAX("max");

  private final String label;

  Percentile(String label) {
    this.label = label;
  }

  /** Its name on a chart or in a table, e.g. {@code p99.9}. */
  public String label() {
    return label;
  }

  /** Its value in an interval, µs. */
  public long micros(Sample.Latency l) {
    return switch (this) {
      case P50 -> l.p50Micros();
      case P90 -> l.p90Micros();
      case P99 -> l.p99Micros();
      case P999 -> l.p999Micros();
      case MAX -> l.maxMicros();
    };
  }

  /** Its value over a whole run, µs. */
  public long micros(LatencySummary s) {
    return micros(Sample.Latency.of(s));
  }

  /** Its value at a sweep's step, µs. */
  public long micros(SweepStep s) {
    return switch (this) {
      case P50 -> s.p50Micros();
      case P90 -> s.p90Micros();
      case P99 -> s.p99Micros();
      case P999 -> s.p999Micros();
      case MAX -> s.maxMicros();
    };
  }
}
