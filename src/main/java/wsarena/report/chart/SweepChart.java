package wsarena.report.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToLongFunction;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import wsarena.metrics.Percentile;
import wsarena.metrics.SweepResult;
import wsarena.metrics.SweepStep;
import wsarena.report.Comparison;
import wsarena.report.Machines;
import wsarena.report.MarkdownSummary;
import wsarena.report.SweepSummary;
import wsarena.text.Units;

/**
 * A sweep's pictures: latency percentiles against the offered load, and the achieved rate against
 * the offered one, both on log axes, as the window draws them. One sweep shows p50 … max with its
 * p99 bound and its knee marked; several sweeps (one per target) show each one's p99, solid, and
 * p50, dashed, in its colour, so two targets' knees sit on one chart.
 */
public final class SweepChart {
  private static final int MAX_KNEE_LABELS = 3;

  private SweepChart() {}

  /**
   * One sweep on the chart: a target's steps so far, its knee once known (a sweep going on in the
   * window has none yet).
   *
   * @param kneeRate the knee's offered rate, msgs/s; NaN when there is none (yet)
   */
  public record Curve(String label, List<SweepStep> steps, double kneeRate) {
    public Curve {
      steps = List.copyOf(steps);
    }

    /** The steps in the order of their load. */
    List<SweepStep> byLoad() {
      return steps.stream().sorted(java.util.Comparator.comparingDouble(SweepStep::offeredRate)).toList();
    }
  }

  /** One line of the latency chart, for a legend drawn beside it (the window's card). */
  public record Line(String name, Hue hue, boolean dashed) {}

  /** Latency percentiles of each step against its offered rate, laid out 16:9. */
  public static JFreeChart latencyAgainstLoad(List<SweepResult> sweeps) {
    return latencyAgainstLoad(sweeps, ExportLayout.WIDE, ChartLook.LIGHT);
  }

  /** Latency percentiles of each step against its offered rate, laid out for {@code layout}, white. */
  public static JFreeChart latencyAgainstLoad(List<SweepResult> sweeps, ExportLayout layout) {
    return latencyAgainstLoad(sweeps, layout, ChartLook.LIGHT);
  }

  /** Latency percentiles of each step against its offered rate, laid out for {@code layout}, in {@code look}'s colours. */
  public static JFreeChart latencyAgainstLoad(List<SweepResult> sweeps, ExportLayout layout, ChartLook look) {
    require(sweeps);
    XYPlot plot = latencyPlot(curves(sweeps), bound(sweeps), look, layout.lineWidth(), 14);
    JFreeChart chart = new JFreeChart(title("Latency against load", sweeps), plot);
    ChartStyle.apply(chart, subtitle(sweeps), hostLine(sweeps), layout, look);
    ChartStyle.xyPlot(plot, layout, look);
    ChartStyle.finding(chart, finding(sweeps), look);
    return chart;
  }

  /**
   * The same chart as the window draws it on its card, the sweep going on among {@code curves}:
   * transparent (the card shows through), no title or legend (the card has both, see {@link
   * #lines}), {@code look}'s type and lines.
   *
   * @param boundMicros the p99 bound the steps are judged against
   */
  public static JFreeChart screen(List<Curve> curves, long boundMicros, ChartLook look) {
    XYPlot plot = latencyPlot(curves, boundMicros, look, look.screenLineWidth(), look.screenTickSize());
    JFreeChart chart = ChartStyle.onCard(plot);
    ChartStyle.roomForTopTickLabel(chart, look);
    plot.setBackgroundPaint(null);
    plot.setOutlineVisible(false);
    ChartStyle.grid(plot, look);
    Font tick = new Font(Font.SANS_SERIF, Font.PLAIN, (int) look.screenTickSize());
    for (var axis : List.of(plot.getDomainAxis(), plot.getRangeAxis())) {
      axis.setTickLabelFont(tick);
      axis.setTickLabelPaint(look.ink());
      axis.setLabelFont(tick);
      axis.setLabelPaint(look.muted());
      axis.setAxisLineVisible(false);
      axis.setTickMarksVisible(false);
    }
    // the card's legend names the lines; the latency axis's name would take the plot's width
    plot.getRangeAxis().setLabel(null);
    return chart;
  }

  /**
   * {@code curves} as a picture of {@code layout} under the words given (the window's export of a
   * sweep still going, which has no result to describe itself by yet).
   */
  public static JFreeChart picture(
      List<Curve> curves, long boundMicros, ExportLayout layout, String title, String subtitle, String hostLine, ChartLook look) {
    XYPlot plot = latencyPlot(curves, boundMicros, look, layout.lineWidth(), 14);
    JFreeChart chart = new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, true);
    ChartStyle.apply(chart, subtitle, hostLine, layout, look);
    ChartStyle.xyPlot(plot, layout, look);
    return chart;
  }

  /** The lines {@link #screen} and the pictures draw for {@code curves}, in order. */
  public static List<Line> lines(List<Curve> curves) {
    List<Line> out = new ArrayList<>();
    if (curves.size() == 1) {
      for (Percentile p : Percentile.values()) {
        out.add(new Line(p.label(), Hue.of(p), false));
      }
    } else {
      for (int i = 0; i < curves.size(); i++) {
        out.add(new Line(curves.get(i).label() + " p99", RunPalette.hue(i), false));
        out.add(new Line(curves.get(i).label() + " p50", RunPalette.hue(i), true));
      }
    }
    return out;
  }

  /**
   * The plot of every picture and of the window: one sweep's percentiles, or each sweep's p99 and
   * p50, the p99 bound and each knee marked; the latency axis reaches the bound.
   */
  private static XYPlot latencyPlot(List<Curve> curves, long boundMicros, ChartLook look, float lineWidth, double labelSize) {
    XYSeriesCollection data = new XYSeriesCollection();
    List<Line> lines = lines(curves);
    for (int i = 0; i < curves.size(); i++) {
      Curve c = curves.get(i);
      if (curves.size() == 1) {
        for (Percentile p : Percentile.values()) {
          data.addSeries(latencies(c, p.label(), step -> p.micros(step)));
        }
      } else {
        data.addSeries(latencies(c, c.label() + " p99", SweepStep::p99Micros));
        data.addSeries(latencies(c, c.label() + " p50", SweepStep::p50Micros));
      }
    }
    List<Color> colours = lines.stream().map(l -> look.colour(l.hue())).toList();
    List<Boolean> dashed = lines.stream().map(Line::dashed).toList();
    LogAxis y = ResultCharts.latencyAxis();
    ResultCharts.fitDecades(y, data);
    double boundMs = boundMicros / 1000.0;
    if (data.getSeriesCount() > 0 && boundMs > 0 && y.getLowerBound() > 0) {
      // the bound stays on the chart, where the steps are judged
      y.setRange(Math.min(y.getLowerBound(), Math.pow(10, Math.floor(Math.log10(boundMs)))),
          Math.max(y.getUpperBound(), Math.pow(10, Math.ceil(Math.log10(boundMs * 1.0001)))));
    }
    XYPlot plot = new XYPlot(data, loadAxis("offered load, msgs/s (log)", curves), y, points(colours, dashed, lineWidth));
    if (boundMicros > 0) {
      ValueMarker slo = new ValueMarker(boundMs, look.muted(), dashes(1.5f));
      label(slo, "p99 bound " + Units.latency(boundMicros), RectangleAnchor.TOP_LEFT, TextAnchor.BOTTOM_LEFT, look, labelSize);
      plot.addRangeMarker(slo, Layer.BACKGROUND);
    }
    for (int i = 0; i < curves.size(); i++) {
      Curve c = curves.get(i);
      if (Double.isNaN(c.kneeRate())) {
        continue;
      }
      Color colour = curves.size() == 1 ? look.ink() : look.run(i);
      ValueMarker knee = new ValueMarker(c.kneeRate(), colour, dashes(2f));
      // Beside its line a knee's name reads for a few sweeps; more crowd each other at the top
      // (knees close on a log axis), and the finding above the plot names every knee anyway.
      if (curves.size() <= MAX_KNEE_LABELS) {
        label(knee, (curves.size() == 1 ? "knee " : c.label() + " knee ") + Units.compact(c.kneeRate()), RectangleAnchor.TOP_LEFT,
            TextAnchor.TOP_LEFT, look, labelSize);
      }
      plot.addDomainMarker(knee, Layer.BACKGROUND);
    }
    return plot;
  }

  /** Each sweep as a curve, named so that two sweeps of one target differ. */
  private static List<Curve> curves(List<SweepResult> sweeps) {
    List<Curve> out = new ArrayList<>();
    for (int i = 0; i < sweeps.size(); i++) {
      SweepResult s = sweeps.get(i);
      out.add(new Curve(label(sweeps, i), s.steps(), s.knee().map(SweepStep::offeredRate).orElse(Double.NaN)));
    }
    return out;
  }

  private static long bound(List<SweepResult> sweeps) {
    return sweeps.getFirst().plan().bounds().p99().toNanos() / 1000;
  }

  /** The rate each step's answers came at against the rate it offered, beside the line where they are equal; 16:9. */
  public static JFreeChart achievedAgainstOffered(List<SweepResult> sweeps) {
    return achievedAgainstOffered(sweeps, ExportLayout.WIDE);
  }

  /** {@link #achievedAgainstOffered(List)} laid out for {@code layout}. */
  public static JFreeChart achievedAgainstOffered(List<SweepResult> sweeps, ExportLayout layout) {
    require(sweeps);
    XYSeriesCollection data = new XYSeriesCollection();
    List<Color> colours = new ArrayList<>();
    List<Boolean> dashed = new ArrayList<>();
    double low = Double.MAX_VALUE;
    double high = 0;
    for (int i = 0; i < sweeps.size(); i++) {
      XYSeries series = new XYSeries(sweeps.size() == 1 ? "achieved" : label(sweeps, i), true, true);
      for (SweepStep s : sweeps.get(i).byLoad()) {
        if (s.offeredRate() > 0 && s.achievedRate() > 0) {
          series.add(s.offeredRate(), s.achievedRate());
          low = Math.min(low, Math.min(s.offeredRate(), s.achievedRate()));
          high = Math.max(high, Math.max(s.offeredRate(), s.achievedRate()));
        }
      }
      data.addSeries(series);
      colours.add(sweeps.size() == 1 ? ChartStyle.BLUE : ChartStyle.run(i));
      dashed.add(false);
    }
    if (high > 0) {
      XYSeries equal = new XYSeries("achieved = offered", true, true);
      equal.add(low, low);
      equal.add(high, high);
      data.addSeries(equal);
      colours.add(ChartStyle.MUTED);
      dashed.add(true);
    }
    LogAxis y = rateAxis("achieved, msgs/s (log)");
    LogAxis x = loadAxis("offered load, msgs/s (log)", curves(sweeps));
    if (high > 0) {
      y.setRange(x.getLowerBound(), x.getUpperBound());
    }
    XYLineAndShapeRenderer renderer = points(colours, dashed, layout.lineWidth());
    if (high > 0) {
      renderer.setSeriesShapesVisible(data.getSeriesCount() - 1, false);
    }
    XYPlot plot = new XYPlot(data, x, y, renderer);
    JFreeChart chart = new JFreeChart(title("Achieved against offered", sweeps), plot);
    ChartStyle.apply(chart, subtitle(sweeps), hostLine(sweeps), layout);
    ChartStyle.xyPlot(plot, layout);
    ChartStyle.finding(chart, finding(sweeps));
    return chart;
  }

  private static void require(List<SweepResult> sweeps) {
    if (sweeps.isEmpty() || sweeps.stream().allMatch(s -> s.steps().isEmpty())) {
      throw new IllegalArgumentException("no sweep step to draw");
    }
  }

  /** One percentile of each step, in the order of its load; a step with no latency is left out. */
  private static XYSeries latencies(Curve sweep, String name, ToLongFunction<SweepStep> micros) {
    XYSeries series = new XYSeries(name, true, true);
    for (SweepStep s : sweep.byLoad()) {
      long v = micros.applyAsLong(s);
      if (v > 0 && s.offeredRate() > 0) {
        series.add(s.offeredRate(), v / 1000.0);
      }
    }
    return series;
  }

  /** Lines through the steps, each step a dot: a sweep has few, and each one is a whole run. */
  private static XYLineAndShapeRenderer points(List<Color> colours, List<Boolean> dashed, float lineWidth) {
    XYLineAndShapeRenderer r = ChartStyle.lines(colours, dashed, lineWidth);
    r.setDefaultShapesVisible(true);
    r.setDefaultShapesFilled(true);
    for (int i = 0; i < colours.size(); i++) {
      r.setSeriesShapesVisible(i, true);
      r.setSeriesShape(i, dashed.get(i) ? new Rectangle2D.Double(-3.5, -3.5, 7, 7) : new Ellipse2D.Double(-4.5, -4.5, 9, 9));
    }
    r.setDrawSeriesLineAsPath(false);
    return r;
  }

  /** The offered rates of every step, on whole decades. */
  private static LogAxis loadAxis(String label, List<Curve> sweeps) {
    LogAxis x = rateAxis(label);
    double min = sweeps.stream().flatMap(s -> s.steps().stream()).mapToDouble(SweepStep::offeredRate).filter(r -> r > 0).min().orElse(1);
    double max = sweeps.stream().flatMap(s -> s.steps().stream()).mapToDouble(SweepStep::offeredRate).max().orElse(10);
    double lower = Math.pow(10, Math.floor(Math.log10(min)));
    double upper = Math.pow(10, Math.ceil(Math.log10(max * 1.0001)));
    // a hair past the last decade, so its tick is drawn and labelled
    x.setRange(lower, Math.max(upper, lower * 10) * 1.001);
    return x;
  }

  private static LogAxis rateAxis(String label) {
    LogAxis axis = new LogAxis(label);
    axis.setBase(10);
    axis.setSmallestValue(0.1);
    axis.setNumberFormatOverride(new RateFormat());
    axis.setTickUnit(new NumberTickUnit(1)); // one tick per decade
    axis.setMinorTickMarksVisible(false);
    return axis;
  }

  private static BasicStroke dashes(float width) {
    return new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, new float[] {6f, 5f}, 0f);
  }

  private static void label(ValueMarker marker, String text, RectangleAnchor anchor, TextAnchor textAnchor, ChartLook look, double size) {
    marker.setLabel(text);
    marker.setLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, (int) Math.round(size)));
    marker.setLabelPaint(look.muted());
    Color behind = look.background();
    marker.setLabelBackgroundColor(new Color(behind.getRed(), behind.getGreen(), behind.getBlue(), 200));
    marker.setLabelAnchor(anchor);
    marker.setLabelTextAnchor(textAnchor);
  }

  private static String label(List<SweepResult> sweeps, int index) {
    String label = sweeps.get(index).target().label();
    long same = sweeps.stream().filter(s -> s.target().label().equals(label)).count();
    return same > 1 ? label + " #" + (index + 1) : label;
  }

  private static String title(String what, List<SweepResult> sweeps) {
    return switch (sweeps.size()) {
      case 1 -> what + " · " + sweeps.getFirst().target().label();
      case 2, 3 -> what + " · " + String.join(" vs ", sweeps.stream().map(s -> s.target().label()).toList());
      default -> what + " · " + sweeps.size() + " targets";
    };
  }

  /** The first sweep's scenario, with what its steps vary. */
  private static String subtitle(List<SweepResult> sweeps) {
    SweepResult first = sweeps.getFirst();
    return MarkdownSummary.describe(first.scenario(), first.plan().steps());
  }

  /** For one sweep, its knee; for several, each one's. */
  private static String finding(List<SweepResult> sweeps) {
    if (sweeps.size() == 1) {
      return SweepSummary.headline(sweeps.getFirst()) + " · " + SweepSummary.stopped(sweeps.getFirst());
    }
    List<String> knees = new ArrayList<>();
    for (int i = 0; i < sweeps.size(); i++) {
      SweepResult s = sweeps.get(i);
      knees.add(label(sweeps, i) + " " + (s.maxSustainableRate() == null ? "none"
          : (s.kneeIsLowerBound() ? "≥ " : "") + Units.compact(s.maxSustainableRate()) + " msgs/s"));
    }
    return "knees at p99 ≤ " + Units.latency(sweeps.getFirst().plan().bounds().p99().toNanos() / 1000) + ": " + String.join(" · ", knees);
  }

  private static String hostLine(List<SweepResult> sweeps) {
    List<SweepResult> seen = new ArrayList<>();
    for (SweepResult s : sweeps) {
      if (seen.stream().noneMatch(o -> Machines.same(o.host(), s.host()))) {
        seen.add(s);
      }
    }
    return Comparison.hostLine(Machines.summaryLine(sweeps.getFirst().host()), seen.size());
  }

  /** Messages per second on a log axis: {@code 100}, {@code 1k}, {@code 10k}, {@code 1M}. */
  static final class RateFormat extends ResultCharts.TickFormat {
    @Override
    String label(double rate) {
      return Units.compact(rate);
    }
  }
}
