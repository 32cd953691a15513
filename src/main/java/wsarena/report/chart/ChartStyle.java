package wsarena.report.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;

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
   * purple, green, ...), so a run has the same colour in both; past ten, lines turn dashed.
   */
  static final List<Color> RUNS = List.of(BLUE, ORANGE, PURPLE, GREEN, TEAL, PINK, AMBER, RED, LIME, BROWN);

  static final Color INK = new Color(0x1f2328);
  static final Color MUTED = new Color(0x59636e);
  static final Color GRID = new Color(0xd8dee4);
  /** Ramp and warm-up, which are not measured: shaded, as in the window. */
  static final Color PHASE_SHADE = new Color(89, 99, 110, 36);

  private static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 22);
  private static final Font SUBTITLE = new Font(Font.SANS_SERIF, Font.PLAIN, 15);
  private static final Font AXIS_LABEL = new Font(Font.SANS_SERIF, Font.PLAIN, 16);
  private static final Font TICK = new Font(Font.SANS_SERIF, Font.PLAIN, 14);
  private static final Font LEGEND = new Font(Font.SANS_SERIF, Font.PLAIN, 15);
  private static final float LINE_WIDTH = 2.5f;

  private ChartStyle() {}

  /** Title, the scenario under it, the host at the bottom; the plot and legend styled. */
  static void apply(JFreeChart chart, String subtitle, String hostLine) {
    chart.setBackgroundPaint(Color.WHITE);
    chart.setAntiAlias(true);
    chart.setTextAntiAlias(true);
    chart.setPadding(new RectangleInsets(12, 16, 10, 48)); // room for the last tick label
    TextTitle title = chart.getTitle();
    title.setFont(TITLE);
    title.setPaint(INK);
    title.setHorizontalAlignment(org.jfree.chart.ui.HorizontalAlignment.LEFT);

    chart.addSubtitle(0, left(new TextTitle(subtitle, SUBTITLE), MUTED));
    TextTitle host = left(new TextTitle(hostLine, SUBTITLE), MUTED);
    host.setPosition(RectangleEdge.BOTTOM);
    host.setPadding(new RectangleInsets(8, 0, 0, 0));
    chart.addSubtitle(host);

    LegendTitle legend = chart.getLegend();
    if (legend != null) {
      legend.setItemFont(LEGEND);
      legend.setItemPaint(INK);
      legend.setPosition(RectangleEdge.TOP);
      legend.setHorizontalAlignment(org.jfree.chart.ui.HorizontalAlignment.LEFT);
      legend.setFrame(org.jfree.chart.block.BlockBorder.NONE);
      legend.setBackgroundPaint(Color.WHITE);
    }

    XYPlot plot = chart.getXYPlot();
    plot.setBackgroundPaint(Color.WHITE);
    plot.setOutlineVisible(false);
    plot.setDomainGridlinePaint(GRID);
    plot.setRangeGridlinePaint(GRID);
    plot.setDomainGridlineStroke(new BasicStroke(1f));
    plot.setRangeGridlineStroke(new BasicStroke(1f));
    axis(plot.getDomainAxis());
    axis(plot.getRangeAxis());
  }

  /** One more line under the scenario, in the title's colour: what the picture found, e.g. a sweep's knee. */
  static void finding(JFreeChart chart, String text) {
    TextTitle t = left(new TextTitle(text, new Font(Font.SANS_SERIF, Font.BOLD, 16)), INK);
    t.setPadding(new RectangleInsets(2, 0, 2, 0));
    chart.addSubtitle(1, t);
  }

  /** Solid or dashed lines of the given colours, in series order, with no point markers. */
  static XYLineAndShapeRenderer lines(List<Color> colours, List<Boolean> dashed) {
    XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, false);
    for (int i = 0; i < colours.size(); i++) {
      r.setSeriesPaint(i, colours.get(i));
      r.setSeriesStroke(i, dashed.get(i) ? dashedStroke() : solidStroke());
    }
    r.setDrawSeriesLineAsPath(true);
    return r;
  }

  private static BasicStroke solidStroke() {
    return new BasicStroke(LINE_WIDTH, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
  }

  private static BasicStroke dashedStroke() {
    return new BasicStroke(
        LINE_WIDTH, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, new float[] {9f, 6f}, 0f);
  }

  private static void axis(ValueAxis axis) {
    axis.setLabelFont(AXIS_LABEL);
    axis.setLabelPaint(MUTED);
    axis.setTickLabelFont(TICK);
    axis.setTickLabelPaint(INK);
    axis.setAxisLineVisible(false);
    axis.setTickMarksVisible(false);
  }

  private static TextTitle left(TextTitle t, Color paint) {
    t.setPaint(paint);
    t.setHorizontalAlignment(org.jfree.chart.ui.HorizontalAlignment.LEFT);
    t.setTextAlignment(org.jfree.chart.ui.HorizontalAlignment.LEFT); // a line that wraps stays at the left too
    return t;
  }
}
