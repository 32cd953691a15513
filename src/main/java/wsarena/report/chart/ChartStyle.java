package wsarena.report.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.VerticalAlignment;

/**
 * How the pictures look: white, large type and thick lines, so they read on a slide at the back of
 * a room; the colours of {@link ChartLook#LIGHT} and the runs' {@link RunPalette}, as in the window.
 */
final class ChartStyle {
  static final Color BLUE = ChartLook.LIGHT.colour(Hue.BLUE);
  static final Color GREEN = ChartLook.LIGHT.colour(Hue.GREEN);
  static final Color AMBER = ChartLook.LIGHT.colour(Hue.GOLD);
  static final Color RED = ChartLook.LIGHT.colour(Hue.RED);
  static final Color PURPLE = ChartLook.LIGHT.colour(Hue.PURPLE);
  static final Color ORANGE = ChartLook.LIGHT.colour(Hue.ORANGE);

  static final Color INK = ChartLook.LIGHT.ink();
  static final Color MUTED = ChartLook.LIGHT.muted();
  static final Color GRID = ChartLook.LIGHT.grid();
  /** Ramp and warm-up, which are not measured: shaded, as in the window. */
  static final Color PHASE_SHADE = ChartLook.LIGHT.phaseShade();

  private ChartStyle() {}

  /** U+2011, which looks like '-' but where a line does not break. */
  public static final char NON_BREAKING_HYPHEN = '\u2011';

  private static Font font(int style, double size) {
    return new Font(Font.SANS_SERIF, style, (int) Math.round(size));
  }

  /**
   * Title, the scenario under it, the host at the bottom, the legend where {@code layout} puts it
   * (never over the plot), type sized for {@code layout}; the plot itself is styled by {@link
   * #xyPlot} or {@link #categoryPlot}.
   */
  /**
   * A chart for the window's card: no title or legend (the card has them), transparent (the card
   * shows through), no border, a little room at its edges. Every screen chart starts here.
   */
  static JFreeChart onCard(Plot plot) {
    JFreeChart chart = new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, false);
    chart.setBackgroundPaint(null);
    chart.setBorderVisible(false);
    chart.setPadding(new RectangleInsets(4, 2, 2, 8));
    return chart;
  }

  /**
   * Room above the plot for half a tick label in {@code look}'s type: the top tick's label is
   * centred on the plot's top edge, and 4 px cut the upper half of "100 ms" off at the card's
   * edge in presentation mode.
   */
  static void roomForTopTickLabel(JFreeChart chart, ChartLook look) {
    RectangleInsets now = chart.getPadding();
    double half = Math.ceil(look.screenTickSize() * TICK_LABEL_HALF_HEIGHT) + 1;
    if (now.getTop() != half) {
      chart.setPadding(new RectangleInsets(half, now.getLeft(), now.getBottom(), now.getRight()));
    }
  }

  /** Half a line of type (ascent, descent and leading) per point of its size, a little over. */
  private static final double TICK_LABEL_HALF_HEIGHT = 0.62;

  static void apply(JFreeChart chart, String subtitle, String hostLine, ExportLayout layout) {
    apply(chart, subtitle, hostLine, layout, ChartLook.LIGHT);
  }

  /** {@link #apply(JFreeChart, String, String, ExportLayout)} in the colours of {@code look}. */
  static void apply(JFreeChart chart, String subtitle, String hostLine, ExportLayout layout, ChartLook look) {
    Color ink = look.ink();
    Color muted = look.muted();
    chart.setBackgroundPaint(look.background());
    chart.setAntiAlias(true);
    chart.setTextAntiAlias(true);
    double pad = layout.padding();
    chart.setPadding(new RectangleInsets(pad * 0.7, pad, pad * 0.6, pad * 1.6)); // room for the last tick label
    TextTitle title = chart.getTitle();
    // a long title wraps between the names, not inside one (undertow-reactor-|workers): its
    // hyphens are drawn as non-breaking ones
    title.setText(title.getText().replace('-', NON_BREAKING_HYPHEN));
    title.setFont(font(Font.BOLD, layout.titleSize(title.getText().length())));
    title.setPaint(ink);
    title.setHorizontalAlignment(HorizontalAlignment.LEFT);
    title.setTextAlignment(HorizontalAlignment.LEFT);
    title.setMaximumLinesToDisplay(3);

    chart.addSubtitle(0, left(new TextTitle(subtitle, font(Font.PLAIN, layout.subtitleSize())), muted));
    TextTitle host = left(new TextTitle(hostLine, font(Font.PLAIN, layout.footerSize())), muted);
    host.setPosition(RectangleEdge.BOTTOM);
    host.setPadding(new RectangleInsets(pad / 3, 0, 0, 0));
    // before the legend: the first subtitle on an edge is the outermost, and the host line closes the picture
    chart.addSubtitle(1, host);

    LegendTitle legend = chart.getLegend();
    if (legend != null) {
      int entries = legend.getItemContainer().getBlocks().size();
      ExportLayout.LegendPlacement where = layout.legendFor(Math.max(entries, chart.getPlot().getLegendItems().getItemCount()));
      if (where == ExportLayout.LegendPlacement.NONE) {
        chart.removeLegend();
      } else {
        legend.setItemFont(font(Font.PLAIN, layout.legendSize()));
        legend.setItemPaint(ink);
        legend.setFrame(BlockBorder.NONE);
        legend.setBackgroundPaint(look.background());
        legend.setItemLabelPadding(new RectangleInsets(3, 4, 3, 14));
        switch (where) {
          case TOP -> {
            legend.setPosition(RectangleEdge.TOP);
            legend.setHorizontalAlignment(HorizontalAlignment.LEFT);
          }
          case RIGHT -> {
            legend.setPosition(RectangleEdge.RIGHT);
            legend.setVerticalAlignment(VerticalAlignment.TOP);
            legend.setPadding(new RectangleInsets(pad / 2, pad / 2, 0, 0));
          }
          case BOTTOM -> {
            legend.setPosition(RectangleEdge.BOTTOM);
            legend.setHorizontalAlignment(HorizontalAlignment.LEFT);
            legend.setPadding(new RectangleInsets(pad / 3, 0, 0, 0));
          }
          case NONE -> {}
        }
      }
    }
  }

  /**
   * The grid of a plot on screen and in a picture alike: solid lines one pixel wide in {@code
   * look}'s grid colour. JFreeChart's own is dashed, and the window's software renderer rasterises
   * every dash of every grid line on each redraw of a live chart (a 300 px line is 75 shapes).
   */
  static void grid(XYPlot plot, ChartLook look) {
    plot.setDomainGridlinePaint(look.grid());
    plot.setRangeGridlinePaint(look.grid());
    plot.setDomainGridlineStroke(GRID_LINE);
    plot.setRangeGridlineStroke(GRID_LINE);
  }

  /** The grid of a bar chart: {@link #grid(XYPlot, ChartLook)}'s lines across the values only. */
  static void grid(CategoryPlot plot, ChartLook look) {
    plot.setRangeGridlinePaint(look.grid());
    plot.setRangeGridlineStroke(GRID_LINE);
    plot.setDomainGridlinesVisible(false);
  }

  private static final BasicStroke GRID_LINE = new BasicStroke(1f);

  static void xyPlot(XYPlot plot, ExportLayout layout) {
    xyPlot(plot, layout, ChartLook.LIGHT);
  }

  static void xyPlot(XYPlot plot, ExportLayout layout, ChartLook look) {
    plot.setBackgroundPaint(look.background());
    plot.setOutlineVisible(false);
    grid(plot, look);
    axis(plot.getDomainAxis(), layout, look);
    axis(plot.getRangeAxis(), layout, look);
  }

  static void categoryPlot(CategoryPlot plot, ExportLayout layout) {
    categoryPlot(plot, layout, ChartLook.LIGHT);
  }

  static void categoryPlot(CategoryPlot plot, ExportLayout layout, ChartLook look) {
    plot.setBackgroundPaint(look.background());
    plot.setOutlineVisible(false);
    grid(plot, look);
    axis(plot.getRangeAxis(), layout, look);
    CategoryAxis names = plot.getDomainAxis();
    names.setTickLabelFont(font(Font.PLAIN, layout.tickSize()));
    names.setTickLabelPaint(look.ink());
    names.setAxisLineVisible(false);
    names.setTickMarksVisible(false);
    names.setMaximumCategoryLabelWidthRatio(0.4f);
    names.setCategoryMargin(0.25);
  }

  /** One more line under the scenario, in the title's colour: what the picture found, e.g. a sweep's knee. */
  static void finding(JFreeChart chart, String text) {
    finding(chart, text, ChartLook.LIGHT);
  }

  /** {@link #finding(JFreeChart, String)} in {@code look}'s ink. */
  static void finding(JFreeChart chart, String text, ChartLook look) {
    TextTitle t = left(new TextTitle(text, new Font(Font.SANS_SERIF, Font.BOLD, 16)), look.ink());
    t.setPadding(new RectangleInsets(2, 0, 2, 0));
    chart.addSubtitle(1, t);
  }

  /** Solid or dashed lines of the given colours, in series order, with no point markers. */
  static XYLineAndShapeRenderer lines(List<Color> colours, List<Boolean> dashed, ExportLayout layout) {
    return lines(colours, dashed, layout.lineWidth());
  }

  /** Lines {@code width} wide. */
  static XYLineAndShapeRenderer lines(List<Color> colours, List<Boolean> dashed, float width) {
    XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, false);
    for (int i = 0; i < colours.size(); i++) {
      r.setSeriesPaint(i, colours.get(i));
      r.setSeriesStroke(i, dashed.get(i) ? dashedStroke(width) : solidStroke(width));
    }
    r.setDrawSeriesLineAsPath(true);
    r.setLegendLine(new java.awt.geom.Line2D.Double(-14, 0, 14, 0));
    return r;
  }

  /** The colour of run {@code index} when runs are laid side by side ({@link RunPalette}), on white. */
  static Color run(int index) {
    return ChartLook.LIGHT.run(index);
  }

  private static BasicStroke solidStroke(float width) {
    return RunPalette.stroke(width, false);
  }

  private static BasicStroke dashedStroke(float width) {
    return RunPalette.stroke(width, true);
  }

  private static void axis(ValueAxis axis, ExportLayout layout) {
    axis(axis, layout, ChartLook.LIGHT);
  }

  private static void axis(ValueAxis axis, ExportLayout layout, ChartLook look) {
    axis.setLabelFont(font(Font.PLAIN, layout.axisLabelSize()));
    axis.setLabelPaint(look.muted());
    axis.setTickLabelFont(font(Font.PLAIN, layout.tickSize()));
    axis.setTickLabelPaint(look.ink());
    axis.setAxisLineVisible(false);
    axis.setTickMarksVisible(false);
  }

  private static TextTitle left(TextTitle t, Color paint) {
    t.setPaint(paint);
    t.setHorizontalAlignment(HorizontalAlignment.LEFT);
    t.setTextAlignment(HorizontalAlignment.LEFT);
    return t;
  }
}
