package wsarena.report.chart;

import java.util.Locale;

/**
 * How an exported chart is laid out, for the PNG charts of the command line and the window's
 * exports alike: its size in layout pixels (drawn at {@link #scale} times as many, crisp on a
 * projector), its type sizes, and where its legend goes. 16:9 by default, for slides; square for
 * posts that crop to a square.
 *
 * <p>Type sizes follow the picture's area, so a square picture gets type as readable as a wide
 * one's; the legend never covers the plot: above it for a few entries, beside it on a wide
 * picture, below it on a square one.
 *
 * @param width the layout width, before {@link #scale}
 * @param height the layout height
 * @param scale pixels per layout pixel in the PNG
 */
public record ExportLayout(int width, int height, double scale) {
  /** 1600×900 at 2× (3200×1800 pixels): a 16:9 slide or an article's full-width figure. */
  public static final ExportLayout WIDE = new ExportLayout(1600, 900, 2);

  /** 1080×1080 at 2×. */
  public static final ExportLayout SQUARE = new ExportLayout(1080, 1080, 2);

  /** A legend with more entries than this leaves the top for the side (or the bottom). */
  static final int ENTRIES_ABOVE = 5;

  /**
   * The narrowest plot area a legend goes beside: its column (a third of the width at most) then
   * still holds a name such as {@code undertow-reactor-workers} on a line or two.
   */
  static final double WIDTH_FOR_SIDE = 600;

  /** Where a chart's legend goes: never over the plot. */
  public enum LegendPlacement {
    /** One or two rows above the plot. */
    TOP,
    /** A column beside the plot, on the right. */
    RIGHT,
    /** Rows below the plot. */
    BOTTOM,
    /** No legend: the names are on an axis (bar charts), or there is one series. */
    NONE
  }

  public ExportLayout {
    if (width < 200 || height < 200 || width > 10_000 || height > 10_000) {
      throw new IllegalArgumentException("a chart is 200 to 10000 pixels on each side, not " + width + "×" + height);
    }
    if (!(scale >= 1 && scale <= 4)) {
      throw new IllegalArgumentException("draw a chart at 1× to 4×, not " + scale + "×");
    }
  }

  /**
   * Reads {@code 1600x900} (or {@code 1600×900}).
   *
   * @throws IllegalArgumentException with a sentence when it is not a size
   */
  public static ExportLayout parse(String size, double scale) {
    String[] parts = size.strip().toLowerCase(Locale.ROOT).split("[x×]");
    try {
      if (parts.length == 2) {
        return new ExportLayout(Integer.parseInt(parts[0].strip()), Integer.parseInt(parts[1].strip()), scale);
      }
    } catch (NumberFormatException e) {
      // said below
    }
    throw new IllegalArgumentException("'" + size + "' is not a size: write WIDTHxHEIGHT, e.g. 1600x900");
  }

  /** The PNG's width in pixels. */
  public int pixelWidth() {
    return (int) Math.round(width * scale);
  }

  public int pixelHeight() {
    return (int) Math.round(height * scale);
  }

  /** True for a picture wider than tall by a third or more. */
  public boolean wide() {
    return width >= height * 4 / 3;
  }

  /** Type grows with the picture's area: 1 at 1600×900 (about 1200 pixels on the side of a square of that area). */
  private double typeScale() {
    return Math.sqrt((double) width * height) / 1200;
  }

  public double titleSize() {
    return Math.round(30 * typeScale());
  }

  /**
   * The title's size for a title of {@code characters}: full size while it fits on about a line,
   * then smaller, down to three quarters, so that ten names take two lines rather than four.
   */
  public double titleSize(int characters) {
    double fits = width / (titleSize() * 0.55);
    double shrink = characters <= fits ? 1 : Math.max(0.75, fits / characters * 1.6);
    return Math.round(titleSize() * Math.min(1, shrink));
  }

  public double subtitleSize() {
    return Math.round(18 * typeScale());
  }

  public double axisLabelSize() {
    return Math.round(19 * typeScale());
  }

  public double tickSize() {
    return Math.round(17 * typeScale());
  }

  public double legendSize() {
    return Math.round(18 * typeScale());
  }

  /** The host line at the bottom. */
  public double footerSize() {
    return Math.round(15 * typeScale());
  }

  /** The margin around everything, in layout pixels. */
  public double padding() {
    return Math.round(28 * typeScale());
  }

  public float lineWidth() {
    return (float) (3 * typeScale());
  }

  /** Where the legend of {@code entries} series goes on this picture. */
  public LegendPlacement legendFor(int entries) {
    return placement(entries, width, height);
  }

  /**
   * Where a legend of {@code entries} goes on a plot area of this size, on screen as in an export:
   * above for a few; beside a wide plot, below a tall or a small one, for more.
   */
  public static LegendPlacement placement(int entries, double width, double height) {
    if (entries <= 1) {
      return LegendPlacement.NONE;
    }
    if (entries <= ENTRIES_ABOVE) {
      return LegendPlacement.TOP;
    }
    return width >= height * 4 / 3 && width >= WIDTH_FOR_SIDE ? LegendPlacement.RIGHT : LegendPlacement.BOTTOM;
  }
}
