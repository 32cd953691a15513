package wsarena.ui.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleFunction;
import java.util.function.ToDoubleFunction;
import javafx.scene.chart.NumberAxis;
import wsarena.metrics.Phase;
import wsarena.metrics.Sample;
import wsarena.scenario.Scenario;
import wsarena.text.Units;

/**
 * A card of time charts whose lines each plot one figure of the sample as it comes (negative
 * figures mean "not known" and are left out, e.g. the CPU of an external target).
 */
class TimeSeriesCard extends ChartCard {
  private record Line(
      LiveSeries series, ToDoubleFunction<Sample> value, DoubleFunction<String> readout, TimeChart chart) {}

  private final TimeWindow window;
  private final PhaseBands phases;
  private final List<Line> lines = new ArrayList<>();
  private final List<TimeChart> charts = new ArrayList<>();
  /** The sample the legend reads out. */
  private Sample readout;

  TimeSeriesCard(String title, String slug, TimeWindow window, PhaseBands phases) {
    super(title, slug, "Press Start to measure");
    this.window = window;
    this.phases = phases;
  }

  /**
   * Adds a chart taking {@code grow} parts of the card's height, with about {@code ticks} value
   * ticks (fewer on short charts, so their labels stay legible).
   */
  protected TimeChart chart(NumberAxis yAxis, double grow, int ticks) {
    TimeChart chart = newChart(yAxis, ticks);
    addChart(chart, grow);
    return chart;
  }

  /** A chart that gives way on a short card ({@link #addOptionalChart}); its readouts stay. */
  protected TimeChart optionalChart(NumberAxis yAxis, double grow, int ticks) {
    TimeChart chart = newChart(yAxis, ticks);
    addOptionalChart(chart, grow);
    return chart;
  }

  private TimeChart newChart(NumberAxis yAxis, int ticks) {
    StickyRange.ticks(yAxis, ticks);
    TimeChart chart = new TimeChart(window, phases, yAxis);
    // one name per band is enough, and on the short charts below it would cover the values
    chart.showPhaseNames(charts.isEmpty());
    charts.add(chart);
    return chart;
  }

  protected LiveSeries line(
      TimeChart chart,
      String name,
      String colour,
      boolean dashed,
      ToDoubleFunction<Sample> value,
      DoubleFunction<String> readout) {
    LiveSeries series = new LiveSeries(name, colour, dashed);
    chart.getData().add(series.series());
    lines.add(new Line(series, value, readout, chart));
    addLegend(series.legend());
    return series;
  }

  @Override
  public void reset(Scenario scenario) {
    lines.forEach(l -> l.series().clear());
    readout = null;
    charts.forEach(c -> StickyRange.init((NumberAxis) c.getYAxis()));
    setPlaceholderVisible(true);
  }

  @Override
  public void append(List<Sample> samples, TimeWindow window) {
    if (samples.isEmpty()) {
      return;
    }
    for (Sample s : samples) {
      if (s.phase() == Phase.DRAINING) {
        continue; // tens of ms with the last answers only: rates that would spike the line's end
      }
      double x = s.elapsedMillis() / 1000.0;
      for (Line line : lines) {
        double v = line.value().applyAsDouble(s);
        if (v >= 0 && Double.isFinite(v)) {
          line.series().add(x, v);
        }
      }
    }
    readout = Readout.pick(readout, samples);
    for (Line line : lines) {
      line.series().flush(window.lower());
      double v = line.value().applyAsDouble(readout);
      // negative means "not known" (the switches of a URL target's threads): a dash, never "-1/s"
      line.series().legend().setValue(v >= 0 && Double.isFinite(v) ? line.readout().apply(v) : Units.NOT_KNOWN);
    }
    for (TimeChart chart : charts) {
      double max = 0;
      for (Line line : lines) {
        if (line.chart() == chart) {
          max = Math.max(max, line.series().maxY());
        }
      }
      StickyRange.fit((NumberAxis) chart.getYAxis(), max);
    }
    setPlaceholderVisible(pointCount() == 0);
  }

  @Override
  public int pointCount() {
    return lines.stream().mapToInt(l -> l.series().size()).sum();
  }

  List<TimeChart> charts() {
    return charts;
  }
}
