package wsarena.ui.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.scene.control.ComboBox;
import org.jfree.chart.JFreeChart;
import wsarena.metrics.Sample;
import wsarena.report.Metric;
import wsarena.report.MetricTable;
import wsarena.report.Spread;
import wsarena.report.chart.BarCharts;
import wsarena.report.chart.ChartLook;
import wsarena.report.chart.ExportLayout;
import wsarena.scenario.Scenario;
import wsarena.ui.chart.ChartCard;
import wsarena.ui.chart.ChartView;
import wsarena.ui.chart.TimeWindow;

/**
 * The Compare view's bar chart: one {@link Metric} at a time, picked in its header, over the runs
 * shown, the best one marked; the metrics offered are those that apply to the runs. Drawn by
 * {@link BarCharts}, the same bars as its PNG, {@code wsarena chart} and the report, and the key
 * of the distribution beside it: each run's whole name beside its bar, in its colour and style.
 */
public final class BarsCard extends ChartCard {
  private final ChartView view;
  private final ObjectProperty<Metric> metric = new SimpleObjectProperty<>(Metric.THROUGHPUT);
  private final ComboBox<Metric> picker = new ComboBox<>();
  private MetricTable table;
  private List<Integer> styles = List.of();

  public BarsCard() {
    super("Bar chart", "bars", "Appears once runs are compared");
    showTitle("Compare by");
    view = new ChartView(BarCharts.screen(MetricTable.of(List.of()), Metric.THROUGHPUT, lookProperty().get(), List.of()));
    view.setId("bars-chart");
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
    lookProperty().addListener((obs, old, now) -> redraw());
    addChart(view, 1);
    redraw();
  }

  /**
   * Draws the runs of {@code next}, each in its {@link wsarena.report.chart.RunPalette} style
   * (its hue, dashed past the palette's ten).
   */
  public void show(MetricTable next, List<Integer> styles) {
    this.table = next;
    this.styles = List.copyOf(styles);
    List<Metric> offered = next.metrics().isEmpty() ? Metric.all() : next.metrics();
    // the metric shown so far, or the first that applies (a storm has no msgs/s): new items clear
    // the picker's value, so it is chosen first and set after
    Metric keep = metric.get() != null && offered.contains(metric.get()) ? metric.get() : offered.getFirst();
    picker.setItems(FXCollections.observableArrayList(offered));
    metric.set(keep);
    redraw();
  }

  private void redraw() {
    boolean empty = table == null || metric.get() == null || table.contenders().isEmpty();
    setPlaceholderText(table == null ? "Appears once runs are compared" : "No run to compare yet");
    setPlaceholderVisible(empty);
    view.setVisible(!empty);
    if (!empty) {
      view.setChart(BarCharts.screen(table, metric.get(), lookProperty().get(), styles));
    }
  }

  /** The metric drawn. */
  public ObjectProperty<Metric> metricProperty() {
    return metric;
  }

  /** The values written at the bars' ends, top to bottom, as {@link BarCharts} writes them. */
  public List<String> values() {
    if (table == null || metric.get() == null) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    OptionalInt best = table.best(metric.get());
    for (int i = 0; i < table.contenders().size(); i++) {
      Optional<Spread> s = table.spread(i, metric.get());
      boolean isBest = best.isPresent() && best.getAsInt() == i;
      out.add(s.map(v -> metric.get().alone(v.median()) + (isBest ? "  ★ best" : "")).orElse("n/a"));
    }
    return out;
  }

  /** The names beside the bars, top to bottom. */
  public List<String> names() {
    return table == null ? List.of() : table.contenders().stream().map(c -> c.name()).toList();
  }

  /** The names the bars' axis had to cut short when last drawn: none while each fits on two lines. */
  public List<String> cutNames() {
    return view.read(BarCharts::cutNames);
  }

  /** Neighbouring value ticks that ran together when last drawn ("25,00050,000" once): none. */
  public List<String> crowdedTicks() {
    return view.read(BarCharts::crowdedTicks);
  }

  /** The values at the bars' ends drawn past the plot's edge when last drawn ("123k/" once): none. */
  public List<String> cutValues() {
    return view.read(BarCharts::cutValues);
  }

  /** The values written over their own bar's min–max line when last drawn. */
  public List<String> crossedValues() {
    return view.read(BarCharts::crossedValues);
  }

  /** The bars as drawn (plot and axes), without the card's header. */
  public ChartView plot() {
    return view;
  }

  /** The names the bars are drawn for, for an export's title. */
  public MetricTable table() {
    return table;
  }

  /** The bars as {@code wsarena chart} and the report draw them: the same figure, each run in its colour on screen. */
  @Override
  public JFreeChart picture(ExportLayout layout, String title, String subtitle, String footer, ChartLook look) {
    if (table == null || metric.get() == null || table.contenders().isEmpty()) {
      return null;
    }
    return BarCharts.of(table, metric.get(), layout, look, styles);
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
