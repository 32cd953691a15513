package wsarena.ui.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.shape.Line;
import javafx.scene.shape.Rectangle;
import wsarena.report.Metric;
import wsarena.report.MetricTable;
import wsarena.report.Spread;
import wsarena.text.Units;
import wsarena.report.chart.Ticks;

/**
 * One metric over the compared runs as horizontal bars, drawn from the core's {@link
 * MetricTable}: the names on the left, each bar its run's colour at its median, a line from the
 * lowest to the highest run when there were repeats, the value at its end, and the best one
 * outlined and named. Rows share the height, so twenty runs still read; it computes no figure.
 */
final class BarsView extends Region {
  /** The share of the width names may take at most. */
  private static final double NAMES_SHARE = 0.4;
  /** The room kept after the longest bar for its value and "best". */
  private static final double VALUE_ROOM_EM = 9.5;

  private record Row(Label name, Rectangle bar, Line whisker, Line low, Line high, Label value, Optional<Spread> spread) {}

  private final List<Row> rows = new ArrayList<>();
  private final List<Line> grid = new ArrayList<>();
  private final List<Label> ticks = new ArrayList<>();
  private final Label empty = new Label();
  private final Label axis = new Label();
  private Metric metric = Metric.THROUGHPUT;
  /** The largest value drawn, in the axis unit. */
  private double top;
  /** The axis's end (the longest line) and its step, chosen for the width: a round step, ticks at least five em apart. */
  private double axisTop = 1;
  private double step = 1;

  BarsView() {
    getStyleClass().add("bars-view");
    empty.getStyleClass().add("card-placeholder");
    getChildren().add(empty);
  }

  /**
   * Draws {@code metric} of every contender of {@code table}.
   *
   * @param colours each contender's palette colour, e.g. {@code -wsa-blue}
   * @param dashed each contender's second-round style (past the palette's ten colours)
   */
  void show(MetricTable table, Metric metric, List<String> colours, List<Boolean> dashed) {
    this.metric = metric;
    getChildren().clear();
    rows.clear();
    grid.clear();
    ticks.clear();
    step = 0;
    OptionalInt best = table.best(metric);
    top = 0;
    for (int i = 0; i < table.contenders().size(); i++) {
      Optional<Spread> s = table.spread(i, metric);
      top = Math.max(top, s.map(v -> metric.onAxis(v.max())).orElse(0.0));
    }
    if (top <= 0) {
      top = 1;
    }
    for (int i = 0; i < table.contenders().size(); i++) {
      Optional<Spread> s = table.spread(i, metric);
      boolean isBest = best.isPresent() && best.getAsInt() == i;
      Label name = new Label(table.contenders().get(i).name());
      name.getStyleClass().add("bars-name");
      name.setMinWidth(0);
      Rectangle bar = new Rectangle();
      bar.getStyleClass().add(isBest ? "bars-bar-best" : "bars-bar");
      String colour = colours.get(i);
      bar.setStyle(dashed.get(i)
          ? "-fx-fill: derive(" + colour + ", 0%); -fx-opacity: 0.55; -fx-stroke: " + colour + "; -fx-stroke-dash-array: 6 4; -fx-stroke-width: 2;"
          : "-fx-fill: " + colour + ";");
      Line whisker = new Line();
      Line low = new Line();
      Line high = new Line();
      for (Line l : List.of(whisker, low, high)) {
        l.getStyleClass().add("bars-whisker");
        l.setVisible(s.isPresent() && s.get().count() > 1);
      }
      Label value = new Label(s.map(v -> metric.alone(v.median()) + (isBest ? "  ★ best" : "")).orElse("n/a"));
      value.getStyleClass().addAll("bars-value", isBest ? "bars-value-best" : "bars-value-plain");
      Row row = new Row(name, bar, whisker, low, high, value, s);
      rows.add(row);
      getChildren().addAll(name, bar, whisker, low, high, value);
    }
    empty.setText(rows.isEmpty() ? "No run to compare yet" : "");
    axis.setText(rows.isEmpty() ? "" : (metric.unit().isEmpty() ? "" : metric.unit() + " · ") + metric.better().words()
        + (rows.stream().anyMatch(r -> r.spread().map(v -> v.count() > 1).orElse(false)) ? " · median, line from lowest to highest run" : ""));
    axis.getStyleClass().add("bars-axis");
    axis.setId("bars-axis");
    getChildren().addAll(empty, axis);
    requestLayout();
  }

  /** As many round ticks as the width holds without their labels touching; made anew only when they change. */
  private void ticksFor(double plotWidth, double em) {
    int most = Math.max(2, (int) (plotWidth / (em * 5)));
    double nextStep = Ticks.roundStep(top / most);
    // the axis ends at the longest line, so the bars keep the width; ticks stop before it
    double nextTop = top;
    if (nextStep == step && nextTop == axisTop && !grid.isEmpty()) {
      return;
    }
    step = nextStep;
    axisTop = nextTop;
    getChildren().removeAll(grid);
    getChildren().removeAll(ticks);
    grid.clear();
    ticks.clear();
    for (int i = 0; i * step <= axisTop * 1.0001; i++) {
      Line l = new Line();
      l.getStyleClass().add("bars-grid");
      Label t = new Label(tick(i * step));
      t.getStyleClass().add("bars-tick");
      grid.add(l);
      ticks.add(t);
    }
    getChildren().addAll(0, grid);
    getChildren().addAll(ticks);
    for (Label t : ticks) {
      t.applyCss();
    }
  }

  /** A tick in the axis unit, which the card's title names: {@code 25k}, {@code 2.5}, {@code 300}. */
  private static String tick(double axisValue) {
    return axisValue == 0 ? "0" : Units.compact(axisValue);
  }

  @Override
  protected void layoutChildren() {
    double w = getWidth() - snappedLeftInset() - snappedRightInset();
    double h = getHeight() - snappedTopInset() - snappedBottomInset();
    double x = snappedLeftInset();
    double y = snappedTopInset();
    empty.resizeRelocate(x, y, w, Math.min(h, 40));
    if (rows.isEmpty() || w <= 0 || h <= 0) {
      return;
    }
    double em = rows.getFirst().name().getFont().getSize();
    double axisHeight = axis.prefHeight(-1);
    h -= axisHeight;
    axis.resizeRelocate(x, y + h, w, axisHeight);
    axis.setAlignment(javafx.geometry.Pos.CENTER);
    double tickHeight = em * 1.6;
    double namesWidth = 0;
    for (Row r : rows) {
      namesWidth = Math.max(namesWidth, r.name().prefWidth(-1));
    }
    namesWidth = Math.min(namesWidth, w * NAMES_SHARE);
    double plotX = x + namesWidth + em * 0.8;
    double plotWidth = Math.max(10, w - (plotX - x) - VALUE_ROOM_EM * em);
    ticksFor(plotWidth, em);
    double rowHeight = (h - tickHeight) / rows.size();
    double barHeight = Math.max(3, Math.min(rowHeight * 0.62, em * 2.4));
    for (int i = 0; i < grid.size(); i++) {
      double gx = plotX + plotWidth * (i * step) / axisTop;
      grid.get(i).setStartX(gx);
      grid.get(i).setEndX(gx);
      grid.get(i).setStartY(y);
      grid.get(i).setEndY(y + h - tickHeight);
      Label t = ticks.get(i);
      double tw = t.prefWidth(-1);
      t.resizeRelocate(gx - tw / 2, y + h - tickHeight + em * 0.2, tw, t.prefHeight(-1));
    }
    for (int i = 0; i < rows.size(); i++) {
      Row r = rows.get(i);
      double middle = y + rowHeight * (i + 0.5);
      double nameHeight = r.name().prefHeight(-1);
      r.name().setAlignment(javafx.geometry.Pos.CENTER_RIGHT);
      r.name().resizeRelocate(x, middle - nameHeight / 2, namesWidth, nameHeight);
      double end = plotX;
      double valueX = plotX + em * 0.5;
      if (r.spread().isPresent()) {
        Spread s = r.spread().get();
        end = plotX + plotWidth * metric.onAxis(s.median()) / axisTop;
        double lowX = plotX + plotWidth * metric.onAxis(s.min()) / axisTop;
        double highX = plotX + plotWidth * metric.onAxis(s.max()) / axisTop;
        double cap = barHeight / 3;
        set(r.whisker(), lowX, middle, highX, middle);
        set(r.low(), lowX, middle - cap, lowX, middle + cap);
        set(r.high(), highX, middle - cap, highX, middle + cap);
        valueX = Math.max(end, s.count() > 1 ? highX : end) + em * 0.5;
      }
      r.bar().setX(plotX);
      r.bar().setY(middle - barHeight / 2);
      r.bar().setWidth(Math.max(0, end - plotX));
      r.bar().setHeight(barHeight);
      double vh = r.value().prefHeight(-1);
      r.value().resizeRelocate(valueX, middle - vh / 2, r.value().prefWidth(-1), vh);
    }
  }

  private static void set(Line l, double x0, double y0, double x1, double y1) {
    l.setStartX(x0);
    l.setStartY(y0);
    l.setEndX(x1);
    l.setEndY(y1);
  }

  /** The value labels as drawn, top to bottom, for tests. */
  List<String> values() {
    return rows.stream().map(r -> r.value().getText()).toList();
  }

  /** The names as drawn, top to bottom. */
  List<String> names() {
    return rows.stream().map(r -> r.name().getText()).toList();
  }
}
