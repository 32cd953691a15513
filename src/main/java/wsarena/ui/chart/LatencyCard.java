package wsarena.ui.chart;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.ToLongFunction;
import javafx.beans.property.ObjectProperty;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import wsarena.metrics.Phase;
import wsarena.metrics.Sample;
import wsarena.text.Units;
import wsarena.scenario.Scenario;
import wsarena.scenario.Workload;
import wsarena.ui.SegmentedChoice;

/**
 * The interval's latency percentiles over time (p50, p90, p99, p99.9, max), on a linear or a
 * logarithmic scale: of the messages (echo, broadcast), the handshakes (a storm) or the pings (an
 * idle run). Intervals that timed nothing draw no point: there is no latency to show; nor does the
 * draining tail, and the legend ends on the last interval before it, as the result tile's figures do.
 */
public final class LatencyCard extends ChartCard {
  private record Line(LiveSeries series, ToLongFunction<Sample> micros) {}

  private final NumberAxis yAxis = new NumberAxis();
  private final TimeChart chart;
  private final List<Line> lines = new ArrayList<>();
  private final Deque<Sample> history = new ArrayDeque<>();
  private final ObjectProperty<LatencyScale> scale;
  private double lowerX;
  /** The sample the legend reads out: the last one before the draining tail. */
  private Sample readout;

  public LatencyCard(TimeWindow window, PhaseBands phases, ObjectProperty<LatencyScale> scale) {
    super("Latency percentiles", "latency", "Press Start to measure");
    this.scale = scale;
    chart = new TimeChart(window, phases, yAxis);
    line("p50", "-wsa-blue", s -> s.latency().p50Micros());
    line("p90", "-wsa-green", s -> s.latency().p90Micros());
    line("p99", "-wsa-amber", s -> s.latency().p99Micros());
    line("p99.9", "-wsa-red", s -> s.latency().p999Micros());
    line("max", "-wsa-purple", s -> s.latency().maxMicros());
    addChart(chart, 1);

    SegmentedChoice<LatencyScale> toggle =
        new SegmentedChoice<>(s -> s == LatencyScale.LOG ? "log" : "linear", LatencyScale.LINEAR, LatencyScale.LOG);
    toggle.setId("latency-scale");
    toggle.getStyleClass().add("scale-toggle");
    toggle.valueProperty().bindBidirectional(scale);
    addTool(toggle);

    scale.get().configure(yAxis);
    scale.addListener((obs, old, now) -> redraw());
  }

  private void line(String name, String colour, ToLongFunction<Sample> micros) {
    LiveSeries s = new LiveSeries(name, colour);
    chart.getData().add(s.series());
    lines.add(new Line(s, micros));
    addLegend(s.legend());
  }

  @Override
  public void reset(Scenario scenario) {
    retitle(
        switch (scenario.workload()) {
          case STORM -> "Handshake latency";
          case IDLE -> "Ping round trip";
          case ECHO, BROADCAST -> "Latency percentiles";
        });
    history.clear();
    readout = null;
    lines.forEach(l -> l.series().clear());
    scale.get().configure(yAxis);
    setPlaceholderVisible(true);
  }

  @Override
  public void append(List<Sample> samples, TimeWindow window) {
    if (samples.isEmpty()) {
      return;
    }
    lowerX = window.lower();
    LatencyScale s = scale.get();
    for (Sample sample : samples) {
      if (sample.phase() == Phase.DRAINING) {
        continue; // the last answers only: p50 = p99 = max of a few, a spike at the line's end
      }
      history.addLast(sample);
      if (sample.latency().measuredAny()) {
        double x = sample.elapsedMillis() / 1000.0;
        for (Line line : lines) {
          double y = s.plot(line.micros().applyAsLong(sample));
          if (Double.isFinite(y)) {
            line.series().add(x, y);
          }
        }
      }
    }
    while (history.size() > LiveSeries.MAX_POINTS
        || (!history.isEmpty() && history.getFirst().elapsedMillis() / 1000.0 < lowerX - 60)) {
      history.removeFirst();
    }
    lines.forEach(l -> l.series().flush(lowerX));
    readout = Readout.pick(readout, samples);
    Sample latest = readout;
    for (Line line : lines) {
      line.series()
          .legend()
          .setValue(latest.latency().measuredAny() ? Units.latency(line.micros().applyAsLong(latest)) : "–");
    }
    fitAxis();
    setPlaceholderVisible(pointCount() == 0);
  }

  /** Draws every kept sample again on the current scale. */
  private void redraw() {
    LatencyScale s = scale.get();
    s.configure(yAxis);
    for (Line line : lines) {
      List<XYChart.Data<Number, Number>> points = new ArrayList<>();
      for (Sample sample : history) {
        double y = s.plot(line.micros().applyAsLong(sample));
        if (sample.latency().measuredAny() && Double.isFinite(y)) {
          points.add(new XYChart.Data<>(sample.elapsedMillis() / 1000.0, y));
        }
      }
      line.series().replace(points);
      line.series().flush(lowerX);
    }
    fitAxis();
    chart.relayout();
  }

  private void fitAxis() {
    double min = Double.NaN;
    double max = Double.NaN;
    for (Line line : lines) {
      for (XYChart.Data<Number, Number> d : line.series().series().getData()) {
        double v = d.getYValue().doubleValue();
        if (Double.isFinite(v)) {
          min = Double.isNaN(min) ? v : Math.min(min, v);
          max = Double.isNaN(max) ? v : Math.max(max, v);
        }
      }
    }
    scale.get().fit(yAxis, min, max);
  }

  @Override
  public int pointCount() {
    return lines.stream().mapToInt(l -> l.series().size()).sum();
  }
}
