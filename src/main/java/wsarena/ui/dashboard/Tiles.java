package wsarena.ui.dashboard;

import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.RowConstraints;
import wsarena.metrics.RunResult;
import wsarena.metrics.Sample;
import wsarena.scenario.Scenario;
import wsarena.scenario.Workload;
import wsarena.ui.chart.ChartCard;
import wsarena.ui.chart.ConnectionsCard;
import wsarena.ui.chart.DistributionCard;
import wsarena.ui.chart.HandshakesCard;
import wsarena.ui.chart.HeldMemoryCard;
import wsarena.ui.chart.LatencyCard;
import wsarena.ui.chart.LatencyScale;
import wsarena.ui.chart.ResourcesCard;
import wsarena.ui.chart.SummaryCard;
import wsarena.ui.chart.SweepCard;
import wsarena.ui.chart.ThroughputCard;
import wsarena.ui.chart.TimeWindow;

/**
 * The six tiles, three by two (in presentation mode or on a short window three at a time, in a
 * row): latency over time, throughput, connections, latency distribution,
 * CPU and memory, result. The four time charts share one time window and one set of phase bands,
 * and draw one run at a time, from its samples. The second tile shows what the workload measures:
 * messages per second, a storm's handshakes per second, or an idle run's memory per connection.
 */
final class Tiles extends GridPane {
  private final TimeWindow window = new TimeWindow();
  private final ObjectProperty<LatencyScale> scale = new SimpleObjectProperty<>(LatencyScale.LOG);
  private final LatencyCard latency = new LatencyCard(scale);
  private final ThroughputCard throughput = new ThroughputCard();
  private final HandshakesCard handshakes = new HandshakesCard();
  private final HeldMemoryCard heldMemory = new HeldMemoryCard();
  /** The second tile now: {@link #throughput}, {@link #handshakes} or {@link #heldMemory}. */
  private ChartCard rate = throughput;
  private final ConnectionsCard connections = new ConnectionsCard();
  private final DistributionCard distribution = new DistributionCard(scale);
  /** In the distribution's place while a sweep is on screen: its latency against load. */
  private final SweepCard sweep = new SweepCard();
  private final ResourcesCard resources = new ResourcesCard();
  private final SummaryCard summary;

  /**
   * Below this height a row of the three-by-two grid leaves its charts' plots a sliver (49 px of
   * a 157 px tile at 1280×720): the tiles go three in a row instead, as in presentation mode.
   */
  static final double MIN_ROW_HEIGHT = 215;

  /** Three tiles in one row, larger, and a key to the next three: in presentation mode, or on a short window. */
  private final javafx.beans.property.ReadOnlyBooleanWrapper focus = new javafx.beans.property.ReadOnlyBooleanWrapper();
  private boolean presentation;
  private boolean shortRows;
  /** Which three tiles the focused layout shows: 0 the run's latency, rate and result; 1 the rest. */
  private int focusSet;
  private boolean sweepOn;

  /** @param copyMarkdown copies the shown run as Markdown (the result tile's button) */
  Tiles(Runnable copyMarkdown) {
    summary = new SummaryCard(copyMarkdown);
    getStyleClass().add("dashboard-grid");
    for (ChartCard card : List.of(throughput, handshakes, heldMemory, latency, connections, distribution, sweep, resources, summary)) {
      card.setMinSize(0, 0);
    }
    setMinHeight(0);
    // the tiles' own height does not depend on their layout (the dashboard gives them what its
    // header and runs table leave), so deciding on it cannot flip back and forth
    heightProperty().addListener((obs, old, h) -> {
      shortRows = h.doubleValue() > 0 && h.doubleValue() / 2 < MIN_ROW_HEIGHT;
      refocus();
    });
    relayout();
  }

  /**
   * Presentation mode lays out fewer, larger tiles: three in a row (the latency, the rate and the
   * result; then the distribution, the connections and CPU & memory), {@link #nextSet} for the other three.
   */
  void setPresentation(boolean on) {
    presentation = on;
    refocus();
  }

  /** True in presentation mode (set by {@link #setPresentation}), whatever the window's height. */
  boolean presentation() {
    return presentation;
  }

  private void refocus() {
    boolean next = presentation || shortRows;
    if (focus.get() != next) {
      focus.set(next);
      relayout();
    }
  }

  /** True while the tiles show three at a time. */
  javafx.beans.property.ReadOnlyBooleanProperty threeAtATimeProperty() {
    return focus.getReadOnlyProperty();
  }

  boolean threeAtATime() {
    return focus.get();
  }

  /** In presentation mode, the other three tiles. */
  void nextSet() {
    focusSet = (focusSet + 1) % 2;
    relayout();
  }

  /** The tiles in their places: three by two, or the focused three in a row. */
  private void relayout() {
    getChildren().clear();
    getColumnConstraints().clear();
    getRowConstraints().clear();
    int rows = focus.get() ? 1 : 2;
    for (int c = 0; c < 3; c++) {
      ColumnConstraints cc = new ColumnConstraints();
      cc.setPercentWidth(100 / 3.0);
      cc.setHgrow(Priority.ALWAYS);
      getColumnConstraints().add(cc);
    }
    for (int r = 0; r < rows; r++) {
      RowConstraints rc = new RowConstraints();
      rc.setPercentHeight(100.0 / rows);
      rc.setVgrow(Priority.ALWAYS);
      getRowConstraints().add(rc);
    }
    ChartCard lower = sweepOn ? sweep : distribution;
    if (!focus.get()) {
      add(latency, 0, 0);
      add(rate, 1, 0);
      add(connections, 2, 0);
      add(lower, 0, 1);
      add(resources, 1, 1);
      add(summary, 2, 1);
    } else if (focusSet == 0) {
      add(latency, 0, 0);
      add(rate, 1, 0);
      add(summary, 2, 0);
    } else {
      add(lower, 0, 0);
      add(connections, 1, 0);
      add(resources, 2, 0);
    }
  }

  /** The sweep's latency against load in the distribution's tile, or the distribution back. */
  void showSweep(boolean shown) {
    if (sweepOn != shown) {
      sweepOn = shown;
      relayout();
    }
  }

  boolean sweepShown() {
    return sweepOn;
  }

  /** Puts the rate card of {@code workload} in the second tile. */
  private void showRateOf(Workload workload) {
    ChartCard wanted =
        switch (workload) {
          case STORM -> handshakes;
          case IDLE -> heldMemory;
          case ECHO, BROADCAST -> throughput;
        };
    if (wanted != rate) {
      rate = wanted;
      relayout();
    }
  }

  /** Clears every tile for {@code next}, the time axis sized to its planned length. */
  void reset(Scenario next, double plannedSeconds) {
    showRateOf(next.workload());
    window.reset(plannedSeconds);
    for (ChartCard card : everyChart()) {
      card.clearFailed();
    }
    for (ChartCard card : followers()) {
      card.reset(next);
    }
    summary.reset(next);
  }

  /** A run is starting: the empty charts say its figures are on the way. */
  void awaitSamples() {
    everyChart().forEach(ChartCard::awaitSamples);
  }

  /** A failed run on screen: every chart says so, over its lines too when nothing got through. */
  void failed(RunResult result) {
    for (ChartCard card : everyChart()) {
      card.showFailed(!result.anythingHappened());
    }
  }

  /** Draws more samples of the run on screen. */
  void append(List<Sample> samples) {
    if (samples.isEmpty()) {
      return;
    }
    for (Sample s : samples) {
      window.include(s.elapsedMillis() / 1000.0);
    }
    for (ChartCard card : followers()) {
      card.append(samples, window);
    }
    summary.append(samples, window);
  }

  /** Every tile on screen, in reading order. */
  List<ChartCard> cards() {
    return List.of(latency, rate, connections, sweepShown() ? sweep : distribution, resources, summary).stream()
        .filter(c -> c.getParent() == this).toList();
  }

  /** Every chart this dashboard has, shown or not: the three cards of the second tile and the sweep's among them. */
  List<ChartCard> everyChart() {
    return List.of(latency, throughput, handshakes, heldMemory, connections, distribution, sweep, resources);
  }

  /** The charts on screen (every tile but the result): the sweep's in the distribution's place while it shows. */
  List<ChartCard> charts() {
    return List.of(latency, rate, connections, sweepShown() ? sweep : distribution, resources).stream()
        .filter(c -> c.getParent() == this).toList();
  }

  /** The charts that follow a run's samples: those of the run's workload, the distribution shown or not. */
  private List<ChartCard> followers() {
    return List.of(latency, rate, connections, distribution, resources);
  }

  /** The four charts over time, which show one run at a time. */
  List<ChartCard> timeCharts() {
    return List.of(latency, rate, connections, resources);
  }

  ObjectProperty<LatencyScale> scale() {
    return scale;
  }

  DistributionCard distribution() {
    return distribution;
  }

  SweepCard sweep() {
    return sweep;
  }

  SummaryCard summary() {
    return summary;
  }
}
