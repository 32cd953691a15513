package wsarena.report;

import java.util.Locale;

/** How figures are written for people: one place, so the CLI, reports and the window agree. */
public final class Units {
  private Units() {}

  /** Microseconds as milliseconds, e.g. {@code 0.612} or {@code 12.4}. */
  public static String millis(long micros) {
    double ms = micros / 1000.0;
    if (ms < 1) {
      return String.format(Locale.ROOT, "%.3f", ms);
    }
    return ms < 100 ? String.format(Locale.ROOT, "%.2f", ms) : String.format(Locale.ROOT, "%.0f", ms);
  }

  /** A rate with a thousands separator, e.g. {@code 81,234}. */
  public static String count(double value) {
    return String.format(Locale.ROOT, "%,.0f", value);
  }

  public static String megabytes(double mb) {
    return String.format(Locale.ROOT, mb < 10 ? "%.2f" : "%.1f", mb);
  }

  /** A CPU percentage, or {@code n/a} when unknown (negative). */
  public static String percent(double pct) {
    return pct < 0 ? "n/a" : String.format(Locale.ROOT, "%.0f %%", pct);
  }

  /** Bytes as MiB, or {@code n/a} when unknown (negative). */
  public static String mebibytes(long bytes) {
    return bytes < 0 ? "n/a" : String.format(Locale.ROOT, "%.0f MiB", bytes / (1024.0 * 1024));
  }

  public static String seconds(long millis) {
    return String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
  }
}
