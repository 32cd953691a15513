package wsarena.report.chart;

import wsarena.metrics.Percentile;

/**
 * The colours a chart draws with, by name; each {@link ChartLook} gives each its shade (darker on
 * white, lighter on the dark theme). In this order they are also the runs' colours ({@link
 * RunPalette}): ten hues a projector keeps apart, with no two of the orange-brown family (three of
 * those, side by side, could not be told apart on a projector with twelve runs open).
 */
public enum Hue {
  BLUE,
  ORANGE,
  PURPLE,
  GREEN,
  RED,
  TEAL,
  MAGENTA,
  GOLD,
  GREY,
  LIME;

  /** The hue of a latency percentile on every chart: p50 blue, p90 green, p99 gold, p99.9 red, max purple. */
  public static Hue of(Percentile p) {
    return switch (p) {
      case P50 -> BLUE;
      case P90 -> GREEN;
      case P99 -> GOLD;
      case P999 -> RED;
      case MAX -> PURPLE;
    };
  }
}
