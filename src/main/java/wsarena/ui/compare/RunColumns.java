package wsarena.ui.compare;

import java.util.List;
import java.util.function.DoubleFunction;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import wsarena.report.chart.TablePicture;
import wsarena.text.Units;

/**
 * The columns of the runs side by side (the Run page's table and the Compare page's): what each
 * cell says (one text per run and column, which the table shows and its picture draws), how wide
 * each column is for its figures, which columns give way on a narrow table, and the table as the
 * picture's rows.
 */
final class RunColumns {
  private RunColumns() {}

  /**
   * The key under which a column keeps the text of its cell for a run: what the table shows, and its
   * picture. A cell of several lines (the Compare page's median, then its spread and delta) has
   * them one per line, the lines after the first drawn at {@link #SMALL_LINES} of the type.
   */
  static final String CELL_TEXT = "wsarena.cellText";

  /** The size of a cell's lines after its first, as app.css draws a median's spread and delta (0.78em). */
  static final double SMALL_LINES = 0.78;

  /** The key that marks the column of the runs' names: bold, beside a swatch (and a file icon); it never gives way. */
  static final String NAMES = "wsarena.names";

  /**
   * The key of a column's place among those that give way on a narrow table, from 1 (the first to
   * go); a column without one always shows. Its picture keeps every column.
   */
  static final String GIVES_WAY = "wsarena.givesWay";

  /** The key of whether the runs have anything for a column (a conformance verdict, say): false leaves it out everywhere. */
  static final String WANTED = "wsarena.wanted";

  /** True unless the runs have nothing for the column ({@link #WANTED}). */
  static boolean wanted(TableColumn<ComparedRun, ?> column) {
    return !Boolean.FALSE.equals(column.getProperties().get(WANTED));
  }

  /**
   * Each column as wide as its widest cell or its header at this font size (never narrower than
   * its width in em, kept in its user data, up to 6 em), so names and figures show whole ("16.1k
   * msg…" had width to spare); room left over is shared out in proportion. When the table is
   * narrower than its columns (1280×720; the Compare page's twelve figures at 1920×1080), the
   * columns that give way ({@link #GIVES_WAY}) are left out, first to go first, rather than the
   * table scrolling sideways.
   *
   * @param fontSize the size of the type around the table; the probe measures at {@code
   *     fontSize / 0.92}, a margin for the bold figures
   */
  static void size(TableView<ComparedRun> table, ComparedRuns runs, String family, double fontSize) {
    javafx.scene.text.Font font = javafx.scene.text.Font.font(family, fontSize / 0.92);
    javafx.scene.text.Font names = javafx.scene.text.Font.font(family, javafx.scene.text.FontWeight.BOLD, fontSize / 0.92);
    javafx.scene.text.Font small = javafx.scene.text.Font.font(family, fontSize / 0.92 * SMALL_LINES);
    javafx.scene.text.Text probe = new javafx.scene.text.Text();
    java.util.Map<TableColumn<ComparedRun, ?>, Double> widths = new java.util.LinkedHashMap<>();
    for (TableColumn<ComparedRun, ?> column : table.getColumns()) {
      if (!wanted(column)) {
        continue;
      }
      boolean isNames = column.getProperties().containsKey(NAMES);
      double em = column.getUserData() instanceof Double d ? d : 5;
      probe.setFont(font);
      probe.setText(column.getText());
      double widest = probe.getLayoutBounds().getWidth();
      if (column.getProperties().get(CELL_TEXT) instanceof Function<?, ?> f) {
        @SuppressWarnings("unchecked")
        Function<ComparedRun, String> text = (Function<ComparedRun, String>) f;
        for (ComparedRun run : runs.runs()) {
          String[] lines = text.apply(run).split("\n");
          for (int i = 0; i < lines.length; i++) {
            probe.setFont(i > 0 ? small : isNames ? names : font);
            probe.setText(lines[i]);
            widest = Math.max(widest, probe.getLayoutBounds().getWidth());
          }
        }
      }
      // the cell's padding, and the run column's swatch and file icon
      double extra = fontSize * (isNames ? 4.2 : 1.6);
      widths.put(column, Math.max(Math.min(em, 6) * fontSize, widest + extra));
    }
    double room = table.getWidth() - fontSize * 1.5;
    java.util.List<TableColumn<ComparedRun, ?>> givingWay = widths.keySet().stream()
        .filter(c -> c.getProperties().get(GIVES_WAY) instanceof Integer)
        .sorted(java.util.Comparator.comparingInt(c -> (Integer) c.getProperties().get(GIVES_WAY)))
        .collect(java.util.stream.Collectors.toCollection(java.util.ArrayList::new));
    double total = widths.values().stream().mapToDouble(Double::doubleValue).sum();
    while (room > 0 && total > room && !givingWay.isEmpty()) {
      total -= widths.remove(givingWay.removeFirst());
    }
    double stretch = total <= 0 || room <= 0 ? 1 : Math.max(1, room / total);
    for (TableColumn<ComparedRun, ?> column : table.getColumns()) {
      Double width = widths.get(column);
      column.setVisible(width != null);
      if (width != null) {
        column.setMinWidth(width);
        column.setPrefWidth(width * stretch);
      }
    }
  }

  /** Marks {@code columns} as giving way on a narrow table, the first to go first ({@link #GIVES_WAY}). */
  static void givingWay(List<? extends TableColumn<ComparedRun, ?>> columns) {
    for (int i = 0; i < columns.size(); i++) {
      columns.get(i).getProperties().put(GIVES_WAY, i + 1);
    }
  }

  /** A column of a figure, right-aligned; a negative figure is not known and reads n/a. */
  static TableColumn<ComparedRun, Number> number(
      String title, double widthEm, ToDoubleFunction<ComparedRun> value, DoubleFunction<String> format) {
    TableColumn<ComparedRun, Number> column = new TableColumn<>(title);
    column.getStyleClass().add("numeric");
    column.setUserData(widthEm);
    column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.applyAsDouble(c.getValue())));
    column.getProperties().put(CELL_TEXT, (Function<ComparedRun, String>) r -> {
      double v = value.applyAsDouble(r);
      return v < 0 ? Units.NOT_KNOWN : format.apply(v);
    });
    column.setCellFactory(c -> new TableCell<>() {
      @Override
      protected void updateItem(Number n, boolean empty) {
        super.updateItem(n, empty);
        setText(empty || n == null ? null : n.doubleValue() < 0 ? Units.NOT_KNOWN : format.apply(n.doubleValue()));
      }
    });
    return column;
  }

  /** A column of words, or of figures already written out. */
  static TableColumn<ComparedRun, String> text(String title, double widthEm, Function<ComparedRun, String> value) {
    TableColumn<ComparedRun, String> column = new TableColumn<>(title);
    column.setUserData(widthEm);
    column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
    column.getProperties().put(CELL_TEXT, value);
    return column;
  }

  /** What the picture of the table holds: every column the runs have figures for (those a narrow table leaves out too), and each run's cells as the table has them. */
  static TablePicture.Table pictureTable(TableView<ComparedRun> table, ComparedRuns runs) {
    List<TableColumn<ComparedRun, ?>> columns = table.getColumns().stream()
        .filter(c -> wanted(c) && c.getProperties().get(CELL_TEXT) instanceof Function<?, ?>)
        .toList();
    List<String> headers = columns.stream().map(TableColumn::getText).toList();
    List<Boolean> numeric = columns.stream().map(c -> c.getStyleClass().contains("numeric")).toList();
    List<TablePicture.Row> rows = new java.util.ArrayList<>();
    for (ComparedRun run : runs.runs()) {
      List<String> cells = new java.util.ArrayList<>();
      for (TableColumn<ComparedRun, ?> c : columns) {
        @SuppressWarnings("unchecked")
        Function<ComparedRun, String> text = (Function<ComparedRun, String>) c.getProperties().get(CELL_TEXT);
        cells.add(text.apply(run));
      }
      rows.add(new TablePicture.Row(ComparedRuns.paletteIndex(run), cells));
    }
    return new TablePicture.Table(headers, numeric, rows);
  }
}
