package wsarena.ui;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.ListChangeListener;
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
import wsarena.host.HostInfo;
import wsarena.metrics.PercentileCurve;
import wsarena.metrics.Phase;
import wsarena.metrics.RunResult;
import wsarena.metrics.Sample;
import wsarena.report.Machines;
import wsarena.scenario.Scenario;
import wsarena.scenario.TargetCatalog;
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
import wsarena.ui.compare.ComparedRun;
import wsarena.ui.compare.ComparedRuns;
import wsarena.ui.compare.ComparisonCard;
import wsarena.ui.run.RunEvent;

/**
 * What a run looks like: a header naming the target and the load, six tiles (latency over time,
 * throughput, connections, latency distribution, CPU and memory, result), the runs side by side
 * when there are several, and the hardware line. Exported whole, it explains itself on a slide.
 *
 * <p>The time charts show one run: the one going, or the one picked among the runs side by side
 * (finished in this session or opened from a file), drawn from its samples as if it had just
 * finished. The distribution chart draws them all.
 */
public final class Dashboard extends VBox {
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private final TargetCatalog catalog;
  private final TimeWindow window = new TimeWindow();
  private final PhaseBands phases = new PhaseBands();
  private final ObjectProperty<LatencyScale> scale = new SimpleObjectProperty<>(LatencyScale.LOG);
  private final LatencyCard latency;
  private final ThroughputCard throughput;
  private final ConnectionsCard connections;
  private final DistributionCard distribution;
  private final ResourcesCard resources;
  private final SummaryCard summary;
  private final ComparisonCard comparison;
  private final ComparedRuns runs = new ComparedRuns();
  private final ReadOnlyObjectWrapper<RunResult> shownResult = new ReadOnlyObjectWrapper<>();
  private final Label title = new Label("wsarena");
  private final Label subtitle = new Label("Choose a target and press Start, or open saved runs");
  private final Label phaseChip = new Label();
  private final Label hostLine = new Label("Detecting hardware…");
  private final Label otherMachine = new Label("another machine");
  private HostInfo thisMachine;
  private Scenario scenario;
  private LocalDateTime shownSince;
  /** A run is going: the time charts are its, and its curve grows on the distribution chart. */
  private boolean live;
  private List<PercentileCurve.Point> liveCurve = List.of();
  private String liveColour;

  /**
   * @param copyMarkdown copies the shown run as Markdown
   * @param saveComparison saves the runs side by side as a Markdown report
   */
  public Dashboard(TargetCatalog catalog, Runnable copyMarkdown, Runnable saveComparison) {
    this.catalog = catalog;
    getStyleClass().add("dashboard");
    setId("dashboard");

    latency = new LatencyCard(window, phases, scale);
    throughput = new ThroughputCard(window, phases);
    connections = new ConnectionsCard(window, phases);
    distribution = new DistributionCard(scale);
    resources = new ResourcesCard(window, phases);
    summary = new SummaryCard(copyMarkdown);
    comparison = new ComparisonCard(runs, this::show, this::keepOnlyShown, saveComparison);
    distribution.setOnClear(this::keepOnlyShown);

    title.getStyleClass().add("dashboard-title");
    title.setId("dashboard-title");
    subtitle.getStyleClass().add("dashboard-subtitle");
    subtitle.setId("dashboard-subtitle");
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
    grid.setMinHeight(0);
    VBox.setVgrow(grid, Priority.ALWAYS);

    FontIcon cpu = new FontIcon(Feather.CPU);
    cpu.getStyleClass().add("host-icon");
    hostLine.getStyleClass().add("host-line");
    hostLine.setId("host-line");
    otherMachine.getStyleClass().add("other-machine-chip");
    otherMachine.setId("other-machine");
    otherMachine.setVisible(false);
    otherMachine.setManaged(false);
    HBox footer = new HBox(cpu, hostLine, otherMachine);
    footer.setAlignment(Pos.CENTER_LEFT);
    footer.getStyleClass().add("dashboard-footer");

    getChildren().addAll(header, grid, comparison, footer);

    runs.runs().addListener((ListChangeListener<ComparedRun>) c -> {
      summary.setCompact(runs.size() >= 2);
      drawCurves();
    });
  }

  /** Shows what is about to be measured, until the first run (or opened file) draws its own header. */
  public void preview(Scenario next) {
    if (scenario == null && next != null) {
      title.setText(ScenarioText.target(next, catalog));
      subtitle.setText(ScenarioText.load(next));
      summary.showIdle(
          next.target() instanceof wsarena.scenario.TargetSpec.Embedded
              ? "Press Start to measure this target, or Compare models to measure each threading model"
                  + " of the engine, one after the other. Saved runs open with Ctrl+O or by dropping"
                  + " their files here."
              : "Press Start to measure this target.");
      summary.setExplanation(ScenarioText.explain(next, catalog));
    }
  }

  /** This machine, detected at start: the host of runs measured here. */
  public void setHost(HostInfo host) {
    thisMachine = host;
    comparison.setThisMachine(host);
    ComparedRun shown = runs.shown();
    showHost(shown != null && !live ? shown.result().host() : host);
    if (shown != null && !live) {
      summary.showResult(shown.result(), shown.file().map(Dashboard::fileName).orElse(null), isOtherMachine(shown.result().host()));
    }
  }

  /** The host line as shown (the host of the run on screen), drawn into exported images. */
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
    List<PercentileCurve.Point> curve = null;
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
          live = false;
          phaseChip.setVisible(false);
          summary.showCrash(c.message());
          comparison.setLive(false);
          drawCurves();
        }
        case RunEvent.Warned w -> {}
      }
    }
    flush(samples, curve);
  }

  private void start(Scenario next) {
    live = true;
    liveCurve = List.of();
    runs.show(null);
    shownResult.set(null);
    comparison.setLive(true);
    shownSince = LocalDateTime.now();
    drawHeader(next, ScenarioText.target(next, catalog), shownSince, null);
    showHost(thisMachine);
    clearCharts(next);
    showPhase(Phase.STARTING);
    drawCurves();
  }

  private void clearCharts(Scenario next) {
    scenario = next;
    window.reset(ScenarioText.plannedSeconds(next));
    phases.clear();
    for (ChartCard card : cards()) {
      card.reset(next);
    }
    summary.setExplanation(ScenarioText.explain(next, catalog));
  }

  private void drawHeader(Scenario s, String target, LocalDateTime when, String file) {
    title.setText(target);
    String load = ScenarioText.load(s);
    subtitle.setText(
        (load.isEmpty() ? "" : load + " · ")
            + (when == null ? "date unknown" : DATE.format(when))
            + (file == null ? "" : " · saved run " + file));
  }

  private void flush(List<Sample> samples, List<PercentileCurve.Point> curve) {
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
    if (live && curve != null && !curve.isEmpty()) {
      liveCurve = curve;
      distribution.update(0, curve);
    }
  }

  private void finish(RunResult result) {
    live = false;
    showPhase(Phase.DONE);
    ComparedRun run = null;
    if (result.totals() != null && result.totals().latency() != null && result.totals().latency().count() > 0) {
      List<PercentileCurve.Point> curve = result.latency() != null ? PercentileCurve.of(result.latency()) : liveCurve;
      run = runs.add(result, Optional.empty(), curve);
      runs.show(run); // the time charts already show it: nothing to draw again
    }
    shownResult.set(result);
    summary.showResult(result, null, false);
    comparison.setLive(false);
    drawCurves();
  }

  /**
   * Shows a run of the comparison on every tile, as if it had just finished: the time charts from
   * its samples with its phases, its curve solid, its figures, warnings and host. Ignored while a
   * run goes: the time charts are the live run's.
   */
  public void show(ComparedRun run) {
    if (live || run == null || !runs.runs().contains(run)) {
      return;
    }
    runs.show(run);
    RunResult r = run.result();
    shownResult.set(r);
    shownSince = r.startedAt() == null ? null : LocalDateTime.ofInstant(r.startedAt(), ZoneId.systemDefault());
    String file = run.file().map(Dashboard::fileName).orElse(null);
    drawHeader(r.scenario(), targetText(r), shownSince, file);
    clearCharts(r.scenario());
    flush(r.samples(), null);
    phaseChip.setText(file != null ? "saved run" : "done");
    phaseChip.getStyleClass().removeIf(c -> c.startsWith("phase-chip-"));
    phaseChip.getStyleClass().add(file != null ? "phase-chip-saved" : "phase-chip-done");
    phaseChip.setVisible(true);
    summary.showResult(r, file, isOtherMachine(r.host()));
    showHost(r.host());
    drawCurves();
  }

  /**
   * Adds runs read from files to the side-by-side view and shows the first of them, unless a run
   * is going (then they join the comparison and the time charts stay with the live run).
   *
   * @return how many runs were set aside to make room
   */
  public int addOpened(List<wsarena.report.SavedRun.Loaded> files) {
    int before = runs.size();
    ComparedRun first = null;
    for (wsarena.report.SavedRun.Loaded f : files) {
      ComparedRun run = runs.add(f.result(), Optional.of(f.path()), f.curve());
      if (first == null) {
        first = run;
      }
    }
    int setAside = Math.max(0, before + files.size() - runs.size());
    if (first != null && runs.runs().contains(first)) {
      show(first);
    } else if (!files.isEmpty() && !live) {
      show(runs.runs().getLast());
    }
    return setAside;
  }

  private void keepOnlyShown() {
    if (live) {
      runs.clear();
    } else {
      runs.keepOnlyShown();
    }
  }

  /** The target as measured: its recorded description (the engine's version then), without the process id. */
  private String targetText(RunResult r) {
    String description = r.target() == null ? null : r.target().description();
    if (description == null || description.isBlank()) {
      return ScenarioText.target(r.scenario(), catalog);
    }
    // the pid of a target's process says nothing once the run is over
    return description.replaceAll("\\s*\\(pid \\d+\\)", "");
  }

  private static String fileName(Path file) {
    return file.getFileName().toString();
  }

  private boolean isOtherMachine(HostInfo host) {
    return thisMachine != null && host != null && !Machines.same(host, thisMachine);
  }

  private void showHost(HostInfo host) {
    hostLine.setText(host == null ? "Detecting hardware…" : Machines.summaryLine(host));
    boolean other = isOtherMachine(host);
    otherMachine.setVisible(other);
    otherMachine.setManaged(other);
  }

  /** Every compared run's curve in its colour, the shown (or live) one solid; the live one first. */
  private void drawCurves() {
    List<DistributionCard.Curve> curves = new ArrayList<>();
    if (live) {
      // the colour it keeps once finished: the next free one, which an opened file may have taken
      liveColour = runs.nextColour();
      String label = scenario == null || scenario.target() == null ? "this run" : scenario.target().label();
      curves.add(new DistributionCard.Curve(label + " (running)", liveColour, false, liveCurve));
    }
    ComparedRun shown = runs.shown();
    boolean several = runs.size() + (live ? 1 : 0) > 1;
    for (ComparedRun r : runs.runs()) {
      boolean solid = !live && r == shown;
      String name = runs.name(r) + (solid && several ? " (on the time charts)" : "");
      curves.add(new DistributionCard.Curve(name, r.colour(), !solid, r.curve()));
    }
    distribution.show(curves);
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

  /** Every tile, in reading order (the comparison card aside). */
  public List<ChartCard> cards() {
    return List.of(latency, throughput, connections, distribution, resources, summary);
  }

  /** The five charts (every tile but the result). */
  public List<ChartCard> charts() {
    return List.of(latency, throughput, connections, distribution, resources);
  }

  /** The four charts over time, which show one run at a time. */
  public List<ChartCard> timeCharts() {
    return List.of(latency, throughput, connections, resources);
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

  public ComparisonCard comparison() {
    return comparison;
  }

  /** The runs side by side. */
  public ComparedRuns runs() {
    return runs;
  }

  /** The finished run on screen (just finished, picked or opened); null while a run goes. */
  public ReadOnlyObjectProperty<RunResult> shownResultProperty() {
    return shownResult.getReadOnlyProperty();
  }

  public RunResult shownResult() {
    return shownResult.get();
  }

  /** The scenario on screen: the live run's, the shown run's, or null before any. */
  public Scenario scenario() {
    return scenario;
  }

  /** When the run on screen started; null before any run. */
  public LocalDateTime shownSince() {
    return shownSince;
  }

  public boolean isLive() {
    return live;
  }
}
