package wsarena.ui.chart;

import javafx.beans.property.ObjectProperty;
import wsarena.metrics.Sample;
import wsarena.report.chart.ChartTitles;
import wsarena.report.chart.TimeFigure;
import wsarena.report.chart.TimeFigures;
import wsarena.scenario.Scenario;
import wsarena.scenario.Workload;
import wsarena.ui.SegmentedChoice;

/**
 * The interval's latency percentiles over time (p50, p90, p99, p99.9, max), on JFreeChart's log
 * axis or a linear one: of the messages (echo, broadcast), the handshakes (a storm) or the pings (an
 * idle run). Intervals that timed nothing draw no point: there is no latency to show; nor does the
 * draining tail, and the legend ends on the last interval before it, as the result tile's figures do.
 */
public final class LatencyCard extends TimeSeriesCard {
  public LatencyCard(ObjectProperty<LatencyScale> scale) {
    super("latency", TimeFigures.latency(ChartTitles.LATENCY));
    SegmentedChoice<LatencyScale> toggle =
        new SegmentedChoice<>(s -> s == LatencyScale.LOG ? "log" : "linear", LatencyScale.LINEAR, LatencyScale.LOG);
    toggle.setId("latency-scale");
    toggle.getStyleClass().add("scale-toggle");
    // "lin…" and "l…" said nothing: the switch keeps its words, the title gives way first
    toggle.getButtons().forEach(b -> b.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE));
    toggle.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
    shrinkableTitle();
    toggle.valueProperty().bindBidirectional(scale);
    addTool(toggle);
    changeFigure(f -> f.setLog(scale.get() == LatencyScale.LOG));
    scale.addListener((obs, old, now) -> changeFigure(f -> f.setLog(now == LatencyScale.LOG)));
  }

  @Override
  public void reset(Scenario scenario) {
    retitle(
        switch (scenario.workload()) {
          case STORM -> "Handshake latency";
          case IDLE -> "Ping round trip";
          case ECHO, BROADCAST -> ChartTitles.LATENCY;
        });
    super.reset(scenario);
  }

  /** An interval that timed nothing reads "–": there is no latency to read out. */
  @Override
  protected String readout(TimeFigure.Line line, Sample s) {
    return s.latency().measuredAny() ? super.readout(line, s) : "–";
  }
}
