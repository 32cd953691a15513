package wsarena.report.chart;

import java.util.Locale;

/**
 * Axis steps and tick labels shared by the window's live charts and the PNG charts, so both read
 * the same: round steps, latencies in their unit, percentiles by their nines.
 */
public final class Ticks {
  private static final double[] ROUND = {1, 2, 2.5, 5, 10};

  private Ticks() {}

  /** The smallest round step (1, 2, 2.5 or 5 times a power of ten) at least {@code raw}. */
  public static double roundStep(double raw) {
    double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
    for (double n : ROUND) {
      if (n * magnitude >= raw) {
        return n * magnitude;
      }
    }
    return 10 * magnitude;
  }

  /** A latency tick in its unit: {@code 100 µs}, {@code 1 ms}, {@code 1 s}. */
  public static String latency(double micros) {
    if (micros < 999.5) {
      return String.format(Locale.ROOT, "%.0f µs", micros);
    }
    if (micros < 999_500) {
      return String.format(Locale.ROOT, "%.0f ms", micros / 1000);
    }
    return String.format(Locale.ROOT, "%.0f s", micros / 1_000_000);
  }

  /** A position on HdrHistogram's percentile axis (its nines) as a percentile: 3 → 99.9%. */
  public static String percentile(double nines) {
    if (nines <= 0) {
      return "0%";
    }
    double percentile = 100 * (1 - Math.pow(10, -nines));
    return String.format(Locale.ROOT, "%." + Math.max(0, (int) Math.round(nines) - 2) + "f", percentile) + "%";
  }
}
