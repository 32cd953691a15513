package wsarena.probe;

/** Byte counts and durations as people read them in the probe's details. */
final class Sizes {
  private Sizes() {}

  /** {@code 1 KiB}, {@code 16 MiB}, {@code 3,072 bytes}: binary units when the count is exact. */
  static String bytes(long n) {
    if (n >= 1 << 20 && n % (1 << 20) == 0) {
      return (n >> 20) + " MiB";
    }
    if (n >= 1 << 10 && n % (1 << 10) == 0) {
      return (n >> 10) + " KiB";
    }
    return String.format(java.util.Locale.ROOT, "%,d bytes", n);
  }

  /** {@code 5 s}, {@code 500 ms}. */
  static String duration(java.time.Duration d) {
    long millis = d.toMillis();
    return millis % 1000 == 0 ? millis / 1000 + " s" : millis + " ms";
  }

  /**
   * {@code 0.42 ms}, {@code 35.1 ms}, {@code 3.36 s}: a time measured with {@link
   * System#nanoTime()}.
   */
  static String millis(long nanos) {
    double millis = nanos / 1e6;
    if (millis < 10) {
      return String.format(java.util.Locale.ROOT, "%.2f ms", millis);
    }
    if (millis < 1000) {
      return String.format(java.util.Locale.ROOT, "%.1f ms", millis);
    }
    return String.format(java.util.Locale.ROOT, "%.2f s", millis / 1000);
  }
}
