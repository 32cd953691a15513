package wsarena.text;

import java.time.Duration;
import java.util.Locale;

/**
 * How figures are written for people, in one place, so the window, the command line and the
 * reports write the same figure the same way.
 *
 * <p>Two families, on purpose. A table's column carries its unit in its heading and keeps one unit
 * for every row, so rows compare digit by digit: {@link #millis}, {@link #whole}, {@link
 * #megabytes}, {@link #mebibytes}. A tile, a legend or a readout stands alone, so it picks a unit
 * that keeps the figure short and names it: {@link #latency}, {@link #compact}, {@link #perSecond},
 * {@link #bytes}. A figure that could not be measured (negative by convention) reads {@value
 * #NOT_KNOWN} in both.
 */
public final class Units {
  /** What an unmeasured figure reads: a CPU share on an OS that gives none, a remote target's RSS. */
  public static final String NOT_KNOWN = "n/a";

  private Units() {}

  // ---- table cells: a fixed unit, named in the column's heading

  /** Microseconds as milliseconds without the unit, e.g. {@code 0.612} or {@code 12.4}. */
  public static String millis(long micros) {
    double ms = micros / 1000.0;
    if (ms < 1) {
      return fmt("%.3f", ms);
    }
    return ms < 100 ? fmt("%.2f", ms) : fmt("%.0f", ms);
  }

  /** A count or rate in whole units with a thousands separator: {@code 81,234}. */
  public static String whole(double value) {
    return fmt("%,.0f", value);
  }

  /** Megabytes (per second) without the unit: {@code 1.23}, {@code 45.6}. */
  public static String megabytes(double mb) {
    return fmt(mb < 10 ? "%.2f" : "%.1f", mb);
  }

  /** Bytes as whole MiB, e.g. {@code 399 MiB}, or {@value #NOT_KNOWN} when unknown (negative). */
  public static String mebibytes(long bytes) {
    return bytes < 0 ? NOT_KNOWN : fmt("%.0f MiB", bytes / (1024.0 * 1024));
  }

  /** Bytes as KiB without the unit, {@code 12.3} or {@code 215}, or {@value #NOT_KNOWN} (negative). */
  public static String kibibytes(long bytes) {
    if (bytes < 0) {
      return NOT_KNOWN;
    }
    double kib = bytes / 1024.0;
    return fmt(kib < 100 ? "%.1f" : "%,.0f", kib);
  }

  /** CPU time per message in µs without the unit, {@code 16.1}, or {@value #NOT_KNOWN} (negative). */
  public static String microsPerMessage(double micros) {
    return micros < 0 ? NOT_KNOWN : fmt("%.1f", micros);
  }

  /**
   * Context switches per message without the unit: {@code 0.031}, {@code 1.20}, {@code 14.5}, or
   * {@value #NOT_KNOWN} (negative). An event loop makes a few hundredths, a hand-off to a worker
   * pool about one: the digits that tell them apart are kept.
   */
  public static String switchesPerMessage(double switches) {
    if (switches < 0) {
      return NOT_KNOWN;
    }
    return fmt(switches < 0.1 ? "%.3f" : switches < 10 ? "%.2f" : "%.1f", switches);
  }

  // ---- figures that stand alone: the unit that keeps them short, named

  /** A latency in microseconds, e.g. {@code 850 µs}, {@code 1.24 ms}, {@code 2.50 s}. */
  public static String latency(double micros) {
    if (micros < 0) {
      return NOT_KNOWN;
    }
    if (micros < 1_000) {
      return fmt("%.0f µs", micros);
    }
    if (micros < 10_000) {
      return fmt("%.2f ms", micros / 1_000);
    }
    if (micros < 100_000) {
      return fmt("%.1f ms", micros / 1_000);
    }
    if (micros < 1_000_000) {
      return fmt("%.0f ms", micros / 1_000);
    }
    return fmt("%.2f s", micros / 1_000_000);
  }

  /** CPU time in µs with its unit: {@code 16.1 µs}, or {@value #NOT_KNOWN} (negative). */
  public static String micros(double micros) {
    return micros < 0 ? NOT_KNOWN : fmt("%.1f µs", micros);
  }

  /** A count, shortened: {@code 950}, {@code 12.3k}, {@code 1.25M}. */
  public static String compact(double value) {
    double abs = Math.abs(value);
    if (abs < 1_000) {
      return trim(fmt("%.1f", value));
    }
    if (abs < 1_000_000) {
      return trim(fmt(abs < 10_000 ? "%.2f" : abs < 100_000 ? "%.1f" : "%.0f", value / 1_000)) + "k";
    }
    return trim(fmt(abs < 10_000_000 ? "%.2f" : "%.1f", value / 1_000_000)) + "M";
  }

  /** A rate in messages per second, shortened: {@code 81.2k/s}. */
  public static String perSecond(double value) {
    return compact(value) + "/s";
  }

  public static String megabytesPerSecond(double value) {
    return megabytes(value) + " MB/s";
  }

  /** A percentage, {@code 45 %}, or {@value #NOT_KNOWN} when unknown (negative). */
  public static String percent(double value) {
    return value < 0 ? NOT_KNOWN : fmt("%.0f %%", value);
  }

  /** A change in percent with its sign: {@code +12.5 %}, {@code −3.0 %}, {@code ±0 %}. */
  public static String signedPercent(double value) {
    if (Math.abs(value) < 0.05) {
      return "±0 %";
    }
    String digits = fmt(Math.abs(value) < 100 ? "%.1f %%" : "%.0f %%", Math.abs(value));
    return (value > 0 ? "+" : "−") + digits;
  }

  /**
   * A share (a fraction: 0.001 is 0.1 %) as a percentage with the digits a small one needs: {@code
   * 0.10 %}, {@code 2.5 %}, {@code 96 %}.
   */
  public static String share(double fraction) {
    double percent = fraction * 100;
    return fmt(percent < 1 ? "%.2f %%" : percent < 10 ? "%.1f %%" : "%.0f %%", percent);
  }

  /** Bytes in the binary unit that fits: {@code 512 MiB}, {@code 1.5 GiB}; {@value #NOT_KNOWN} when negative. */
  public static String bytes(double value) {
    if (value < 0) {
      return NOT_KNOWN;
    }
    if (value == 0) {
      return "0";
    }
    double mib = value / (1024 * 1024);
    if (mib < 1) {
      return fmt("%.0f KiB", value / 1024);
    }
    if (mib < 1024) {
      return fmt(mib < 10 ? "%.1f MiB" : "%.0f MiB", mib);
    }
    double gib = mib / 1024;
    return fmt(gib < 10 ? "%.1f GiB" : "%.0f GiB", gib);
  }

  /** A span of time, to a tenth of a second: {@code 10.0 s}, {@code 0.5 s}. */
  public static String seconds(long millis) {
    return fmt("%.1f s", millis / 1000.0);
  }

  /** Seconds on a time axis: {@code 45 s}, {@code 2:30}. */
  public static String elapsed(double seconds) {
    if (seconds < 120) {
      return fmt("%.0f s", seconds);
    }
    long s = Math.round(seconds);
    return fmt("%d:%02d", s / 60, s % 60);
  }

  /**
   * How long is left, as a person estimates it: {@code about 40 s left}, {@code about 3 min left},
   * {@code about 1 h 10 min left}; under 5 s, {@code almost done}.
   */
  public static String timeLeft(Duration left) {
    long s = Math.max(0, left.toSeconds());
    if (s < 5) {
      return "almost done";
    }
    if (s < 60) {
      return "about " + (s + 4) / 5 * 5 + " s left";
    }
    long minutes = (s + 59) / 60;
    if (minutes < 60) {
      return "about " + minutes + " min left";
    }
    return "about " + minutes / 60 + " h " + fmt("%02d", minutes % 60) + " min left";
  }

  /** The first {@code shown} of {@code names} and how many more: "a, b and 10 more"; every name when they are all shown. */
  public static String firstOf(java.util.List<String> names, int shown) {
    if (shown >= names.size()) {
      return String.join(", ", names);
    }
    return String.join(", ", names.subList(0, Math.max(1, shown))) + " and " + (names.size() - Math.max(1, shown)) + " more";
  }

  /**
   * A count with its noun, singular for one: {@code 1 thread}, {@code 4 threads}, {@code 1,000
   * connections}.
   */
  public static String plural(long count, String noun) {
    return fmt("%,d", count) + " " + (count == 1 ? noun : noun + "s");
  }

  // ---- values typed back: what a form field or a flag reads

  /** A duration as it is typed: {@code 10s}, {@code 500ms}, {@code 2m}. */
  public static String durationField(Duration d) {
    long ms = d.toMillis();
    if (ms % 60_000 == 0 && ms >= 60_000) {
      return ms / 60_000 + "m";
    }
    if (ms % 1000 == 0) {
      return ms / 1000 + "s";
    }
    return ms + "ms";
  }

  /** A plain number as it is typed: {@code 100}, {@code 2.5}. */
  public static String numberField(double value) {
    return value == Math.rint(value) ? Long.toString((long) value) : trim(fmt("%.3f", value));
  }

  private static String trim(String decimal) {
    if (!decimal.contains(".")) {
      return decimal;
    }
    String t = decimal.replaceAll("0+$", "");
    return t.endsWith(".") ? t.substring(0, t.length() - 1) : t;
  }

  private static String fmt(String pattern, Object... args) {
    return String.format(Locale.ROOT, pattern, args);
  }
}
