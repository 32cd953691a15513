package wsarena.ui.chart;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import javafx.util.StringConverter;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import wsarena.metrics.PercentileCurve;
import wsarena.metrics.Sample;
import wsarena.report.chart.Ticks;
import wsarena.scenario.Scenario;

/**
 * The latency distribution, HdrHistogram style: percentile on the x axis in "nines" (0 %, 90 %,
 * 99 %, 99.9 %, 99.99 %, evenly spaced), latency on the y axis.
 *
 * <p>It draws every run laid side by side, each in its own colour: the run on the time charts
 * solid, the others dashed, so event loop against worker pool (or yesterday's run against
 * today's) is one picture. The curves come from the dashboard; a live run's curve is replaced as
 * it grows.
 */
public final class DistributionCard extends ChartCard {
  /** The right edge of the x axis at most: 99.999 %; the few points beyond sit on the edge. */
  static final double MAX_NINES = 5;

  /**
   * One run's curve.
   *
   * @param colour a palette colour of {@code app.css}, e.g. {@code -wsa-blue}
   * @param dashed on the dashboard the others are dashed and the run on the time charts solid; in
   *     the Compare view the runs past the palette's ten colours
   * @param shown false for a run the user hid: its legend entry stays, dimmed, its curve goes
   */
  public record Curve(String name, String colour, boolean dashed, List<PercentileCurve.Point> points, boolean shown) {
    public Curve(String name, String colour, boolean dashed, List<PercentileCurve.Point> points) {
      this(name, colour, dashed, points, true);
    }
  }

  private final NumberAxis xAxis = new NumberAxis();
  private final NumberAxis yAxis = new NumberAxis();
  private final LineChart<Number, Number> chart = new LineChart<>(xAxis, yAxis);
  private final ObjectProperty<LatencyScale> scale;
  private final Button clear = new Button(null, new FontIcon(Feather.X_CIRCLE));
  private List<Curve> curves = List.of();
  private java.util.function.IntConsumer legendToggle;
  /** The series of each curve, in the order of {@link #curves}. */
  private final List<LiveSeries> drawn = new ArrayList<>();

  public DistributionCard(ObjectProperty<LatencyScale> scale) {
    super("Latency distribution", "distribution", "Appears once the measured phase begins");
    this.scale = scale;
    chart.setAnimated(false);
    chart.setCreateSymbols(false);
    chart.setLegendVisible(false);
    chart.getStyleClass().add("distribution-chart");
    xAxis.setAnimated(false);
    yAxis.setAnimated(false);
    xAxis.setAutoRanging(false);
    xAxis.setLowerBound(0);
    xAxis.setUpperBound(4);
    xAxis.setTickUnit(1);
    xAxis.setMinorTickVisible(false);
    yAxis.setMinorTickVisible(false);
    xAxis.setTickLabelFormatter(
        new StringConverter<>() {
          @Override
          public String toString(Number nines) {
            return Ticks.percentile(nines.doubleValue());
          }

          @Override
          public Number fromString(String text) {
            throw new UnsupportedOperationException();
          }
        });
    addChart(chart, 1);

    clear.setId("clear-comparison");
    clear.getStyleClass().addAll("flat", "card-tool");
    clear.setTooltip(new Tooltip("Set the other runs aside: keep only the run on the time charts"));
    clear.setVisible(false);
    addTool(clear);

    scale.get().configure(yAxis);
    scale.addListener((obs, old, now) -> redraw());
  }

  /**
   * Makes each legend entry a switch: a click on it calls {@code toggle} with the curve's index
   * (the Compare view shows or hides that run).
   */
  public void setOnLegendToggle(java.util.function.IntConsumer toggle) {
    legendToggle = toggle;
    redraw();
  }

  /** The hint over the empty chart. */
  public void setEmptyHint(String text) {
    setPlaceholderText(text);
  }

  /** Hides the clear button for good (the Compare view has its own way to set runs aside). */
  public void hideClear() {
    clear.setManaged(false);
    clear.setVisible(false);
    clear.setOnAction(null);
    clearHidden = true;
  }

  private boolean clearHidden;

  /** What the clear button does: the dashboard sets the other runs aside. */
  public void setOnClear(Runnable action) {
    clear.setOnAction(e -> action.run());
  }

  /** The x position of a percentile: its number of nines, e.g. 99 % → 2. */
  static double nines(double percentile) {
    if (percentile >= 100) {
      return Double.NaN;
    }
    return Math.min(MAX_NINES, -Math.log10(1 - percentile / 100));
  }

  @Override
  public void reset(Scenario scenario) {
    // the dashboard hands over the curves, see show()
  }

  @Override
  public void append(List<Sample> samples, TimeWindow window) {
    // the distribution comes from the curves, see show()
  }

  /** Draws these curves, in this order in the legend; solid ones are drawn over dashed ones. */
  public void show(List<Curve> next) {
    curves = List.copyOf(next);
    redraw();
  }

  /**
   * Replaces the points of curve {@code index} (a live run's curve as it grows) without drawing
   * the others again.
   */
  public void update(int index, List<PercentileCurve.Point> points) {
    if (index < 0 || index >= curves.size()) {
      return;
    }
    Curve old = curves.get(index);
    List<Curve> next = new ArrayList<>(curves);
    next.set(index, new Curve(old.name(), old.colour(), old.dashed(), List.copyOf(points), old.shown()));
    curves = List.copyOf(next);
    if (old.points().isEmpty() || drawn.size() != curves.size()) {
      redraw();
      return;
    }
    drawn.get(index).replace(plotted(curves.get(index), scale.get()));
    fitAxes();
  }

  private void redraw() {
    LatencyScale s = scale.get();
    s.configure(yAxis);
    clearLegend();
    chart.getData().clear();
    drawn.clear();
    for (int i = 0; i < curves.size(); i++) {
      Curve c = curves.get(i);
      LiveSeries series = new LiveSeries(c.name(), c.colour(), c.dashed());
      series.replace(c.shown() ? plotted(c, s) : List.of());
      drawn.add(series);
      LegendItem item = series.legend();
      addLegend(item);
      item.setValue("");
      if (legendToggle != null) {
        int index = i;
        item.makeSwitch(c.shown(), () -> legendToggle.accept(index));
      }
    }
    // later series paint over earlier ones: the solid curve goes last, on top
    for (int pass = 0; pass < 2; pass++) {
      for (int i = 0; i < curves.size(); i++) {
        if (curves.get(i).dashed() == (pass == 0) && curves.get(i).shown()) {
          chart.getData().add(drawn.get(i).series());
        }
      }
    }
    clear.setVisible(!clearHidden && curves.size() > 1);
    fitAxes();
  }

  private static List<XYChart.Data<Number, Number>> plotted(Curve c, LatencyScale s) {
    List<XYChart.Data<Number, Number>> points = new ArrayList<>();
    for (PercentileCurve.Point p : c.points()) {
      double x = nines(p.percentile());
      double y = s.plot(p.latencyMicros());
      if (Double.isFinite(x) && Double.isFinite(y)) {
        points.add(new XYChart.Data<>(x, y));
      }
    }
    return points;
  }

  private void fitAxes() {
    double maxX = 4;
    double minY = Double.NaN;
    double maxY = Double.NaN;
    for (LiveSeries series : drawn) {
      for (XYChart.Data<Number, Number> d : series.series().getData()) {
        double x = d.getXValue().doubleValue();
        double y = d.getYValue().doubleValue();
        maxX = Math.max(maxX, Math.ceil(x));
        minY = Double.isNaN(minY) ? y : Math.min(minY, y);
        maxY = Double.isNaN(maxY) ? y : Math.max(maxY, y);
      }
    }
    xAxis.setUpperBound(Math.min(MAX_NINES, maxX));
    scale.get().fit(yAxis, minY, maxY);
    setPlaceholderVisible(drawn.stream().allMatch(d -> d.size() == 0));
  }

  /** Points on the solid curves (the run on the time charts): zero until it has a distribution. */
  @Override
  public int pointCount() {
    int points = 0;
    for (int i = 0; i < drawn.size(); i++) {
      if (!curves.get(i).dashed() || legendToggle != null) {
        points += drawn.get(i).size();
      }
    }
    return points;
  }

  /** How many curves are on the chart. */
  public int curveCount() {
    return (int) drawn.stream().filter(d -> d.size() > 0).count();
  }

  /** The names of the curves, as the legend shows them. */
  public List<String> curveNames() {
    return curves.stream().map(Curve::name).toList();
  }

  /** The chart itself (axes and plot), without the card's header and legend. */
  public javafx.scene.layout.Region plot() {
    return chart;
  }
}
