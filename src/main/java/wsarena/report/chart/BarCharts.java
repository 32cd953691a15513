package wsarena.report.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.CategoryItemRendererState;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.category.DefaultCategoryDataset;
import wsarena.metrics.RunResult;
import wsarena.report.Contender;
import wsarena.report.Metric;
import wsarena.report.MetricTable;
import wsarena.report.Spread;

/**
 * One {@link Metric} over the contenders of a comparison, as horizontal bars: the median of each
 * target's runs, a line from its lowest to its highest run when there were repeats, its value
 * written at the end, and the best one marked. Names on the axis, so no legend is needed; bars in
 * the runs' colours, as on the distribution chart.
 */
public final class BarCharts {
  private BarCharts() {}

  /** The bar chart of {@code metric}, which should apply to at least one contender of {@code table}. */
  public static JFreeChart of(MetricTable table, Metric metric, ExportLayout layout) {
    List<Integer> styles = java.util.stream.IntStream.range(0, table.contenders().size()).boxed().toList();
    return of(table, metric, layout, ChartLook.LIGHT, styles);
  }

  /**
   * The bar chart of {@code metric} in {@code look}'s colours, each contender's bar in its {@link
   * RunPalette} style {@code styles[i]} (the window's export: the colours of its runs on screen).
   */
  public static JFreeChart of(MetricTable table, Metric metric, ExportLayout layout, ChartLook look, List<Integer> styles) {
    List<Contender> contenders = table.contenders();
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    List<String> names = new ArrayList<>();
    List<Optional<Spread>> spreads = new ArrayList<>();
    List<Boolean> failed = new ArrayList<>();
    int repeats = 1;
    for (int i = 0; i < contenders.size(); i++) {
      Optional<Spread> s = table.spread(i, metric);
      String name = contenders.get(i).name();
      names.add(name);
      spreads.add(s);
      failed.add(contenders.get(i).failure().isPresent());
      data.addValue(s.map(v -> metric.onAxis(v.median())).orElse(null), metric.title(), name);
      repeats = Math.max(repeats, contenders.get(i).counted().size());
    }
    NumberAxis values = new NumberAxis(metric.axisLabel());
    values.setAutoRangeIncludesZero(true);
    values.setUpperMargin(0.18); // room for the value written after the longest bar
    SpreadRenderer renderer = new SpreadRenderer(metric, spreads, failed, table.best(metric), layout, look, styles);
    double top = spreads.stream().flatMap(Optional::stream).mapToDouble(v -> metric.onAxis(v.max())).max().orElse(0);
    if (top > 0) {
      // the axis reaches past the longest min–max line, not just the longest bar, with room for the
      // value written after it: a wide spread otherwise ran off the plot with its label
      values.setRange(0, top * 1.22);
      values.setTickUnit(new NumberTickUnit(Ticks.roundStep(top / 6)));
    }
    CategoryPlot plot = new CategoryPlot(data, new CategoryAxis(null), values, renderer);
    plot.setOrientation(PlotOrientation.HORIZONTAL);
    plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_RIGHT);
    JFreeChart chart = new JFreeChart(ChartTitles.bars(metric, names), plot);
    chart.removeLegend();
    List<RunResult> runs = contenders.stream().map(Contender::representative).toList();
    String subtitle =
        ResultCharts.subtitle(runs.getFirst()) + " · " + (repeats > 1 ? "median of " + repeats + " runs, lines from lowest to highest · " : "")
            + metric.better().words();
    ChartStyle.apply(chart, subtitle, ResultCharts.hostLine(runs), layout, look);
    ChartStyle.categoryPlot(plot, layout, look);
    return chart;
  }

  /** Bars in the runs' colours, each with its min–max line and its value; the best one outlined and named. */
  private static final class SpreadRenderer extends BarRenderer {
    private final transient Metric metric;
    private final transient List<Optional<Spread>> spreads;
    private final transient List<Boolean> failed;
    private final int best;
    private final transient ExportLayout layout;
    private final transient ChartLook look;
    private final transient List<Integer> styles;

    SpreadRenderer(
        Metric metric, List<Optional<Spread>> spreads, List<Boolean> failed, OptionalInt best, ExportLayout layout, ChartLook look,
        List<Integer> styles) {
      this.look = look;
      this.styles = List.copyOf(styles);
      this.metric = metric;
      this.spreads = spreads;
      this.failed = failed;
      this.best = best.orElse(-1);
      this.layout = layout;
      setBarPainter(new StandardBarPainter());
      setShadowVisible(false);
      setDrawBarOutline(false);
      setMaximumBarWidth(0.12);
      setItemMargin(0);
    }

    @Override
    public java.awt.Paint getItemPaint(int row, int column) {
      return look.run(column < styles.size() ? styles.get(column) : column);
    }

    @Override
    public void drawItem(
        Graphics2D g, CategoryItemRendererState state, Rectangle2D dataArea, CategoryPlot plot, CategoryAxis domainAxis,
        ValueAxis rangeAxis, CategoryDataset dataset, int row, int column, int pass) {
      super.drawItem(g, state, dataArea, plot, domainAxis, rangeAxis, dataset, row, column, pass);
      Optional<Spread> spread = spreads.get(column);
      if (pass != 0) {
        return;
      }
      RectangleEdge valueEdge = plot.getRangeAxisEdge();
      double middle = domainAxis.getCategoryMiddle(column, dataset.getColumnCount(), dataArea, plot.getDomainAxisEdge());
      if (spread.isEmpty()) {
        // a row without a bar says why, rather than look like a zero: a failed target is never ranked
        g.setFont(new Font(Font.SANS_SERIF, Font.ITALIC, (int) Math.round(layout.tickSize())));
        g.setPaint(look.muted());
        g.drawString(failed.get(column) ? "failed (see the report)" : "not measured", (float) (dataArea.getMinX() + layout.padding() / 3),
            (float) (middle + g.getFontMetrics().getAscent() / 2.0 - 2));
        return;
      }
      double barEnd = rangeAxis.valueToJava2D(metric.onAxis(spread.get().median()), dataArea, valueEdge);
      double end = barEnd;
      float stroke = layout.lineWidth();
      if (spread.get().count() > 1) {
        double low = rangeAxis.valueToJava2D(metric.onAxis(spread.get().min()), dataArea, valueEdge);
        double high = rangeAxis.valueToJava2D(metric.onAxis(spread.get().max()), dataArea, valueEdge);
        double cap = state.getBarWidth() / 3;
        g.setPaint(look.ink());
        g.setStroke(new BasicStroke(stroke * 0.8f));
        g.draw(new Line2D.Double(low, middle, high, middle));
        g.draw(new Line2D.Double(low, middle - cap, low, middle + cap));
        g.draw(new Line2D.Double(high, middle - cap, high, middle + cap));
        end = Math.max(end, high);
      }
      boolean isBest = column == best;
      if (isBest) {
        double half = state.getBarWidth() / 2;
        g.setPaint(look.ink());
        g.setStroke(new BasicStroke(stroke));
        g.draw(new Rectangle2D.Double(dataArea.getMinX(), middle - half, barEnd - dataArea.getMinX(), 2 * half));
      }
      String text = metric.alone(spread.get().median()) + (isBest ? "  ★ best" : "");
      g.setFont(new Font(Font.SANS_SERIF, isBest ? Font.BOLD : Font.PLAIN, (int) Math.round(layout.tickSize())));
      g.setPaint(look.ink());
      float baseline = (float) (middle + g.getFontMetrics().getAscent() / 2.0 - 2);
      g.drawString(text, (float) (end + layout.padding() / 3), baseline);
    }
  }
}
