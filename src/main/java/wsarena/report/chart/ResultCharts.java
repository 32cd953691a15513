package wsarena.report.chart;

import java.awt.Color;
import java.text.DecimalFormat;
import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import wsarena.metrics.PercentileCurve;
import wsarena.metrics.Phase;
import wsarena.metrics.RunResult;
import wsarena.metrics.Sample;
import wsarena.report.Comparison;
import wsarena.report.Machines;
import wsarena.report.MarkdownSummary;

/**
 * The charts of saved runs, as the window draws them: the latency distribution of one or more
 * runs (HdrHistogram's percentile axis), and for one run its latency percentiles and its
 * throughput over time, with the unmeasured ramp and warm-up shaded.
 */
public final class ResultCharts {
  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

  private ResultCharts() {}

  /**
   * Every run's percentile curve on one chart: 0 %, 90 %, 99 %, 99.9 % ... evenly spaced.
   *
   * @param names each run's name in the legend and the title, in order
   */
  public static JFreeChart distribution(List<RunResult> runs, List<String> names, ExportLayout layout) {
    if (runs.isEmpty()) {
      throw new IllegalArgumentException("no run to draw");
    }
    XYSeriesCollection data = new XYSeriesCollection();
    List<Color> colours = new ArrayList<>();
    double lastNines = 1;
    for (int i = 0; i < runs.size(); i++) {
      RunResult run = runs.get(i);
      XYSeries series = new XYSeries(names.get(i), false, true);
      for (PercentileCurve.Point p : PercentileCurve.of(run.latency())) {
        double nines = Math.log10(p.inverseTail());
        if (Double.isFinite(nines)) {
          series.add(nines, Math.max(p.latencyMicros(), 1) / 1000.0);
          lastNines = Math.max(lastNines, nines);
        }
      }
      data.addSeries(series);
      colours.add(ChartStyle.run(i));
    }
    NumberAxis x = new NumberAxis("percentile");
    x.setRange(0, Math.ceil(lastNines));
    x.setTickUnit(new NumberTickUnit(1, new PercentileFormat()));
    LogAxis y = latencyAxis();
    fitDecades(y, data);
    List<Boolean> dashed = new ArrayList<>();
    for (int i = 0; i < runs.size(); i++) {
      dashed.add(ChartStyle.dashedRun(i));
    }
    XYPlot plot = new XYPlot(data, x, y, ChartStyle.lines(colours, dashed, layout));
    JFreeChart chart = new JFreeChart(ChartTitles.of(ChartTitles.DISTRIBUTION, names), plot);
    ChartStyle.apply(chart, subtitle(runs.getFirst()), hostLine(runs), layout);
    ChartStyle.xyPlot(plot, layout);
    return chart;
  }

  /** The distribution of {@code runs} under their labels (numbered where two share one), 16:9. */
  public static JFreeChart distribution(List<RunResult> runs) {
    return distribution(runs, labels(runs), ExportLayout.WIDE);
  }

  /** p50, p90, p99, p99.9 and max of each interval, on a log latency axis. */
  public static JFreeChart latencyOverTime(RunResult run, String name, ExportLayout layout) {
    XYSeriesCollection data = new XYSeriesCollection();
    data.addSeries(overTime(run, "p50", s -> s.latency().p50Micros() / 1000.0));
    data.addSeries(overTime(run, "p90", s -> s.latency().p90Micros() / 1000.0));
    data.addSeries(overTime(run, "p99", s -> s.latency().p99Micros() / 1000.0));
    data.addSeries(overTime(run, "p99.9", s -> s.latency().p999Micros() / 1000.0));
    data.addSeries(overTime(run, "max", s -> s.latency().maxMicros() / 1000.0));
    List<Color> colours = new ArrayList<>(List.of(ChartStyle.BLUE, ChartStyle.GREEN, ChartStyle.AMBER, ChartStyle.RED, ChartStyle.PURPLE));
    List<Boolean> dashed = new ArrayList<>(Collections.nCopies(5, false));
    // an interval without an answer has no percentile: it shows how long its oldest message had waited
    boolean silent = run.samples().stream().anyMatch(s -> s.phase() != Phase.DRAINING && s.unanswered());
    if (silent) {
      data.addSeries(overTime(run, "no answer: oldest waiting", s -> s.unanswered() ? s.fates().oldestWaitingMicros() / 1000.0 : 0));
      colours.add(ChartStyle.RED);
      dashed.add(true);
    }
    LogAxis y = latencyAxis();
    fitDecades(y, data);
    XYLineAndShapeRenderer lines = ChartStyle.lines(colours, dashed, layout);
    if (silent) {
      lines.setSeriesShapesVisible(5, true); // one silent interval alone is a point, not a line
    }
    XYPlot plot = new XYPlot(data, timeAxis(), y, lines);
    shadeUnmeasured(plot, run, layout);
    JFreeChart chart = new JFreeChart(ChartTitles.of(ChartTitles.LATENCY, List.of(name)), plot);
    ChartStyle.apply(chart, subtitle(run), Machines.summaryLine(run.hosts()), layout);
    ChartStyle.xyPlot(plot, layout);
    return chart;
  }

  /** Messages per second received and sent in each interval. */
  public static JFreeChart throughputOverTime(RunResult run, String name, ExportLayout layout) {
    XYSeriesCollection data = new XYSeriesCollection();
    data.addSeries(overTime(run, "received msgs/s", Sample::receivedPerSecond));
    data.addSeries(overTime(run, "sent msgs/s", Sample::sentPerSecond));
    NumberAxis y = new NumberAxis("messages per second");
    y.setNumberFormatOverride(new DecimalFormat("#,##0"));
    y.setAutoRangeIncludesZero(true);
    double top = 0;
    for (int i = 0; i < data.getSeriesCount(); i++) {
      top = data.getSeries(i).isEmpty() ? top : Math.max(top, data.getSeries(i).getMaxY());
    }
    if (top > 0) {
      y.setTickUnit(new NumberTickUnit(Ticks.roundStep(top / 5)));
    }
    XYPlot plot =
        new XYPlot(data, timeAxis(), y, ChartStyle.lines(List.of(ChartStyle.BLUE, ChartStyle.ORANGE), List.of(false, true), layout));
    shadeUnmeasured(plot, run, layout);
    JFreeChart chart = new JFreeChart(ChartTitles.of(ChartTitles.THROUGHPUT, List.of(name)), plot);
    ChartStyle.apply(chart, subtitle(run), Machines.summaryLine(run.hosts()), layout);
    ChartStyle.xyPlot(plot, layout);
    return chart;
  }

  /** The run's label, with its position when another run has the same one. */
  public static String uniqueLabel(List<RunResult> runs, int index) {
    String label = runs.get(index).target().label();
    long same = runs.stream().filter(r -> r.target().label().equals(label)).count();
    return same > 1 ? label + " #" + (index + 1) : label;
  }

  /** Each run's {@link #uniqueLabel}. */
  public static List<String> labels(List<RunResult> runs) {
    List<String> labels = new ArrayList<>();
    for (int i = 0; i < runs.size(); i++) {
      labels.add(uniqueLabel(runs, i));
    }
    return labels;
  }

  private static XYSeries overTime(RunResult run, String name, ToDoubleFunction<Sample> value) {
    XYSeries series = new XYSeries(name, false, true);
    for (Sample s : run.samples()) {
      if (s.phase() == Phase.DRAINING) {
        continue; // a tail of tens of ms with the last answers only: not a measured interval
      }
      double v = value.applyAsDouble(s);
      // a log axis cannot show 0 (an interval with no answers): leave a gap instead
      if (Double.isFinite(v) && v > 0) {
        series.add(s.elapsedMillis() / 1000.0, v);
      }
    }
    return series;
  }

  /** Whole decades around the data, so both ends of the axis carry a labelled tick. */
  static void fitDecades(LogAxis axis, XYSeriesCollection data) {
    double min = Double.POSITIVE_INFINITY;
    double max = 0;
    for (int i = 0; i < data.getSeriesCount(); i++) {
      XYSeries series = data.getSeries(i);
      if (!series.isEmpty()) {
        min = Math.min(min, series.getMinY());
        max = Math.max(max, series.getMaxY());
      }
    }
    if (max > 0) {
      double lower = Math.pow(10, Math.floor(Math.log10(min)));
      double upper = Math.pow(10, Math.ceil(Math.log10(max * 1.0001)));
      axis.setRange(lower, Math.max(upper, lower * 10));
    }
  }

  private static NumberAxis timeAxis() {
    NumberAxis x = new NumberAxis("seconds since the start");
    x.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
    x.setAutoRangeIncludesZero(true);
    x.setLowerMargin(0);
    x.setUpperMargin(0.02);
    return x;
  }

  static LogAxis latencyAxis() {
    LogAxis y = new LogAxis("latency, ms (log)");
    y.setBase(10);
    y.setSmallestValue(0.001);
    y.setNumberFormatOverride(new LatencyFormat());
    y.setTickUnit(new NumberTickUnit(1)); // one tick per decade
    y.setMinorTickMarksVisible(false);
    return y;
  }

  /** Shades ramp and warm-up (not measured) and names them, as the window does. */
  private static void shadeUnmeasured(XYPlot plot, RunResult run, ExportLayout layout) {
    double start = 0;
    Phase phase = null;
    List<Sample> samples = run.samples();
    double total = samples.isEmpty() ? 1 : Math.max(0.001, samples.getLast().elapsedMillis() / 1000.0);
    for (int i = 0; i <= samples.size(); i++) {
      Phase now = i < samples.size() ? samples.get(i).phase() : null;
      if (now != phase) {
        double end = i == 0 ? 0 : samples.get(i - 1).elapsedMillis() / 1000.0;
        if (phase == Phase.RAMP || phase == Phase.WARMUP) {
          IntervalMarker band = new IntervalMarker(start, end, ChartStyle.PHASE_SHADE);
          // named only where the name fits, as in the window
          if ((end - start) / total >= 0.08) {
            band.setLabel(phase == Phase.RAMP ? "ramp" : "warm-up");
          }
          band.setLabelFont(new java.awt.Font(java.awt.Font.SANS_SERIF, java.awt.Font.PLAIN, (int) layout.tickSize()));
          band.setLabelPaint(ChartStyle.MUTED);
          band.setLabelBackgroundColor(new Color(0, 0, 0, 0));
          band.setLabelAnchor(RectangleAnchor.TOP_LEFT);
          band.setLabelTextAnchor(TextAnchor.TOP_LEFT);
          plot.addDomainMarker(band, Layer.BACKGROUND);
        }
        start = end;
        phase = now;
      }
    }
  }

  static String subtitle(RunResult run) {
    String when = run.startedAt() == null ? "" : " · " + WHEN.format(run.startedAt().atZone(ZoneId.systemDefault()));
    return MarkdownSummary.describe(run.scenario()) + when;
  }

  static String hostLine(List<RunResult> runs) {
    return Comparison.of(runs).hostLine();
  }


  /** Axis value n (nines) as a percentile: 0 → 0 %, 1 → 90 %, 2 → 99 %, 3 → 99.9 %. */
  static final class PercentileFormat extends TickFormat {
    @Override
    String label(double nines) {
      return Ticks.percentile(Math.round(nines));
    }
  }

  /** Milliseconds on a log axis: 0.001 ms reads as 1 µs, 10 as 10 ms. */
  static final class LatencyFormat extends TickFormat {
    @Override
    String label(double ms) {
      return Ticks.latency(ms * 1000);
    }
  }

  /** A JFreeChart tick format made of one labelling function. */
  abstract static class TickFormat extends NumberFormat {
    abstract String label(double value);

    @Override
    public StringBuffer format(double value, StringBuffer to, FieldPosition pos) {
      return to.append(label(value));
    }

    @Override
    public StringBuffer format(long value, StringBuffer to, FieldPosition pos) {
      return format((double) value, to, pos);
    }

    @Override
    public Number parse(String source, ParsePosition pos) {
      throw new UnsupportedOperationException();
    }
  }
}
