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
    Type type = new Type(layout.tickSize(), layout.lineWidth(), layout.padding() / 3);
    CategoryPlot plot = plot(table, metric, look, styles, type);
    List<Contender> contenders = table.contenders();
    JFreeChart chart = new JFreeChart(ChartTitles.bars(metric, contenders.stream().map(Contender::name).toList()), plot);
    chart.removeLegend();
    int repeats = contenders.stream().mapToInt(c -> c.counted().size()).max().orElse(1);
    List<RunResult> runs = contenders.stream().map(Contender::representative).toList();
    // which way is better is on the values' axis ("msgs/s (higher is better)"): said once, the
    // scenario line stays on one line
    String subtitle =
        ResultCharts.subtitle(runs.getFirst()) + (repeats > 1 ? " · median of " + repeats + " runs, lines from lowest to highest" : "");
    ChartStyle.apply(chart, subtitle, ResultCharts.hostLine(runs), layout, look);
    ChartStyle.categoryPlot(plot, layout, look);
    return chart;
  }

  /**
   * The same bars as the window draws them on its card: transparent (the card shows through), no
   * title (the card has one), {@code look}'s type, the unit and which way is better under the
   * values, every name whole beside its bar (wrapped on two lines before it is ever cut).
   */
  public static JFreeChart screen(MetricTable table, Metric metric, ChartLook look, List<Integer> styles) {
    double tick = look.screenTickSize();
    CategoryPlot plot = plot(table, metric, look, styles, new Type(tick, look.screenLineWidth(), tick / 2));
    JFreeChart chart = ChartStyle.onCard(plot);
    plot.setBackgroundPaint(null);
    plot.setOutlineVisible(false);
    ChartStyle.grid(plot, look);
    Font font = new Font(Font.SANS_SERIF, Font.PLAIN, (int) tick);
    boolean repeats = table.contenders().stream().anyMatch(c -> c.counted().size() > 1);
    ValueAxis values = plot.getRangeAxis();
    values.setLabel((metric.unit().isEmpty() ? "" : metric.unit() + " · ") + metric.better().words()
        + (repeats ? " · median, line from lowest to highest run" : ""));
    values.setLabelFont(font);
    values.setLabelPaint(look.muted());
    values.setTickLabelFont(font);
    values.setTickLabelPaint(look.muted());
    values.setAxisLineVisible(false);
    values.setTickMarksVisible(false);
    CategoryAxis names = plot.getDomainAxis();
    names.setTickLabelFont(font);
    names.setTickLabelPaint(look.ink());
    names.setAxisLineVisible(false);
    names.setTickMarksVisible(false);
    // the names are the chart's key (the distribution beside has none): whole, up to 62 % of the width
    names.setMaximumCategoryLabelWidthRatio(0.62f);
    names.setCategoryMargin(0.25);
    return chart;
  }

  /** Neighbouring value ticks of {@code chart} that ran together when last drawn, as "left | right": none, as the axis picks them. */
  public static List<String> crowdedTicks(JFreeChart chart) {
    return chart.getPlot() instanceof CategoryPlot p && p.getRangeAxis() instanceof ValuesAxis values ? values.crowdedLabels() : List.of();
  }

  /** The values written at the bars' ends that ran past the plot's edge when last drawn: none, as they move inside their bar. */
  public static List<String> cutValues(JFreeChart chart) {
    return chart.getPlot() instanceof CategoryPlot p && p.getRenderer() instanceof SpreadRenderer r ? r.cutValues() : List.of();
  }

  /** The values written over their own bar's min–max line when last drawn: none, as they end before it. */
  public static List<String> crossedValues(JFreeChart chart) {
    return chart.getPlot() instanceof CategoryPlot p && p.getRenderer() instanceof SpreadRenderer r ? r.crossedValues() : List.of();
  }

  /** The names {@code chart}'s axis last had to cut short: none, unless a name is longer than two lines. */
  public static List<String> cutNames(JFreeChart chart) {
    return chart.getPlot() instanceof CategoryPlot p && p.getDomainAxis() instanceof NamesAxis names ? names.cutNames() : List.of();
  }

  /** The type size, line width and gap the bars' own marks are drawn with, in a picture or on screen. */
  private record Type(double tickSize, float lineWidth, double gap) {}

  private static CategoryPlot plot(MetricTable table, Metric metric, ChartLook look, List<Integer> styles, Type type) {
    List<Contender> contenders = table.contenders();
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    List<Optional<Spread>> spreads = new ArrayList<>();
    List<Boolean> failed = new ArrayList<>();
    for (int i = 0; i < contenders.size(); i++) {
      Optional<Spread> s = table.spread(i, metric);
      spreads.add(s);
      failed.add(contenders.get(i).failure().isPresent());
      data.addValue(s.map(v -> metric.onAxis(v.median())).orElse(null), metric.title(), contenders.get(i).name());
    }
    NumberAxis values = new ValuesAxis(metric.axisLabel());
    values.setAutoRangeIncludesZero(true);
    values.setUpperMargin(0.18); // room for the value written after the longest bar
    SpreadRenderer renderer = new SpreadRenderer(metric, spreads, failed, table.best(metric), type, look, styles);
    double top = spreads.stream().flatMap(Optional::stream).mapToDouble(v -> metric.onAxis(v.max())).max().orElse(0);
    if (top > 0) {
      // the axis reaches past the longest min–max line, not just the longest bar, with room for the
      // value written after it: a wide spread otherwise ran off the plot with its label
      values.setRange(0, top * 1.22);
    }
    CategoryPlot plot = new CategoryPlot(data, new NamesAxis(), values, renderer);
    plot.setOrientation(PlotOrientation.HORIZONTAL);
    plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_RIGHT);
    return plot;
  }

  /** Bars in the runs' colours, each with its min–max line and its value; the best one outlined and named. */
  private static final class SpreadRenderer extends BarRenderer {
    private final transient Metric metric;
    private final transient List<Optional<Spread>> spreads;
    private final transient List<Boolean> failed;
    private final int best;
    private final transient Type type;
    private final transient ChartLook look;
    private final transient List<Integer> styles;
    /** The values drawn past the plot's edges at the last drawing, by column. */
    private final transient java.util.Map<Integer, String> cut = new java.util.concurrent.ConcurrentHashMap<>();
    /** The values drawn over their own bar's min–max line at the last drawing, by column. */
    private final transient java.util.Map<Integer, String> crossed = new java.util.concurrent.ConcurrentHashMap<>();

    SpreadRenderer(
        Metric metric, List<Optional<Spread>> spreads, List<Boolean> failed, OptionalInt best, Type type, ChartLook look,
        List<Integer> styles) {
      this.look = look;
      this.styles = List.copyOf(styles);
      this.metric = metric;
      this.spreads = spreads;
      this.failed = failed;
      this.best = best.orElse(-1);
      this.type = type;
      setBarPainter(new StandardBarPainter());
      setShadowVisible(false);
      setDrawBarOutline(false);
      setMaximumBarWidth(0.12);
      setItemMargin(0);
    }

    private int style(int column) {
      return column < styles.size() ? styles.get(column) : column;
    }

    /** A run past the palette's first round: its hue paler, outlined dashed below, as its curve is dashed. */
    @Override
    public java.awt.Paint getItemPaint(int row, int column) {
      Color hue = look.run(style(column));
      return RunPalette.dashed(style(column)) ? new Color(hue.getRed(), hue.getGreen(), hue.getBlue(), 110) : hue;
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
        g.setFont(new Font(Font.SANS_SERIF, Font.ITALIC, (int) Math.round(type.tickSize())));
        g.setPaint(look.muted());
        g.drawString(failed.get(column) ? "failed (see the report)" : "not measured", (float) (dataArea.getMinX() + type.gap()),
            (float) (middle + g.getFontMetrics().getAscent() / 2.0 - 2));
        return;
      }
      double barEnd = rangeAxis.valueToJava2D(metric.onAxis(spread.get().median()), dataArea, valueEdge);
      double end = barEnd;
      // where the min–max line starts: a value written inside the bar ends before it
      double start = barEnd;
      float stroke = type.lineWidth();
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
        start = Math.min(start, low - stroke);
      }
      if (RunPalette.dashed(style(column))) {
        double half = state.getBarWidth() / 2;
        g.setPaint(look.run(style(column)));
        g.setStroke(RunPalette.stroke(stroke, true));
        g.draw(new Rectangle2D.Double(dataArea.getMinX(), middle - half, barEnd - dataArea.getMinX(), 2 * half));
      }
      boolean isBest = column == best;
      if (isBest) {
        double half = state.getBarWidth() / 2;
        g.setPaint(look.ink());
        g.setStroke(new BasicStroke(stroke));
        g.draw(new Rectangle2D.Double(dataArea.getMinX(), middle - half, barEnd - dataArea.getMinX(), 2 * half));
      }
      String text = metric.alone(spread.get().median()) + (isBest ? "  ★ best" : "");
      g.setFont(new Font(Font.SANS_SERIF, isBest ? Font.BOLD : Font.PLAIN, (int) Math.round(type.tickSize())));
      float baseline = (float) (middle + g.getFontMetrics().getAscent() / 2.0 - 2);
      double width = g.getFontMetrics().stringWidth(text);
      double x = end + type.gap();
      g.setPaint(look.ink());
      if (x + width > dataArea.getMaxX()) {
        // no room after the longest bar on a narrow card ("123k/s" was cut at the edge): inside its
        // end, before its min–max line, which crossed "★ best" when written up to the bar's end
        x = start - type.gap() - width;
        g.setPaint(inkOn(column));
      }
      if (x < dataArea.getMinX() || x + width > dataArea.getMaxX()) {
        cut.put(column, text);
      } else {
        cut.remove(column);
      }
      if (x < end && x + width > start) {
        crossed.put(column, text);
      } else {
        crossed.remove(column);
      }
      g.drawString(text, (float) x, baseline);
    }

    /** Black or white, whichever reads on the bar of {@code column}. */
    private Color inkOn(int column) {
      Color bar = look.run(style(column));
      if (RunPalette.dashed(style(column))) {
        return look.ink(); // a pale bar: the background shows through
      }
      double luminance = (0.2126 * bar.getRed() + 0.7152 * bar.getGreen() + 0.0722 * bar.getBlue()) / 255;
      return luminance > 0.5 ? Color.BLACK : Color.WHITE;
    }

    List<String> cutValues() {
      return List.copyOf(new java.util.TreeMap<>(cut).values());
    }

    List<String> crossedValues() {
      return List.copyOf(new java.util.TreeMap<>(crossed).values());
    }
  }
}
