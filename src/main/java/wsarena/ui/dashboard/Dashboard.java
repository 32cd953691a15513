package wsarena.ui.dashboard;

import java.time.LocalDateTime;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.collections.ListChangeListener;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import wsarena.scenario.TargetCatalog;
import wsarena.host.HostInfo;
import wsarena.metrics.RunResult;
import wsarena.metrics.SweepResult;
import wsarena.scenario.Scenario;
import wsarena.scenario.TargetSpec;
import wsarena.ui.ScenarioText;
import wsarena.ui.chart.ChartCard;
import wsarena.ui.chart.ConformanceCard;
import wsarena.ui.chart.DistributionCard;
import wsarena.ui.chart.LatencyScale;
import wsarena.ui.chart.SummaryCard;
import wsarena.ui.chart.SweepCard;
import wsarena.ui.compare.ComparedRun;
import wsarena.ui.compare.ComparedRuns;
import wsarena.ui.compare.ComparisonCard;
import wsarena.report.SavedRun;
import wsarena.ui.run.RunUpdate;

/**
 * What a run looks like, top to bottom: the header naming the target and the load, the six tiles,
 * what checking the target found (when the run checked it), the runs side by side when there are
 * several, and the hardware line. Exported whole, it explains
 * itself on a slide.
 *
 * <p>It lays out its parts and routes to them: the run going on to {@link LiveRunView}, a finished
 * or opened run to {@link FinishedRunView}; both write the {@link DashboardModel} that the header,
 * the hardware line and the curves read.
 */
public final class Dashboard extends VBox {
  /**
   * Room above the title for the notice bar, kept whether a notice shows or not: the bar slides
   * over it and covers no title. Made only while the bar showed, its arrival laid the dashboard out
   * again, every tile and chart a little shorter and redrawn, the window's longest frame gap (100-113
   * ms) when "load generator bound" came up at the start of a heavy run's measuring (a flight
   * recording of src/site/window-stress.sh).
   */
  private final javafx.scene.layout.Region noticeRoom = new javafx.scene.layout.Region();

  private final TargetCatalog catalog;
  private final DashboardModel model = new DashboardModel();
  private final DashboardHeader header = new DashboardHeader(model);
  private final Tiles tiles;
  private final ComparisonCard comparison;
  private final ConformanceCard conformance = new ConformanceCard();
  private final HostLine hostLine = new HostLine(model);
  private final LiveRunView live;
  private final FinishedRunView finished;

  /**
   * @param copyMarkdown copies the shown run as Markdown
   * @param saveComparison saves the runs side by side as a Markdown report
   * @param setAside told what the ⊗ set aside, so the window can offer to undo it
   */
  public Dashboard(
      TargetCatalog catalog, Runnable copyMarkdown, Runnable saveComparison, java.util.function.Consumer<ComparedRuns.Removal> setAside) {
    this.catalog = catalog;
    getStyleClass().add("dashboard");
    setId("dashboard");
    tiles = new Tiles(copyMarkdown);
    RunCurves curves = new RunCurves(model, tiles.distribution());
    live = new LiveRunView(model, tiles, curves, catalog);
    finished = new FinishedRunView(model, tiles, curves, catalog);
    Runnable keepOnlyShown = () -> setAside.accept(finished.keepOnlyShown());
    comparison = new ComparisonCard(model.runs(), finished::show, keepOnlyShown, saveComparison);
    tiles.distribution().setOnClear(keepOnlyShown);
    VBox.setVgrow(tiles, Priority.ALWAYS);
    noticeRoom.getStyleClass().add("notice-room");
    getChildren().addAll(noticeRoom, header, tiles, conformance, comparison, hostLine);
    model.shownResult().addListener((obs, old, now) -> conformance.show(now));

    model.live().addListener((obs, was, now) -> comparison.setLive(now));
    model.thisMachine().addListener((obs, old, now) -> comparison.setThisMachine(now));
    model.runs().runs().addListener((ListChangeListener<ComparedRun>) c -> {
      compactSummary();
      curves.draw();
    });
  }

  /**
   * Presentation mode: fewer, larger tiles (three in a row, {@link #nextCharts} for the other
   * three) and no runs table under them (the Compare page lays every run out); the room reads
   * each chart from the back rather than six small ones.
   */
  public void setPresentation(boolean on) {
    tiles.setPresentation(on);
    comparison.setSuppressed(on);
    compactSummary();
  }

  /**
   * The result tile leaves p50, max, errors and CPU to the runs table while that table is on
   * screen (two runs or more, out of presentation mode); in presentation mode it keeps them all.
   */
  private void compactSummary() {
    tiles.summary().setCompact(model.runs().size() >= 2 && !tiles.presentation());
  }

  /**
   * True while the Run page shows the runs side by side (two runs or more, out of presentation
   * mode), whose rows pick the run on the time charts: a hint to click one is true only then.
   */
  public boolean runsTableShown() {
    return comparison.isVisible();
  }

  /** True while the tiles show three at a time (presentation mode, or a window too short for six). */
  public javafx.beans.property.ReadOnlyBooleanProperty tilesFocusedProperty() {
    return tiles.threeAtATimeProperty();
  }

  /** While the tiles show three at a time, the other three. */
  public void nextCharts() {
    if (tiles.threeAtATime()) {
      tiles.nextSet();
    }
  }

  /** Shows what is about to be measured, until the first run (or opened file) draws its own header. */
  public void preview(Scenario next) {
    if (model.scenario() != null || next == null) {
      return;
    }
    model.heading().set(new DashboardModel.Heading(ScenarioText.target(next, catalog), ScenarioText.load(next)));
    tiles.summary().showIdle(
        next.target() instanceof TargetSpec.Embedded
            ? "Press Start to measure this target, or Compare models to measure each threading model"
                + " of the engine, one after the other. Saved runs open with Ctrl+O or by dropping"
                + " their files here."
            : "Press Start to measure this target.");
    tiles.summary().setExplanation(ScenarioText.explain(next, catalog));
  }

  /** This machine, detected at start: the host of runs measured here. */
  public void setHost(HostInfo host) {
    model.thisMachine().set(host);
    finished.thisMachineKnown();
  }

  /** Draws a batch of the run's events. */
  public void onEvents(List<RunUpdate> batch) {
    live.onEvents(batch);
  }

  /** Shows a run of the comparison on every tile; ignored while a run goes. */
  public void show(ComparedRun run) {
    finished.show(run);
  }

  /**
   * Adds runs read from files to the side-by-side view and shows the first of them, unless a run
   * is going (then they join the comparison and the time charts stay with the live run).
   *
   * @return how many runs were set aside to make room
   */
  public int addOpened(List<SavedRun.Loaded> files) {
    return finished.addOpened(files);
  }

  /**
   * Adds sweeps read from their files to the latency-against-load chart, in the distribution's
   * place, and shows the first in the result tile, unless a run is going.
   */
  public void addOpenedSweeps(List<SavedRun.SweepLoaded> files) {
    finished.addOpenedSweeps(files);
  }

  /** The sweep on screen (just finished or opened); null when none is. */
  public ReadOnlyObjectProperty<SweepResult> shownSweepProperty() {
    return model.shownSweep();
  }

  public SweepResult shownSweep() {
    return model.shownSweep().get();
  }

  public SweepCard sweep() {
    return tiles.sweep();
  }

  /** The host line as shown (the host of the run on screen), drawn into exported images. */
  public String hostText() {
    return hostLine.text();
  }

  public String titleText() {
    return header.titleText();
  }

  public String subtitleText() {
    return header.subtitleText();
  }

  /** Every tile, in reading order (the comparison card aside). */
  public List<ChartCard> cards() {
    return tiles.cards();
  }

    /**
   * Every chart, shown or not: the second tile shows the throughput, a storm's handshakes or an
   * idle run's memory per connection, as the workload on screen measures; a sweep's takes the
   * distribution's tile.
   */
  public List<ChartCard> everyChart() {
    return tiles.everyChart();
  }

  /** The charts on screen (every tile but the result). */
  public List<ChartCard> charts() {
    return tiles.charts();
  }

  /** The four charts over time, which show one run at a time. */
  public List<ChartCard> timeCharts() {
    return tiles.timeCharts();
  }

  public ObjectProperty<LatencyScale> scaleProperty() {
    return tiles.scale();
  }

  public SummaryCard summary() {
    return tiles.summary();
  }

  public DistributionCard distribution() {
    return tiles.distribution();
  }

  /** What checking the shown run's target found; hidden for a run that checked nothing. */
  public ConformanceCard conformance() {
    return conformance;
  }

  public ComparisonCard comparison() {
    return comparison;
  }

  /** The runs side by side. */
  public ComparedRuns runs() {
    return model.runs();
  }

  /** The finished run on screen (just finished, picked or opened); null while a run goes. */
  public ReadOnlyObjectProperty<RunResult> shownResultProperty() {
    return model.shownResult();
  }

  public RunResult shownResult() {
    return model.shownResult().get();
  }

  /** The scenario on screen: the live run's, the shown run's, or null before any. */
  public Scenario scenario() {
    return model.scenario();
  }

  /** When the run on screen started; null before any run. */
  public LocalDateTime shownSince() {
    return model.shownSince();
  }

  public boolean isLive() {
    return model.isLive();
  }
}
