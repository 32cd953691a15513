package wsarena.report.chart;

import java.awt.Color;
import java.util.EnumMap;
import java.util.Map;

/**
 * One look of the charts (light, dark, and either in presentation mode): the colours, type and
 * lines that the window's charts, their PNG exports and the report's pictures are drawn with. The
 * window's theme picks one; the command line and the report draw {@link #LIGHT} (white, for print
 * and slides).
 *
 * @param name {@code light} or {@code dark}, with {@code presentation} when it is that mode
 * @param dark true on a dark background
 * @param background behind the chart in a picture (in the window the card shows through)
 * @param ink titles, tick labels, legend entries
 * @param muted axis names, the scenario line, the host line
 * @param grid the grid lines
 * @param phaseShade ramp and warm-up, which are not measured
 * @param typeScale the window's type size against the normal look's (presentation is larger)
 * @param lineScale the window's line width against the normal look's
 */
public record ChartLook(
    String name,
    boolean dark,
    Color background,
    Color ink,
    Color muted,
    Color grid,
    Color phaseShade,
    Map<Hue, Color> hues,
    double typeScale,
    double lineScale) {

  /** White, the window's light theme and every picture of the command line and the report. */
  public static final ChartLook LIGHT =
      new ChartLook(
          "light", false, Color.WHITE, new Color(0x1f2328), new Color(0x59636e), new Color(0xd8dee4),
          new Color(89, 99, 110, 36),
          hues(0x0969da, 0xe8590c, 0x8250df, 0x1a7f37, 0xcf222e, 0x0b8a94, 0xbf3989, 0xa68000, 0x57606a, 0x6a9a00),
          1, 1);

  /** The window's dark theme (GitHub's Primer dark): lighter shades of the same hues. */
  public static final ChartLook DARK =
      new ChartLook(
          "dark", true, new Color(0x0d1117), new Color(0xe6edf3), new Color(0x9198a1), new Color(0x30363d),
          new Color(139, 148, 158, 40),
          hues(0x58a6ff, 0xff8c42, 0xbc8cff, 0x3fb950, 0xff6b6b, 0x39c5cf, 0xf778ba, 0xe3b341, 0xa0a8b1, 0xb5e048),
          1, 1);

  /** Type a third larger and lines half again as thick: read from the back of a room. */
  private static final double PRESENTATION_TYPE = 1.35;
  private static final double PRESENTATION_LINES = 1.6;

  /** Tick labels in the window at the normal look, in pixels. */
  private static final double SCREEN_TICK = 12;
  private static final float SCREEN_LINE = 2f;

  private static Map<Hue, Color> hues(int... rgb) {
    Map<Hue, Color> out = new EnumMap<>(Hue.class);
    for (Hue h : Hue.values()) {
      out.put(h, new Color(rgb[h.ordinal()]));
    }
    return Map.copyOf(out);
  }

  /** The look of a theme, in presentation mode or not. */
  public static ChartLook of(boolean dark, boolean presentation) {
    ChartLook base = dark ? DARK : LIGHT;
    return presentation ? base.presentation() : base;
  }

  /** This look in presentation mode. */
  public ChartLook presentation() {
    return typeScale > 1
        ? this
        : new ChartLook(name + " presentation", dark, background, ink, muted, grid, phaseShade, hues, PRESENTATION_TYPE, PRESENTATION_LINES);
  }

  public boolean isPresentation() {
    return typeScale > 1;
  }

  public Color colour(Hue hue) {
    return hues.get(hue);
  }

  /** The colour of run {@code index} side by side. */
  public Color run(int index) {
    return colour(RunPalette.hue(index));
  }

  /** Tick labels on a chart in the window. */
  public double screenTickSize() {
    return Math.round(SCREEN_TICK * typeScale);
  }

  /** Lines on a chart in the window. */
  public float screenLineWidth() {
    return (float) (SCREEN_LINE * lineScale);
  }

  /** {@code #rrggbb}, for the window's stylesheet. */
  public static String css(Color c) {
    return String.format("#%02x%02x%02x", c.getRed(), c.getGreen(), c.getBlue());
  }
}
