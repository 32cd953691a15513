package wsarena.report.chart;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import wsarena.metrics.PercentileCurve;

/**
 * The latency distribution of runs side by side, HdrHistogram style, defined once: percentile in
 * "nines" on the x axis (0 %, 90 %, 99 %, 99.9 % … evenly spaced), latency on a log axis (or a
 * linear one), one curve per run in its {@link RunPalette} style. The window's distribution
 * cards draw {@link #chart}, their exports, {@code wsarena chart} and the report draw {@link
 * #picture}.
 *
 * <p>Not thread-safe: change and draw it on one thread.
 */
public final class DistributionFigure {
  /** The right edge of the x axis at most: 99.999 %; the few points beyond sit on the edge. */
  public static final double MAX_NINES = 5;

  /**
   * One run's curve.
   *
   * @param style its {@link RunPalette} index, which gives its hue
   * @param dashed drawn dashed (a run past the palette's first round, or on the dashboard one not on the time charts)
   * @param shown false for a run the user hid: it draws no curve
   */
  public record Curve(String name, int style, boolean dashed, List<PercentileCurve.Point> points, boolean shown) {}

  private List<Curve> curves = List.of();
  private boolean log = true;
  private JFreeChart chart;
  private ChartLook look = ChartLook.LIGHT;

  /** Draws these curves; a solid one is drawn over the dashed ones. */
  public void show(List<Curve> next) {
    curves = List.copyOf(next);
    refresh();
  }

  /** Replaces the points of curve {@code index}, a live run's curve as it grows. */
  public void update(int index, List<PercentileCurve.Point> points) {
    if (index < 0 || index >= curves.size()) {
      return;
    }
    List<Curve> next = new ArrayList<>(curves);
    Curve old = next.get(index);
    next.set(index, new Curve(old.name(), old.style(), old.dashed(), List.copyOf(points), old.shown()));
    curves = List.copyOf(next);
    refresh();
  }

  public List<Curve> curves() {
    return curves;
  }

  public void setLog(boolean log) {
    if (this.log != log) {
      this.log = log;
      refresh();
    }
  }

  /** Points drawn, over every shown curve. */
  public int pointCount() {
    return curves.stream().filter(Curve::shown).mapToInt(c -> c.points().size()).sum();
  }

  /** The chart the window draws: transparent, no title or legend (the card has them), {@code look}'s type and lines. */
  public JFreeChart chart(ChartLook look) {
    this.look = look;
    if (chart == null) {
      chart = ChartStyle.onCard(new XYPlot());
    }
    refresh();
    return chart;
  }

  private void refresh() {
    if (chart == null) {
      return;
    }
    chart.setNotify(false);
    try {
      fill((XYPlot) chart.getPlot(), look, look.screenLineWidth());
      XYPlot plot = (XYPlot) chart.getPlot();
      plot.setBackgroundPaint(null);
      plot.setOutlineVisible(false);
      ChartStyle.grid(plot, look);
      ChartStyle.roomForTopTickLabel(chart, look);
      java.awt.Font tick = new java.awt.Font(java.awt.Font.SANS_SERIF, java.awt.Font.PLAIN, (int) look.screenTickSize());
      for (ValueAxis axis : List.of(plot.getDomainAxis(), plot.getRangeAxis())) {
        axis.setTickLabelFont(tick);
        axis.setTickLabelPaint(look.ink());
        axis.setAxisLineVisible(false);
        axis.setTickMarksVisible(false);
        axis.setLabel(null);
      }
    } finally {
      chart.setNotify(true);
    }
  }

  /** The data, axes and lines of {@code plot} from the curves. */
  private void fill(XYPlot plot, ChartLook look, float lineWidth) {
    XYSeriesCollection data = new XYSeriesCollection();
    List<Color> colours = new ArrayList<>();
    List<Boolean> dashed = new ArrayList<>();
    double maxX = 4;
    // dashed first: later series paint over earlier ones, and the solid curve belongs on top
    for (int pass = 0; pass < 2; pass++) {
      for (Curve c : curves) {
        if (c.dashed() != (pass == 0) || !c.shown()) {
          continue;
        }
        XYSeries series = new XYSeries(c.name(), false, true);
        for (PercentileCurve.Point p : c.points()) {
          double x = Math.min(MAX_NINES, Math.log10(p.inverseTail()));
          double y = p.latencyMicros() / 1000.0;
          if (Double.isFinite(x) && (log ? y > 0 : y >= 0)) {
            series.add(x, log ? Math.max(y, 0.001) : y);
            maxX = Math.max(maxX, Math.ceil(x));
          }
        }
        data.addSeries(series);
        colours.add(look.run(c.style()));
        dashed.add(c.dashed());
      }
    }
    NumberAxis x = new NinesAxis(Math.min(MAX_NINES, maxX));
    ValueAxis y;
    if (log) {
      LogAxis logAxis = ResultCharts.latencyAxis();
      ResultCharts.fitDecades(logAxis, data);
      y = logAxis;
    } else {
      NumberAxis linear = new NumberAxis("latency, ms");
      linear.setAutoRangeIncludesZero(true);
      linear.setNumberFormatOverride(new ResultCharts.LatencyFormat());
      y = linear;
    }
    plot.setDomainAxis(x);
    plot.setRangeAxis(y);
    XYLineAndShapeRenderer renderer = ChartStyle.lines(colours, dashed, lineWidth);
    plot.setRenderer(renderer);
    plot.setDataset(data);
  }

  /**
   * The distribution as a picture of {@code layout}: titled, the legend where the layout puts it,
   * the scenario and the host around it, in {@code look}'s colours.
   */
  public JFreeChart picture(ExportLayout layout, String title, String subtitle, String hostLine, ChartLook look) {
    XYPlot plot = new XYPlot();
    fill(plot, look, layout.lineWidth());
    JFreeChart picture = new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, true);
    ChartStyle.apply(picture, subtitle, hostLine, layout, look);
    ChartStyle.xyPlot(plot, layout, look);
    return picture;
  }
}
