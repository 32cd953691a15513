package wsarena.ui.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import wsarena.metrics.RunResult;
import wsarena.report.Comparison;
import wsarena.report.MarkdownSummary;
import wsarena.report.MetricTable;
import wsarena.text.Units;
import wsarena.scenario.Placement;
import wsarena.scenario.TargetCatalog;
import wsarena.ui.chart.ChartCard;
import wsarena.ui.chart.DistributionCard;
import wsarena.ui.chart.LatencyScale;
import wsarena.ui.run.RunUpdate;

/**
 * The Compare view, a page of its own beside the dashboard: while a shootout runs, where it is and
 * the live charts of the target being measured ({@link CompareLive}); then every compared run side
 * by side: the latency distribution, a bar chart per metric with the best marked (its names, whole
 * and in the runs' colours, are the distribution's key), what makes the runs less
 * comparable, and the table of medians, spreads and deltas against the baseline. It draws what
 * {@link ComparedRuns} and the core give it and computes no figure.
 */
public final class CompareView extends VBox {
  /** The table takes at most this share of the page; the charts keep the rest. */
  private static final double TABLE_SHARE = 0.38;
  /** In presentation mode the charts are what the room reads: the table gives them more height. */
  private static final double PRESENTATION_TABLE_SHARE = 0.27;

  private final javafx.beans.property.BooleanProperty presentation = new javafx.beans.property.SimpleBooleanProperty();

  private final ComparedRuns runs;
  private final Label title = new Label("Compare");
  private final Label subtitle = new Label();
  private final CompareLive live;
  private final ObjectProperty<LatencyScale> scale = new SimpleObjectProperty<>(LatencyScale.LOG);
  private final DistributionCard distribution = new DistributionCard(scale);
  private final BarsCard bars = new BarsCard();
  private final Label notes = new Label();
  private final CompareTable table;
  private final HBox charts;

  /** @param remove sets a run aside; the window says so with an undo */
  public CompareView(ComparedRuns runs, TargetCatalog catalog, Consumer<ComparedRun> remove) {
    this.runs = runs;
    this.live = new CompareLive(catalog);
    this.table = new CompareTable(runs, remove);
    getStyleClass().addAll("dashboard", "compare-view");
    setId("compare-view");
    title.getStyleClass().add("dashboard-title");
    title.setId("compare-title");
    subtitle.getStyleClass().add("dashboard-subtitle");
    subtitle.setId("compare-subtitle");
    subtitle.setMinWidth(0);
    VBox header = new VBox(2, title, subtitle);

    distribution.setId("compare-distribution-card");
    distribution.hideClear();
    distribution.setEmptyHint("Each target's latency distribution appears here as it finishes");
    distribution.setKeyElsewhere("colours as in the bars");
    bars.setId("compare-bars-card");
    charts = new HBox(10, distribution, bars);
    charts.setId("compare-charts");
    distribution.setMinSize(0, 0);
    bars.setMinSize(0, 0);
    // halves: the distribution has no legend to make room for, and the bars' names are the key
    distribution.prefWidthProperty().bind(charts.widthProperty().multiply(0.5));
    bars.prefWidthProperty().bind(charts.widthProperty().multiply(0.5));
    HBox.setHgrow(distribution, Priority.ALWAYS);
    HBox.setHgrow(bars, Priority.ALWAYS);
    VBox.setVgrow(charts, Priority.ALWAYS);
    charts.setMinHeight(0);
    VBox.setVgrow(live, Priority.SOMETIMES);
    live.prefHeightProperty().bind(heightProperty().multiply(0.3));
    live.setMinHeight(0);

    notes.setId("compare-notes");
    notes.getStyleClass().add("compare-notes");
    notes.setWrapText(true);
    notes.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
    table.maxHeightProperty().bind(heightProperty().multiply(
        javafx.beans.binding.Bindings.when(presentation).then(PRESENTATION_TABLE_SHARE).otherwise(TABLE_SHARE)));
    table.setMinHeight(0);
    // the table's type is 0.92 of the page's, whose title is 1.45 of it (app.css)
    title.fontProperty().addListener((obs, old, font) -> table.sizeColumns(font.getFamily(), font.getSize() / 1.45 * 0.92));
    getChildren().addAll(header, live, charts, notes, table);
    runs.revisionProperty().addListener(o -> redraw());
    redraw();
  }

  /** Draws a batch of the run's events in the live part. */
  public void onEvents(List<RunUpdate> batch) {
    live.onEvents(batch);
  }

  /** Every chart and note again, from the runs as they are now. */
  private void redraw() {
    List<ComparedRun> all = runs.runs();
    List<DistributionCard.Curve> curves = new ArrayList<>();
    for (ComparedRun r : all) {
      curves.add(new DistributionCard.Curve(runs.name(r), r.colour(), r.dashed(), r.curve(), r.visible()));
    }
    distribution.show(curves);
    List<ComparedRun> shown = runs.visibleRuns();
    bars.show(runs.table(shown), shown.stream().map(ComparedRuns::paletteIndex).toList());
    subtitle.setText(all.isEmpty()
        ? "Tick targets on the left and press Start: each is measured in turn, afresh, under the scenario below them"
        : describe(all));
    List<String> cautions = new ArrayList<>();
    MetricTable figures = runs.table(all);
    Placement.mixWarning(
            figures.contenders().stream().map(c -> c.name()).toList(),
            figures.contenders().stream().map(c -> c.placement()).toList())
        .ifPresent(w -> cautions.add("Not on equal terms: " + w + "."));
    Comparison.of(runs.results()).cautions().forEach(c -> cautions.add("Compare with care: " + c + "."));
    notes.setText(String.join("\n", cautions));
    notes.setVisible(!cautions.isEmpty());
    notes.setManaged(!cautions.isEmpty());
  }

  private String describe(List<ComparedRun> all) {
    RunResult first = all.getFirst().result();
    int measurements = all.stream().mapToInt(r -> r.runs().size()).sum();
    return MarkdownSummary.describe(first.scenario()) + " · " + Units.plural(all.size(), "target")
        + (measurements > all.size() ? " · " + Units.plural(measurements, "run") + " in all" : "");
  }

  /** True in presentation mode: the charts take more of the page's height. */
  public javafx.beans.property.BooleanProperty presentation() {
    return presentation;
  }

  /** The page's charts, for the window's exports: the distribution and the bars. */
  public List<ChartCard> charts() {
    return List.of(distribution, bars);
  }

  public DistributionCard distribution() {
    return distribution;
  }

  public BarsCard bars() {
    return bars;
  }

  public ObjectProperty<LatencyScale> scaleProperty() {
    return scale;
  }

  /** The shootout's progress line while one runs, else empty. */
  public String progressText() {
    return live.isVisible() ? live.progressText() : "";
  }

  /** The line under the title: the scenario and how many targets. */
  public String subtitleText() {
    return subtitle.getText();
  }

  /** The names in the table, top to bottom. */
  public List<String> rowNames() {
    return runs.runs().stream().map(runs::name).toList();
  }

  CompareTable table() {
    return table;
  }

  /** The table as a node, for tests and styles. */
  public javafx.scene.control.TableView<ComparedRun> tableView() {
    return table;
  }

  /** The live charts of the target being measured. */
  public List<ChartCard> liveCharts() {
    return live.cards();
  }
}
