package wsarena.ui.compare;

import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.scene.control.ComboBox;
import wsarena.metrics.Sample;
import wsarena.report.Metric;
import wsarena.report.MetricTable;
import wsarena.scenario.Scenario;
import wsarena.ui.chart.ChartCard;
import wsarena.ui.chart.TimeWindow;

/**
 * The Compare view's bar chart: one {@link Metric} at a time, picked in its header, over the runs
 * shown, the best one marked. The metrics offered are those that apply to the runs.
 */
public final class BarsCard extends ChartCard {
  private final BarsView bars = new BarsView();
  private final ObjectProperty<Metric> metric = new SimpleObjectProperty<>(Metric.THROUGHPUT);
  private final ComboBox<Metric> picker = new ComboBox<>();
  private MetricTable table;
  private List<String> colours = List.of();
  private List<Boolean> dashed = List.of();

  public BarsCard() {
    super("Bar chart", "bars", "Appears once runs are compared");
    showTitle("Compare by");
    setPlaceholderVisible(false);
    picker.setId("bars-metric");
    picker.setConverter(new javafx.util.StringConverter<>() {
      @Override
      public String toString(Metric m) {
        return m == null ? "" : m.title();
      }

      @Override
      public Metric fromString(String s) {
        throw new UnsupportedOperationException();
      }
    });
    picker.valueProperty().bindBidirectional(metric);
    addTool(picker);
    metric.addListener((obs, old, now) -> redraw());
    addChart(bars, 1);
  }

  /** Draws the runs of {@code table}, each in its colour (dashed past the palette's ten). */
  public void show(MetricTable next, List<String> colours, List<Boolean> dashed) {
    this.table = next;
    this.colours = List.copyOf(colours);
    this.dashed = List.copyOf(dashed);
    List<Metric> offered = next.metrics().isEmpty() ? Metric.all() : next.metrics();
    // the metric shown so far, or the first that applies (a storm has no msgs/s): new items clear
    // the picker's value, so it is chosen first and set after
    Metric keep = metric.get() != null && offered.contains(metric.get()) ? metric.get() : offered.getFirst();
    picker.setItems(FXCollections.observableArrayList(offered));
    metric.set(keep);
    redraw();
  }

  private void redraw() {
    if (table == null || metric.get() == null) {
      return;
    }
    bars.show(table, metric.get(), colours, dashed);
    showTitle("Compare by");
  }

  /** The metric drawn. */
  public ObjectProperty<Metric> metricProperty() {
    return metric;
  }

  /** The values written at the bars' ends, top to bottom. */
  public List<String> values() {
    return bars.values();
  }

  public List<String> names() {
    return bars.names();
  }

  /** The names the bars are drawn for, for an export's title. */
  public MetricTable table() {
    return table;
  }

  /**
   * The bars as {@code wsarena chart} and the report draw them ({@link BarCharts}): the same
   * figure, each run in its colour on screen.
   */
  @Override
  public org.jfree.chart.JFreeChart picture(
      wsarena.report.chart.ExportLayout layout, String title, String subtitle, String footer, wsarena.report.chart.ChartLook look) {
    if (table == null || metric.get() == null || table.contenders().isEmpty()) {
      return null;
    }
    List<Integer> styles = new java.util.ArrayList<>();
    for (int i = 0; i < table.contenders().size(); i++) {
      int hue = Math.max(0, ComparedRuns.COLOURS.indexOf(i < colours.size() ? colours.get(i) : ""));
      styles.add(hue + (i < dashed.size() && dashed.get(i) ? ComparedRuns.COLOURS.size() : 0));
    }
    return wsarena.report.chart.BarCharts.of(table, metric.get(), layout, look, styles);
  }

  @Override
  public void reset(Scenario scenario) {
    // the bars follow the compared runs, not the live samples
  }

  @Override
  public void append(List<Sample> samples, TimeWindow window) {
    // same
  }

  @Override
  public int pointCount() {
    return table == null ? 0 : table.contenders().size();
  }
}
