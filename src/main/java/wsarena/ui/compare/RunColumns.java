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
 * The columns of the runs side by side: what each cell says (one text per run and column, which
 * the table shows and its picture draws), how wide each column is for its figures, and the table
 * as the picture's rows.
 */
final class RunColumns {
  private RunColumns() {}

  /** The key under which a column keeps the text of its cell for a run: what the table shows, and its picture. */
  static final String CELL_TEXT = "wsarena.cellText";

  /**
   * Each column as wide as its widest cell or its header at this font size (never narrower than
   * its width in em, kept in its user data), so names and figures show whole ("16.1k msg…" had
   * width to spare); room left over is shared out in proportion.
   */
  static void size(TableView<ComparedRun> table, ComparedRuns runs, String family, double fontSize) {
    javafx.scene.text.Font font = javafx.scene.text.Font.font(family, fontSize / 0.92);
    javafx.scene.text.Text probe = new javafx.scene.text.Text();
    probe.setFont(font);
    double total = 0;
    java.util.Map<TableColumn<ComparedRun, ?>, Double> widths = new java.util.HashMap<>();
    for (TableColumn<ComparedRun, ?> column : table.getColumns()) {
      if (!column.isVisible()) {
        continue;
      }
      double em = column.getUserData() instanceof Double d ? d : 5;
      probe.setText(column.getText());
      double widest = probe.getLayoutBounds().getWidth();
      if (column.getProperties().get(CELL_TEXT) instanceof Function<?, ?> f) {
        @SuppressWarnings("unchecked")
        Function<ComparedRun, String> text = (Function<ComparedRun, String>) f;
        for (ComparedRun run : runs.runs()) {
          probe.setText(text.apply(run));
          widest = Math.max(widest, probe.getLayoutBounds().getWidth());
        }
      }
      // the cell's padding, and the run column's swatch and file icon
      double extra = fontSize * (column == table.getColumns().getFirst() ? 4.2 : 1.6);
      double width = Math.max(Math.min(em, 6) * fontSize, widest + extra);
      widths.put(column, width);
      total += width;
    }
    double room = table.getWidth() - fontSize * 1.5;
    double stretch = total <= 0 || room <= 0 ? 1 : Math.max(1, room / total);
    for (var e : widths.entrySet()) {
      e.getKey().setMinWidth(e.getValue());
      e.getKey().setPrefWidth(e.getValue() * stretch);
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

  /** What the picture of the table holds: the columns shown, and each run's cells as the table has them. */
  static TablePicture.Table pictureTable(TableView<ComparedRun> table, ComparedRuns runs) {
    List<TableColumn<ComparedRun, ?>> columns = table.getColumns().stream()
        .filter(c -> c.isVisible() && c.getProperties().get(CELL_TEXT) instanceof Function<?, ?>)
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
