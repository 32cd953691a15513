package wsarena.report.chart;

import java.awt.BasicStroke;

/**
 * The style of each run laid side by side, for up to {@link #SIZE} runs: a colour and a dash
 * pattern, so that twenty runs stay apart on a projector. Runs 1 to 10 take the ten {@link Hue}s
 * with solid lines; runs 11 to 20 take them again, dashed. The window's legends, swatches and lines,
 * its exports and the report all read their run styles from here.
 */
public final class RunPalette {
  /** Styles before they repeat: ten hues, solid then dashed. */
  public static final int SIZE = 2 * Hue.values().length;

  private RunPalette() {}

  /** The hue of run {@code index} (0-based); past {@link #SIZE} the styles repeat. */
  public static Hue hue(int index) {
    return Hue.values()[Math.floorMod(index, Hue.values().length)];
  }

  /** True for the second round of hues, drawn dashed. */
  public static boolean dashed(int index) {
    return Math.floorMod(index, SIZE) >= Hue.values().length;
  }

  /** The dash pattern of a dashed line of {@code width}: long enough to read as dashes when thick. */
  public static float[] dashes(float width) {
    return new float[] {3.2f * width, 2.2f * width};
  }

  /** A line of {@code width}, solid or dashed. */
  public static BasicStroke stroke(float width, boolean dashed) {
    return dashed
        ? new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, dashes(width), 0f)
        : new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
  }
}
