package wsarena.ui.compare;

import java.util.List;
import java.util.OptionalInt;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import wsarena.report.Metric;
import wsarena.report.MetricTable;

/**
 * The Compare view's table: one row per run (a shootout's target with all its repeats), whether
 * it is drawn, its name (double-click to rename), where it ran, how many runs it holds, then each
 * {@link Metric}: the median, the best of the column marked, and under it the lowest–highest of
 * the repeats and the change against the baseline in percent. A run is made the baseline by its
 * radio button and set aside by its ×. Every figure is the core's {@link MetricTable}.
 */
final class CompareTable extends TableView<ComparedRun> {
  private final ComparedRuns runs;
  private final Consumer<ComparedRun> remove;
  private MetricTable table;
  private double fontSize = 14;
  private String fontFamily;
  private final javafx.scene.control.ToggleGroup baselines = new javafx.scene.control.ToggleGroup();

  /** @param remove sets a run aside (the view offers an undo) */
  CompareTable(ComparedRuns runs, Consumer<ComparedRun> remove) {
    this.runs = runs;
    this.remove = remove;
    setId("compare-table");
    getStyleClass().addAll("comparison-table", "compare-table", "dense");
    setItems(runs.runs());
    setEditable(true);
    setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
    setPlaceholder(new Label("No run yet: tick targets on the left and press Start, or open a saved shootout (Ctrl+O)"));
    runs.revisionProperty().addListener(o -> rebuild());
    widthProperty().addListener(o -> sizeColumns());
    rebuild();
  }

  /**
   * The figures that give way on a narrow page, first to go first (the report and Save report keep
   * them all): the finer context-switch and client figures, then how many runs, the memory and
   * the context switches, then where each ran, then the median. The names, the rate, the tail
   * latencies and the target's CPU per message (or memory per connection) stay, and so do the
   * controls.
   */
  private static final List<Metric> GIVE_WAY_FIRST = List.of(
      Metric.TARGET_INVOLUNTARY_SWITCHES_PER_MESSAGE, Metric.TARGET_VOLUNTARY_SWITCHES_PER_MESSAGE,
      Metric.CLIENT_SWITCHES_PER_MESSAGE, Metric.FAIRNESS, Metric.CLIENT_CPU_PER_MESSAGE);
  private static final List<Metric> GIVE_WAY_LATER = List.of(
      Metric.TARGET_RSS, Metric.CONNECTIONS_HELD, Metric.TARGET_SWITCHES_PER_MESSAGE);

  /** The columns for the metrics that apply now, and every cell again. */
  private void rebuild() {
    table = runs.table(runs.runs());
    TableColumn<ComparedRun, ComparedRun> isolation = text("isolation", 8.6, r -> contender(r).isolation());
    TableColumn<ComparedRun, ComparedRun> repeats = text("runs", 3.4, this::runsText);
    getColumns().setAll(List.of(shownColumn(), nameColumn(), isolation, repeats));
    java.util.Map<Metric, TableColumn<ComparedRun, ComparedRun>> byMetric = new java.util.EnumMap<>(Metric.class);
    for (Metric m : table.metrics()) {
      byMetric.put(m, metricColumn(m));
      getColumns().add(byMetric.get(m));
    }
    getColumns().addAll(List.of(baselineColumn(), removeColumn()));
    List<TableColumn<ComparedRun, ?>> givingWay = new java.util.ArrayList<>();
    GIVE_WAY_FIRST.stream().filter(byMetric::containsKey).forEach(m -> givingWay.add(byMetric.get(m)));
    givingWay.add(repeats);
    GIVE_WAY_LATER.stream().filter(byMetric::containsKey).forEach(m -> givingWay.add(byMetric.get(m)));
    givingWay.add(isolation);
    if (byMetric.containsKey(Metric.P50)) {
      givingWay.add(byMetric.get(Metric.P50));
    }
    RunColumns.givingWay(givingWay);
    sizeColumns();
    refresh();
  }

  private wsarena.report.Contender contender(ComparedRun r) {
    return table.contenders().get(runs.runs().indexOf(r));
  }

  private String runsText(ComparedRun r) {
    var c = contender(r);
    return MetricTable.runs(c);
  }

  private TableColumn<ComparedRun, ComparedRun> column(String title, double widthEm) {
    TableColumn<ComparedRun, ComparedRun> column = new TableColumn<>(title);
    column.setSortable(false);
    column.setReorderable(false);
    column.setUserData(widthEm);
    column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
    return column;
  }

  private TableColumn<ComparedRun, ComparedRun> shownColumn() {
    TableColumn<ComparedRun, ComparedRun> column = column("", 2.2);
    column.setCellFactory(c -> new TableCell<>() {
      private final CheckBox box = new CheckBox();

      {
        box.setTooltip(new Tooltip("Draw this run on the charts"));
        box.setOnAction(e -> {
          if (getItem() != null) {
            runs.setVisible(getItem(), box.isSelected());
          }
        });
      }

      @Override
      protected void updateItem(ComparedRun run, boolean empty) {
        super.updateItem(run, empty);
        setGraphic(empty || run == null ? null : box);
        if (run != null) {
          box.setSelected(run.visible());
        }
      }
    });
    return column;
  }

  private TableColumn<ComparedRun, ComparedRun> nameColumn() {
    TableColumn<ComparedRun, ComparedRun> column = column("run", 19);
    column.getProperties().put(RunColumns.NAMES, Boolean.TRUE);
    column.getProperties().put(RunColumns.CELL_TEXT, (java.util.function.Function<ComparedRun, String>) runs::name);
    column.setEditable(true);
    column.setCellFactory(c -> new TableCell<>() {
      private final Region swatch = new Region();
      private final Label name = new Label();
      private final HBox box = new HBox(8, swatch, name);
      private final TextField edit = new TextField();

      {
        box.setAlignment(Pos.CENTER_LEFT);
        name.getStyleClass().add("run-name");
        edit.setOnAction(e -> commit());
        edit.focusedProperty().addListener((obs, was, now) -> {
          if (!now && isEditing()) {
            commit();
          }
        });
        setOnMouseClicked(e -> {
          if (e.getClickCount() == 2 && getItem() != null) {
            getTableView().edit(getIndex(), getTableColumn());
          }
        });
      }

      private void commit() {
        ComparedRun run = getItem();
        if (run != null) {
          cancelEdit();
          runs.rename(run, edit.getText());
        }
      }

      @Override
      public void startEdit() {
        if (getItem() == null) {
          return;
        }
        super.startEdit();
        edit.setText(runs.name(getItem()));
        setGraphic(edit);
        edit.requestFocus();
        edit.selectAll();
      }

      @Override
      public void cancelEdit() {
        super.cancelEdit();
        updateItem(getItem(), getItem() == null);
      }

      @Override
      protected void updateItem(ComparedRun run, boolean empty) {
        super.updateItem(run, empty);
        if (empty || run == null) {
          setGraphic(null);
          setTooltip(null);
          return;
        }
        wsarena.ui.chart.LegendItem.paintSwatch(swatch, run.colour(), run.dashed());
        name.setText(runs.name(run));
        setTooltip(new Tooltip(run.result().target().description() + "\n" + run.origin() + " · double-click to rename"));
        setGraphic(isEditing() ? edit : box);
      }
    });
    return column;
  }

  private TableColumn<ComparedRun, ComparedRun> text(String title, double widthEm, java.util.function.Function<ComparedRun, String> value) {
    TableColumn<ComparedRun, ComparedRun> column = column(title, widthEm);
    column.getProperties().put(RunColumns.CELL_TEXT, value);
    column.setCellFactory(c -> new TableCell<>() {
      @Override
      protected void updateItem(ComparedRun run, boolean empty) {
        super.updateItem(run, empty);
        setText(empty || run == null ? null : value.apply(run));
      }
    });
    return column;
  }

  /** A metric's column: the median (the best marked), and under it the spread and the delta. */
  private TableColumn<ComparedRun, ComparedRun> metricColumn(Metric m) {
    // a rate's spread (150,446–161,812) is the longest figure under a median
    TableColumn<ComparedRun, ComparedRun> column = column(m.column(), m.kind() == Metric.Kind.RATE ? 9.6 : 8);
    column.getStyleClass().add("numeric");
    column.getProperties().put(RunColumns.CELL_TEXT, (java.util.function.Function<ComparedRun, String>) run ->
        String.join("\n", List.of(median(run, m), table.range(runs.runs().indexOf(run), m), delta(run, m))));
    column.setCellFactory(c -> new TableCell<>() {
      private final Label median = new Label();
      private final Label range = new Label();
      private final Label sub = new Label();
      private final VBox box = new VBox(median, range, sub);

      {
        box.setAlignment(Pos.CENTER_RIGHT);
        median.getStyleClass().add("metric-median");
        range.getStyleClass().add("metric-range");
        sub.getStyleClass().add("metric-sub");
      }

      @Override
      protected void updateItem(ComparedRun run, boolean empty) {
        super.updateItem(run, empty);
        if (empty || run == null) {
          setGraphic(null);
          return;
        }
        int i = runs.runs().indexOf(run);
        int base = runs.runs().indexOf(runs.baseline());
        median.setText(CompareTable.this.median(run, m));
        median.pseudoClassStateChanged(BEST, isBest(run, m));
        String spread = table.range(i, m);
        range.setText(spread);
        range.setVisible(!spread.isEmpty());
        range.setManaged(!spread.isEmpty());
        String delta = delta(run, m);
        sub.setText(delta);
        sub.pseudoClassStateChanged(BETTER, !delta.isEmpty() && table.deltaIsBetter(i, m, base));
        sub.pseudoClassStateChanged(WORSE, !delta.isEmpty() && !table.deltaIsBetter(i, m, base) && !delta.equals("±0 %"));
        sub.setVisible(!sub.getText().isEmpty());
        sub.setManaged(!sub.getText().isEmpty());
        setGraphic(box);
      }
    });
    return column;
  }

  private boolean isBest(ComparedRun run, Metric m) {
    OptionalInt best = table.best(m);
    return best.isPresent() && best.getAsInt() == runs.runs().indexOf(run);
  }

  /** The median of {@code run}'s repeats, the best of the column starred. */
  private String median(ComparedRun run, Metric m) {
    return table.cell(runs.runs().indexOf(run), m) + (isBest(run, m) ? " ★" : "");
  }

  /** The change against the baseline in %, empty for the baseline itself or without one. */
  private String delta(ComparedRun run, Metric m) {
    int i = runs.runs().indexOf(run);
    int base = runs.runs().indexOf(runs.baseline());
    return i == base || base < 0 ? "" : table.delta(i, m, base);
  }

  private static final javafx.css.PseudoClass BEST = javafx.css.PseudoClass.getPseudoClass("best");
  private static final javafx.css.PseudoClass BETTER = javafx.css.PseudoClass.getPseudoClass("better");
  private static final javafx.css.PseudoClass WORSE = javafx.css.PseudoClass.getPseudoClass("worse");

  private TableColumn<ComparedRun, ComparedRun> baselineColumn() {
    TableColumn<ComparedRun, ComparedRun> column = column("baseline", 5.4);
    column.setCellFactory(c -> new TableCell<>() {
      private final RadioButton radio = new RadioButton();

      {
        radio.setToggleGroup(baselines);
        radio.setTooltip(new Tooltip("Take the deltas in % from this run"));
        radio.setOnAction(e -> {
          if (getItem() != null) {
            runs.setBaseline(getItem());
          }
        });
        setAlignment(Pos.CENTER);
      }

      @Override
      protected void updateItem(ComparedRun run, boolean empty) {
        super.updateItem(run, empty);
        setGraphic(empty || run == null ? null : radio);
        if (run != null) {
          radio.setSelected(run == runs.baseline());
        }
      }
    });
    return column;
  }

  private TableColumn<ComparedRun, ComparedRun> removeColumn() {
    TableColumn<ComparedRun, ComparedRun> column = column("", 2.4);
    column.setCellFactory(c -> new TableCell<>() {
      private final Button button = new Button(null, new FontIcon(Feather.X));

      {
        button.getStyleClass().addAll("flat", "card-tool", "remove-run");
        button.setTooltip(new Tooltip("Set this run aside (you can undo it)"));
        button.setOnAction(e -> {
          if (getItem() != null) {
            remove.accept(getItem());
          }
        });
      }

      @Override
      protected void updateItem(ComparedRun run, boolean empty) {
        super.updateItem(run, empty);
        setGraphic(empty || run == null ? null : button);
      }
    });
    return column;
  }

  /**
   * Each column as wide as its figures at the table's type (presentation mode's larger type too),
   * the names whole; on a page too narrow for every figure, those that give way go rather than the
   * table scrolling sideways ({@link RunColumns#size}, as the Run page's table does).
   */
  void sizeColumns(String family, double size) {
    fontFamily = family;
    fontSize = size;
    sizeColumns();
  }

  private void sizeColumns() {
    RunColumns.size(this, runs, fontFamily, fontSize);
  }

  /** The figures behind the table, as the core computed them. */
  MetricTable figures() {
    return table;
  }
}
