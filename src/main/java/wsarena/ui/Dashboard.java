package wsarena.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import wsarena.engine.EngineCatalog;
import wsarena.host.HostInfo;
import wsarena.metrics.Phase;
import wsarena.metrics.RunResult;
import wsarena.metrics.Sample;
import wsarena.scenario.Scenario;
import wsarena.ui.chart.ChartCard;
import wsarena.ui.chart.ConnectionsCard;
import wsarena.ui.chart.DistributionCard;
import wsarena.ui.chart.LatencyCard;
import wsarena.ui.chart.LatencyScale;
import wsarena.ui.chart.PhaseBands;
import wsarena.ui.chart.ResourcesCard;
import wsarena.ui.chart.SummaryCard;
import wsarena.ui.chart.ThroughputCard;
import wsarena.ui.chart.TimeWindow;
import wsarena.ui.run.RunEvent;

/**
 * What a run looks like: a header naming the target and the load, six tiles (latency over time,
 * throughput, connections, latency distribution, CPU and memory, result) and the hardware line.
 * Exported whole, it explains itself on a slide.
 */
public final class Dashboard extends VBox {
  /** Finished runs kept for the comparison table. */
  private static final int SESSION_RUNS = 8;

  private final EngineCatalog catalog;
  private final TimeWindow window = new TimeWindow();
  private final PhaseBands phases = new PhaseBands();
  private final ObjectProperty<LatencyScale> scale = new SimpleObjectProperty<>(LatencyScale.LOG);
  private final LatencyCard latency;
  private final ThroughputCard throughput;
  private final ConnectionsCard connections;
  private final DistributionCard distribution;
  private final ResourcesCard resources;
  private final SummaryCard summary;
  private final Label title = new Label("wsarena");
  private final Label subtitle = new Label("Choose a target and press Start");
  private final Label phaseChip = new Label();
  private final Label hostLine = new Label("Detecting hardware…");
  private final List<RunResult> session = new ArrayList<>();
  private Scenario scenario;

  public Dashboard(EngineCatalog catalog, Runnable copyMarkdown) {
    this.catalog = catalog;
    getStyleClass().add("dashboard");
    setId("dashboard");

    latency = new LatencyCard(window, phases, scale);
    throughput = new ThroughputCard(window, phases);
    connections = new ConnectionsCard(window, phases);
    distribution = new DistributionCard(scale);
    resources = new ResourcesCard(window, phases);
    summary = new SummaryCard(copyMarkdown);

    title.getStyleClass().add("dashboard-title");
    title.setId("dashboard-title");
    subtitle.getStyleClass().add("dashboard-subtitle");
    phaseChip.getStyleClass().add("phase-chip");
    phaseChip.setId("phase-chip");
    phaseChip.setVisible(false);
    Region spacer = new Region();
    HBox.setHgrow(spacer, Priority.ALWAYS);
    HBox header = new HBox(new VBox(title, subtitle), spacer, phaseChip);
    header.setAlignment(Pos.CENTER_LEFT);
    header.getStyleClass().add("dashboard-header");

    GridPane grid = new GridPane();
    grid.getStyleClass().add("dashboard-grid");
    for (int c = 0; c < 3; c++) {
      ColumnConstraints cc = new ColumnConstraints();
      cc.setPercentWidth(100 / 3.0);
      cc.setHgrow(Priority.ALWAYS);
      grid.getColumnConstraints().add(cc);
    }
    for (int r = 0; r < 2; r++) {
      RowConstraints rc = new RowConstraints();
      rc.setPercentHeight(50);
      rc.setVgrow(Priority.ALWAYS);
      grid.getRowConstraints().add(rc);
    }
    grid.add(latency, 0, 0);
    grid.add(throughput, 1, 0);
    grid.add(connections, 2, 0);
    grid.add(distribution, 0, 1);
    grid.add(resources, 1, 1);
    grid.add(summary, 2, 1);
    for (ChartCard card : cards()) {
      card.setMinSize(0, 0);
    }
    VBox.setVgrow(grid, Priority.ALWAYS);

    FontIcon cpu = new FontIcon(Feather.CPU);
    cpu.getStyleClass().add("host-icon");
    hostLine.getStyleClass().add("host-line");
    hostLine.setId("host-line");
    HBox footer = new HBox(cpu, hostLine);
    footer.setAlignment(Pos.CENTER_LEFT);
    footer.getStyleClass().add("dashboard-footer");

    getChildren().addAll(header, grid, footer);
  }

  /** Shows what is about to be measured, until the first run draws its own header. */
  public void preview(Scenario next) {
    if (scenario == null && next != null) {
      title.setText(ScenarioText.target(next, catalog));
      subtitle.setText(ScenarioText.load(next));
      summary.showIdle(
          next.target() instanceof wsarena.scenario.TargetSpec.Embedded
              ? "Press Start to measure this target, or Compare models to measure each threading model"
                  + " of the engine, one after the other."
              : "Press Start to measure this target.");
      summary.setExplanation(ScenarioText.explain(next, catalog));
    }
  }

  public void setHost(HostInfo host) {
    hostLine.setText(host.summaryLine());
  }

  /** The host line as shown, drawn into exported images. */
  public String hostText() {
    return hostLine.getText();
  }

  public String titleText() {
    return title.getText();
  }

  public String subtitleText() {
    return subtitle.getText();
  }

  /** Draws a batch of the run's events. */
  public void onEvents(List<RunEvent> batch) {
    List<Sample> samples = new ArrayList<>();
    List<wsarena.metrics.PercentileCurve.Point> curve = null;
    for (RunEvent event : batch) {
      switch (event) {
        case RunEvent.Started s -> {
          flush(samples, curve);
          samples.clear();
          curve = null;
          start(s.scenario());
        }
        case RunEvent.PhaseChanged p -> showPhase(p.phase());
        case RunEvent.SampleArrived s -> {
          samples.add(s.sample());
          curve = s.distribution();
        }
        case RunEvent.Finished f -> {
          flush(samples, curve);
          samples.clear();
          curve = null;
          finish(f.result());
        }
        case RunEvent.Crashed c -> {
          flush(samples, curve);
          samples.clear();
          curve = null;
          phaseChip.setVisible(false);
          summary.showCrash(c.message());
        }
        case RunEvent.Warned w -> {}
      }
    }
    flush(samples, curve);
  }

  private void start(Scenario next) {
    scenario = next;
    title.setText(ScenarioText.target(next, catalog));
    subtitle.setText(
        ScenarioText.load(next)
            + " · "
            + java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").format(java.time.LocalDateTime.now()));
    window.reset(ScenarioText.plannedSeconds(next));
    phases.clear();
    for (ChartCard card : cards()) {
      card.reset(next);
    }
    summary.setExplanation(ScenarioText.explain(next, catalog));
    showPhase(Phase.STARTING);
  }

  private void flush(List<Sample> samples, List<wsarena.metrics.PercentileCurve.Point> curve) {
    if (samples.isEmpty()) {
      return;
    }
    for (Sample s : samples) {
      window.include(s.elapsedMillis() / 1000.0);
      phases.add(s);
    }
    phases.dropBefore(window.lower());
    for (ChartCard card : cards()) {
      card.append(samples, window);
    }
    if (curve != null && !curve.isEmpty()) {
      distribution.show(curve);
    }
  }

  private void finish(RunResult result) {
    showPhase(Phase.DONE);
    session.add(result);
    if (session.size() > SESSION_RUNS) {
      session.removeFirst();
    }
    summary.showResult(result, session);
  }

  private void showPhase(Phase phase) {
    phaseChip.setVisible(phase != null);
    if (phase == null) {
      return;
    }
    phaseChip.setText(
        switch (phase) {
          case STARTING -> "starting target";
          case RAMP -> "ramp";
          case WARMUP -> "warm-up";
          case MEASURING -> "measuring";
          case DRAINING -> "draining";
          case DONE -> "done";
        });
    phaseChip.getStyleClass().removeIf(c -> c.startsWith("phase-chip-"));
    phaseChip.getStyleClass().add("phase-chip-" + phase.name().toLowerCase(java.util.Locale.ROOT));
  }

  /** Every tile, in reading order. */
  public List<ChartCard> cards() {
    return List.of(latency, throughput, connections, distribution, resources, summary);
  }

  /** The five live charts (every tile but the result). */
  public List<ChartCard> charts() {
    return List.of(latency, throughput, connections, distribution, resources);
  }

  public ObjectProperty<LatencyScale> scaleProperty() {
    return scale;
  }

  public SummaryCard summary() {
    return summary;
  }

  public DistributionCard distribution() {
    return distribution;
  }
}
