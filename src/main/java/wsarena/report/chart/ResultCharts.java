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
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import wsarena.metrics.Percentile;
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
    List<DistributionFigure.Curve> curves = new ArrayList<>();
    for (int i = 0; i < runs.size(); i++) {
      curves.add(new DistributionFigure.Curve(names.get(i), i, RunPalette.dashed(i), PercentileCurve.of(runs.get(i).latency()), true));
    }
    DistributionFigure figure = new DistributionFigure();
    figure.show(curves);
    return figure.picture(layout, ChartTitles.compact(ChartTitles.DISTRIBUTION, names), subtitle(runs.getFirst()), hostLine(runs), ChartLook.LIGHT);
  }

  /** The distribution of {@code runs} under their labels (numbered where two share one), 16:9. */
  public static JFreeChart distribution(List<RunResult> runs) {
    return distribution(runs, labels(runs), ExportLayout.WIDE);
  }

  /** p50, p90, p99, p99.9 and max of each interval, on a log latency axis: the window's latency card. */
  public static JFreeChart latencyOverTime(RunResult run, String name, ExportLayout layout) {
    return TimeFigures.latency(ChartTitles.LATENCY).addRun(run.samples())
        .picture(layout, ChartTitles.of(ChartTitles.LATENCY, List.of(name)), subtitle(run), Machines.summaryLine(run.hosts()), ChartLook.LIGHT);
  }

  /** Messages per second received and sent in each interval, and megabytes per second: the window's throughput card. */
  public static JFreeChart throughputOverTime(RunResult run, String name, ExportLayout layout) {
    return TimeFigures.throughput().addRun(run.samples())
        .picture(layout, ChartTitles.of(ChartTitles.THROUGHPUT, List.of(name)), subtitle(run), Machines.summaryLine(run.hosts()), ChartLook.LIGHT);
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

  private static final double DECADE_SLACK = 1e-9;

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
      // a hair past each decade: LogAxis takes the log of the bound (log 0.1 reads -0.9999999999999998)
      // and rounds it up to its first tick, so a bound on 0.1 ms lost its "100 µs" label
      axis.setRange(lower * (1 - DECADE_SLACK), Math.max(upper, lower * 10) * (1 + DECADE_SLACK));
    }
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
