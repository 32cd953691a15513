package wsarena.ui.compare;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import wsarena.host.HostInfo;
import wsarena.metrics.Percentile;
import wsarena.metrics.RunResult;
import wsarena.metrics.Sample;
import wsarena.metrics.Totals;
import wsarena.report.ConformanceTable;
import wsarena.report.Machines;
import wsarena.report.chart.ChartLook;
import wsarena.report.chart.ExportLayout;
import wsarena.report.chart.TablePicture;
import wsarena.text.Units;
import wsarena.scenario.Scenario;
import wsarena.ui.chart.ChartCard;
import wsarena.ui.chart.ResultFigures;
import wsarena.ui.chart.TimeWindow;

/**
 * The runs side by side, one row each: msgs/s, every {@link Percentile}, errors, client and target
 * CPU, where each comes from. Each row carries its run's colour, solid for the run on the time
 * charts (its row is selected) and dashed for the others, as on the distribution chart; clicking
 * a row shows that run on the time charts. Shown under the dashboard's tiles once there are two
 * runs, so it has the whole width for its columns.
 */
public final class ComparisonCard extends ChartCard {
  private static final PseudoClass SHOWN = PseudoClass.getPseudoClass("shown");

  private final ComparedRuns runs;
  private final TableView<ComparedRun> table = new TableView<>();
  private final Label caption = new Label();
  /** Shown only when a run side by side checked its target's conformance. */
  private final TableColumn<ComparedRun, String> conformance;
  private final Consumer<ComparedRun> pick;
  private boolean live;
  private boolean suppressed;
  private boolean syncing;
  private HostInfo thisMachine;

  /**
   * @param pick shows the picked run on the time charts
   * @param keepOnlyShown sets the other runs aside
   * @param saveReport writes the comparison as a Markdown report
   */
  public ComparisonCard(ComparedRuns runs, Consumer<ComparedRun> pick, Runnable keepOnlyShown, Runnable saveReport) {
    super("Runs side by side", "comparison", "");
    this.runs = runs;
    this.pick = pick;
    setPlaceholderVisible(false);
    // the tiles above shrink when the window is short; the rows of the comparison do not
    setMinHeight(Region.USE_PREF_SIZE);

    Button save = new Button("Save report…", new FontIcon(Feather.FILE_TEXT));
    save.setId("save-comparison");
    save.getStyleClass().addAll("flat", "card-tool");
    save.setTooltip(new Tooltip("Save these runs side by side as a Markdown report, with the hardware"));
    save.setOnAction(e -> saveReport.run());
    // the caption beside it gives way on a narrow window, not the button ("Save report…" read "…" at 1366x768)
    save.setMinWidth(Region.USE_PREF_SIZE);
    addTool(save);
    Button keep = new Button(null, new FontIcon(Feather.X_CIRCLE));
    keep.setId("keep-only-shown");
    keep.getStyleClass().addAll("flat", "card-tool");
    keep.setTooltip(new Tooltip("Set the other runs aside: keep only the run on the time charts"));
    keep.setOnAction(e -> keepOnlyShown.run());
    addTool(keep);

    caption.getStyleClass().add("comparison-caption");
    caption.setId("comparison-caption");
    caption.setMinWidth(0);
    addTitleNote(caption);

    table.setId("comparison-table");
    table.getStyleClass().addAll("comparison-table", "dense");
    table.setItems(runs.runs());
    // every column at least as wide as its figures, in em, and the table's width shared out in
    // proportion. Not a constrained policy: that one squeezes the columns while a theme switch
    // restyles the table and never gives the room back ("3.43 …").
    table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
    table.widthProperty().addListener(o -> RunColumns.size(table, runs, caption.getFont().getFamily(), caption.getFont().getSize()));
    table.setPlaceholder(new Label(""));
    table.getColumns().add(runColumn());
    // msgs/s, or a storm's handshakes/s, or an idle run's pongs/s: each run's rate in its own unit
    table.getColumns().add(RunColumns.text("rate", 7.4, r -> ResultFigures.rate(r.result())));
    for (Percentile p : Percentile.values()) {
      table.getColumns().add(RunColumns.number(p.label(), 5.2, r -> p.micros(r.latency()), Units::latency));
    }
    TableColumn<ComparedRun, Number> errors = RunColumns.number("errors", 4.4, r -> totals(r).messages().errors(), Units::whole);
    table.getColumns().add(errors);
    // what the target lost of the intended messages: past the timeout, or never sent
    TableColumn<ComparedRun, String> lost =
        RunColumns.text("timed out / not sent", 9.6, r -> Units.whole(totals(r).fates().timedOut()) + " / " + Units.whole(totals(r).fates().notSent()));
    lost.getStyleClass().add("numeric");
    table.getColumns().add(lost);
    // one column for both, so the run's name keeps its room beside the per-message cost
    TableColumn<ComparedRun, String> cpu =
        RunColumns.text("CPU client / target", 9.6, r -> Units.percent(totals(r).cpu().clientPercent()) + " / " + Units.percent(totals(r).cpu().targetPercent()));
    cpu.getStyleClass().add("numeric");
    table.getColumns().add(cpu);
    // what each message cost the server (CPU and context switches; per handshake for a storm,
    // memory per connection for an idle run): on shared cores, the fair figure beside the rate
    TableColumn<ComparedRun, String> cost = RunColumns.text("target cost", 9.6, r -> ResultFigures.targetCost(r.result()));
    cost.getStyleClass().add("numeric");
    table.getColumns().add(cost);
    // the suite's verdict when a run checked its target first, beside what it measured
    conformance = RunColumns.text("conformance", 7.6, r -> r.result().conformance() == null
        ? Units.NOT_KNOWN
        : ConformanceTable.worst(r.result().conformance()));
    table.getColumns().add(conformance);
    TableColumn<ComparedRun, String> machine = RunColumns.text("measured on", 8, this::machine);
    table.getColumns().add(machine);
    // on a narrow table (1280×720) these go, first to last, rather than the table scroll sideways:
    // the name, rate and latencies stay; the Compare page and the table's picture keep them all
    RunColumns.givingWay(List.of(machine, lost, cpu, cost, errors, conformance));
    // widths in em, so presentation mode's larger text keeps its columns readable
    caption.fontProperty().addListener((obs, old, font) -> RunColumns.size(table, runs, caption.getFont().getFamily(), font.getSize()));
    RunColumns.size(table, runs, caption.getFont().getFamily(), caption.getFont().getSize());
    table.setRowFactory(t -> new RunRow());
    table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> picked(now));
    // While a run goes the charts are its: a click or a key on a row does nothing (the selection
    // model cannot be put back from inside its own change, so the change must not happen).
    table.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> {
      if (live && onRow(e.getPickResult().getIntersectedNode())) {
        e.consume();
      }
    });
    table.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
      if (live && (e.getCode().isNavigationKey() || e.getCode() == KeyCode.SPACE)) {
        e.consume();
      }
    });
    addChart(table, 1);

    runs.runs().addListener((ListChangeListener<ComparedRun>) c -> refresh());
    runs.shownProperty().addListener((obs, old, now) -> refresh());
    table.fixedCellSizeProperty().addListener((obs, old, now) -> fitHeight());
    table.skinProperty().addListener((obs, old, skin) -> {
      Node header = table.lookup(".column-header-background");
      if (header instanceof Region r) {
        r.heightProperty().addListener((o, was, h) -> fitHeight());
      }
      fitHeight();
    });
    refresh();
  }

  /** This machine, so rows measured elsewhere can say so. */
  public void setThisMachine(HostInfo host) {
    thisMachine = host;
    refresh();
  }

  /**
   * While a run goes, the time charts are its: rows cannot be picked, and the caption says so.
   */
  public void setLive(boolean running) {
    live = running;
    refresh();
  }

  private void picked(ComparedRun run) {
    if (syncing || live || run == null || run == runs.shown()) {
      return;
    }
    pick.accept(run);
  }

  private static boolean onRow(Node node) {
    for (Node n = node; n != null; n = n.getParent()) {
      if (n instanceof TableRow<?>) {
        return true;
      }
    }
    return false;
  }

  /** Hidden whatever the runs (presentation mode: the Compare page lays them out). */
  public void setSuppressed(boolean suppressed) {
    this.suppressed = suppressed;
    refresh();
  }

  /** Brings the table's selection, swatches, caption and size in line with the runs. */
  private void refresh() {
    boolean several = runs.size() >= 2 && !suppressed;
    setVisible(several);
    setManaged(several);
    select(live ? null : runs.shown());
    conformance.getProperties().put(RunColumns.WANTED, runs.runs().stream().anyMatch(r -> r.result().conformance() != null));
    ComparedRun shown = runs.shown();
    caption.setText(
        live
            ? "The time charts show the run in progress; a row can be picked once it ends"
            : shown == null
                ? "Click a row to show that run on the time charts"
                : runs.size() > MOST_ROWS
                    ? "On the time charts: " + runs.name(shown) + " · click a row for another · all " + runs.size()
                        + " side by side on the Compare page (Ctrl+2)"
                    : "On the time charts: " + runs.name(shown) + " (solid line, highlighted row) · click another row to show it");
    table.refresh();
    RunColumns.size(table, runs, caption.getFont().getFamily(), caption.getFont().getSize());
    fitHeight();
  }

  private void select(ComparedRun run) {
    syncing = true;
    try {
      if (run == null) {
        table.getSelectionModel().clearSelection();
      } else {
        table.getSelectionModel().select(run);
      }
    } finally {
      syncing = false;
    }
  }

  /**
   * Rows shown at most on the dashboard; more scroll. Beyond them the tiles above would shrink to
   * slivers, and the Compare page lays every run out.
   */
  static final int MOST_ROWS = 5;

  /** As tall as its rows, up to {@link #MOST_ROWS}: the tiles above keep their room. */
  private void fitHeight() {
    double cell = table.getFixedCellSize() > 0 ? table.getFixedCellSize() : 28;
    Node header = table.lookup(".column-header-background");
    double headerHeight = header instanceof Region r && r.getHeight() > 0 ? r.getHeight() : cell;
    double height = headerHeight + cell * Math.clamp(runs.size(), 1, MOST_ROWS) + 4;
    table.setPrefHeight(height);
    table.setMinHeight(height);
    table.setMaxHeight(height);
  }

  private TableColumn<ComparedRun, ComparedRun> runColumn() {
    TableColumn<ComparedRun, ComparedRun> column = new TableColumn<>("run");
    column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
    column.setComparator((a, b) -> runs.name(a).compareToIgnoreCase(runs.name(b)));
    column.setUserData(18.0);
    column.getProperties().put(RunColumns.NAMES, Boolean.TRUE);
    column.getProperties().put(RunColumns.CELL_TEXT, (Function<ComparedRun, String>) runs::name);
    column.setCellFactory(c -> new TableCell<>() {
      private final Region swatch = new Region();
      private final Label name = new Label();
      private final FontIcon saved = new FontIcon(Feather.FILE);
      private final HBox box = new HBox(swatch, name, saved);

      {
        box.setAlignment(Pos.CENTER_LEFT);
        box.getStyleClass().add("run-cell");
        name.getStyleClass().add("run-name");
        saved.getStyleClass().add("saved-run-icon");
      }

      @Override
      protected void updateItem(ComparedRun run, boolean empty) {
        super.updateItem(run, empty);
        if (empty || run == null) {
          setGraphic(null);
          return;
        }
        boolean solid = !live && run == runs.shown();
        // the same swatch as the distribution chart's legend: solid for the run on the time charts
        wsarena.ui.chart.LegendItem.paintSwatch(swatch, run.colour(), !solid);
        name.setText(runs.name(run));
        // a saved run (opened from a file) is marked; its row's tooltip names the file
        saved.setVisible(run.file().isPresent());
        saved.setManaged(run.file().isPresent());
        setGraphic(box);
      }
    });
    return column;
  }

  /** "this machine", or the other machine's CPU in a few words. */
  private String machine(ComparedRun run) {
    HostInfo host = run.result().host();
    if (run.result().hosts().size() > 1) {
      return Units.plural(run.result().hosts().size(), "load machine");
    }
    return thisMachine == null || Machines.same(host, thisMachine) ? "this machine" : Machines.shortName(host);
  }

  /** Never null: the reader refuses a file without totals, and a run always sums its own. */
  private static Totals totals(ComparedRun run) {
    return run.result().totals();
  }

  /** A row: highlighted when its run is on the time charts; its tooltip says what and where. */
  private final class RunRow extends TableRow<ComparedRun> {
    @Override
    protected void updateItem(ComparedRun run, boolean empty) {
      super.updateItem(run, empty);
      pseudoClassStateChanged(SHOWN, !empty && run != null && !live && run == runs.shown());
      if (empty || run == null) {
        setTooltip(null);
        return;
      }
      RunResult r = run.result();
      String where = r.host() == null ? "" : "\nMeasured on " + Machines.summaryLine(r.hosts());
      String file = run.file().map(f -> "\nSaved run, opened from " + f).orElse("\nMeasured in this session");
      setTooltip(new Tooltip(r.target().description() + file + where));
    }
  }

  /** One line: "12 runs side by side"; the table names the runs. */
  @Override
  public String pictureTitle(String given) {
    return Units.plural(Math.min(runs.size(), TablePicture.MOST_ROWS), "run") + " side by side";
  }

  /**
   * The table drawn for a slide: every run (up to twenty) with its whole name and figures, in its
   * colour and dash, columns sized to their content, a one-line title, no scroll bar.
   */
  @Override
  public java.awt.image.BufferedImage pictureImage(ExportLayout layout, String title, String subtitle, String footer, ChartLook look) {
    return TablePicture.image(pictureTable(), pictureTitle(title), subtitle, footer, layout, look);
  }


  @Override
  public void reset(Scenario scenario) {
    // the table follows the compared runs, not the live samples
  }

  @Override
  public void append(List<Sample> samples, TimeWindow window) {
    // same
  }

  /** Rows in the table. */
  @Override
  public int pointCount() {
    return table.getItems().size();
  }

  /** The names in the table's rows, top to bottom. */
  /** What the picture of the table holds: the columns shown, and each run's cells as the table has them. */
  public TablePicture.Table pictureTable() {
    return RunColumns.pictureTable(table, runs);
  }

  /** The names in the table's rows, top to bottom. */
  public List<String> rowNames() {
    return table.getItems().stream().map(runs::name).toList();
  }

  public TableView<ComparedRun> table() {
    return table;
  }
}
