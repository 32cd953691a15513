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
 * a room; the window's light-theme colours, so a line means the same in both.
 */
final class ChartStyle {
  static final Color BLUE = new Color(0x0969da);
  static final Color GREEN = new Color(0x1a7f37);
  static final Color AMBER = new Color(0xb35900);
  static final Color RED = new Color(0xcf222e);
  static final Color PURPLE = new Color(0x8250df);
  static final Color ORANGE = new Color(0xd1570a);
  static final Color TEAL = new Color(0x1b7c83);
  static final Color PINK = new Color(0xbf3989);
  static final Color LIME = new Color(0x4d7c0f);
  static final Color BROWN = new Color(0x8a4b1f);
  /**
   * One colour per run when runs are laid side by side, in the window's order (blue, orange,
   * purple, green, ...), so a run has the same colour in both; past ten, lines turn dashed ({@link #run}).
   */
  static final List<Color> RUNS = List.of(BLUE, ORANGE, PURPLE, GREEN, TEAL, PINK, AMBER, RED, LIME, BROWN);

  static final Color INK = new Color(0x1f2328);
  static final Color MUTED = new Color(0x59636e);
  static final Color GRID = new Color(0xd8dee4);
  /** Ramp and warm-up, which are not measured: shaded, as in the window. */
  static final Color PHASE_SHADE = new Color(89, 99, 110, 36);

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
  static void apply(JFreeChart chart, String subtitle, String hostLine, ExportLayout layout) {
    chart.setBackgroundPaint(Color.WHITE);
    chart.setAntiAlias(true);
    chart.setTextAntiAlias(true);
    double pad = layout.padding();
    chart.setPadding(new RectangleInsets(pad * 0.7, pad, pad * 0.6, pad * 1.6)); // room for the last tick label
    TextTitle title = chart.getTitle();
    // a long title wraps between the names, not inside one (undertow-reactor-|workers): its
    // hyphens are drawn as non-breaking ones
    title.setText(title.getText().replace('-', NON_BREAKING_HYPHEN));
    title.setFont(font(Font.BOLD, layout.titleSize(title.getText().length())));
    title.setPaint(INK);
    title.setHorizontalAlignment(HorizontalAlignment.LEFT);
    title.setTextAlignment(HorizontalAlignment.LEFT);
    title.setMaximumLinesToDisplay(3);

    chart.addSubtitle(0, left(new TextTitle(subtitle, font(Font.PLAIN, layout.subtitleSize())), MUTED));
    TextTitle host = left(new TextTitle(hostLine, font(Font.PLAIN, layout.footerSize())), MUTED);
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
        legend.setItemPaint(INK);
        legend.setFrame(BlockBorder.NONE);
        legend.setBackgroundPaint(Color.WHITE);
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

  static void xyPlot(XYPlot plot, ExportLayout layout) {
    plot.setBackgroundPaint(Color.WHITE);
    plot.setOutlineVisible(false);
    plot.setDomainGridlinePaint(GRID);
    plot.setRangeGridlinePaint(GRID);
    plot.setDomainGridlineStroke(new BasicStroke(1f));
    plot.setRangeGridlineStroke(new BasicStroke(1f));
    axis(plot.getDomainAxis(), layout);
    axis(plot.getRangeAxis(), layout);
  }

  static void categoryPlot(CategoryPlot plot, ExportLayout layout) {
    plot.setBackgroundPaint(Color.WHITE);
    plot.setOutlineVisible(false);
    plot.setRangeGridlinePaint(GRID);
    plot.setRangeGridlineStroke(new BasicStroke(1f));
    plot.setDomainGridlinesVisible(false);
    axis(plot.getRangeAxis(), layout);
    CategoryAxis names = plot.getDomainAxis();
    names.setTickLabelFont(font(Font.PLAIN, layout.tickSize()));
    names.setTickLabelPaint(INK);
    names.setAxisLineVisible(false);
    names.setTickMarksVisible(false);
    names.setMaximumCategoryLabelWidthRatio(0.4f);
    names.setCategoryMargin(0.25);
  }

  /** One more line under the scenario, in the title's colour: what the picture found, e.g. a sweep's knee. */
  static void finding(JFreeChart chart, String text) {
    TextTitle t = left(new TextTitle(text, new Font(Font.SANS_SERIF, Font.BOLD, 16)), INK);
    t.setPadding(new RectangleInsets(2, 0, 2, 0));
    chart.addSubtitle(1, t);
  }

  /** Solid or dashed lines of the given colours, in series order, with no point markers. */
  static XYLineAndShapeRenderer lines(List<Color> colours, List<Boolean> dashed, ExportLayout layout) {
    XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, false);
    float width = layout.lineWidth();
    for (int i = 0; i < colours.size(); i++) {
      r.setSeriesPaint(i, colours.get(i));
      r.setSeriesStroke(i, dashed.get(i) ? dashedStroke(width) : solidStroke(width));
    }
    r.setDrawSeriesLineAsPath(true);
    r.setLegendLine(new java.awt.geom.Line2D.Double(-14, 0, 14, 0));
    return r;
  }

  /** The colour of run {@code index} when runs are laid side by side; past ten they repeat, dashed. */
  static Color run(int index) {
    return RUNS.get(index % RUNS.size());
  }

  static boolean dashedRun(int index) {
    return index >= RUNS.size();
  }

  private static BasicStroke solidStroke(float width) {
    return new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
  }

  private static BasicStroke dashedStroke(float width) {
    return new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, new float[] {3 * width, 2 * width}, 0f);
  }

  private static void axis(ValueAxis axis, ExportLayout layout) {
    axis.setLabelFont(font(Font.PLAIN, layout.axisLabelSize()));
    axis.setLabelPaint(MUTED);
    axis.setTickLabelFont(font(Font.PLAIN, layout.tickSize()));
    axis.setTickLabelPaint(INK);
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
