package wsarena.ui;

import java.util.Locale;

/**
 * How the window writes figures: short, with their unit, legible from the back of a room. Only
 * formatting lives here; every figure arrives computed from the core.
 */
public final class Units {
  private Units() {}

  /** A latency in microseconds, e.g. {@code 850 µs}, {@code 1.24 ms}, {@code 2.5 s}. */
  public static String latency(double micros) {
    if (micros < 0) {
      return "–";
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

  /** A latency axis tick in milliseconds, without needless decimals. */
  public static String millisTick(double millis) {
    if (millis == 0) {
      return "0";
    }
    if (Math.abs(millis) >= 10) {
      return fmt("%.0f ms", millis);
    }
    if (Math.abs(millis) >= 1) {
      return trim(fmt("%.1f", millis)) + " ms";
    }
    return trim(fmt("%.2f", millis)) + " ms";
  }

  /** A count, shortened: {@code 950}, {@code 12.3k}, {@code 1.25M}. */
  public static String count(double value) {
    double abs = Math.abs(value);
    if (abs < 1_000) {
      return trim(fmt("%.1f", value));
    }
    if (abs < 1_000_000) {
      return trim(fmt(abs < 10_000 ? "%.2f" : abs < 100_000 ? "%.1f" : "%.0f", value / 1_000)) + "k";
    }
    return trim(fmt(abs < 10_000_000 ? "%.2f" : "%.1f", value / 1_000_000)) + "M";
  }

  /** A whole count with thousands separators: {@code 81,234}. */
  public static String whole(double value) {
    return String.format(Locale.ROOT, "%,.0f", value);
  }

  /** A rate in messages per second: {@code 81.2k/s}. */
  public static String perSecond(double value) {
    return count(value) + "/s";
  }

  public static String megabytesPerSecond(double value) {
    return (value < 10 ? fmt("%.2f", value) : fmt("%.1f", value)) + " MB/s";
  }

  /** A percentage; negative means not known. */
  public static String percent(double value) {
    return value < 0 ? "–" : fmt("%.0f %%", value);
  }

  /** Bytes in binary units: {@code 512 MiB}; negative means not known. */
  public static String bytes(double value) {
    if (value < 0) {
      return "–";
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

  /** Seconds on a time axis: {@code 45 s}, {@code 2:30}. */
  public static String elapsed(double seconds) {
    if (seconds < 120) {
      return fmt("%.0f s", seconds);
    }
    long s = Math.round(seconds);
    return fmt("%d:%02d", s / 60, s % 60);
  }

  /** A duration for a form field: {@code 10s}, {@code 500ms}, {@code 2m}. */
  public static String durationField(java.time.Duration d) {
    long ms = d.toMillis();
    if (ms % 60_000 == 0 && ms >= 60_000) {
      return ms / 60_000 + "m";
    }
    if (ms % 1000 == 0) {
      return ms / 1000 + "s";
    }
    return ms + "ms";
  }

  /** A plain number for a form field: {@code 100}, {@code 2.5}. */
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
