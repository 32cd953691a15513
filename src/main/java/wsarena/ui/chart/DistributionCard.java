package wsarena.ui.chart;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
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
import wsarena.scenario.Scenario;

/**
 * The latency distribution of everything measured so far, HdrHistogram style: percentile on the
 * x axis in "nines" (0 %, 90 %, 99 %, 99.9 %, 99.99 %, evenly spaced), latency on the y axis.
 *
 * <p>The curves of the last few runs stay on the chart, dashed, so switching the threading model
 * and running again shows the difference on one picture.
 */
public final class DistributionCard extends ChartCard {
  /** Earlier runs kept on the chart for comparison. */
  public static final int EARLIER_RUNS = 3;

  /** The right edge of the x axis at most: 99.999 %; the few points beyond sit on the edge. */
  static final double MAX_NINES = 5;

  /** This run's colour, then the earlier runs'. */
  private static final String[] CURVE_COLOURS = {"-wsa-blue", "-wsa-orange", "-wsa-purple", "-wsa-green"};

  private record Curve(String label, List<PercentileCurve.Point> points) {}

  private final NumberAxis xAxis = new NumberAxis();
  private final NumberAxis yAxis = new NumberAxis();
  private final LineChart<Number, Number> chart = new LineChart<>(xAxis, yAxis);
  private final ObjectProperty<LatencyScale> scale;
  private final Deque<Curve> earlier = new ArrayDeque<>();
  private Curve current = new Curve("", List.of());
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
            return percentileLabel(nines.doubleValue());
          }

          @Override
          public Number fromString(String text) {
            throw new UnsupportedOperationException();
          }
        });
    addChart(chart, 1);

    Button clear = new Button(null, new FontIcon(Feather.X_CIRCLE));
    clear.setId("clear-comparison");
    clear.getStyleClass().addAll("flat", "card-tool");
    clear.setTooltip(new Tooltip("Forget the earlier runs' curves"));
    clear.setOnAction(e -> clearEarlier());
    addTool(clear);

    scale.get().configure(yAxis);
    scale.addListener((obs, old, now) -> redraw());
  }

  /** The x position of a percentile: its number of nines, e.g. 99 % → 2. */
  static double nines(double percentile) {
    if (percentile >= 100) {
      return Double.NaN;
    }
    return Math.min(MAX_NINES, -Math.log10(1 - percentile / 100));
  }

  static String percentileLabel(double nines) {
    if (nines <= 0) {
      return "0%";
    }
    double percentile = 100 * (1 - Math.pow(10, -nines));
    String text = String.format(Locale.ROOT, "%." + Math.max(0, (int) Math.round(nines) - 2) + "f", percentile);
    return text + "%";
  }

  @Override
  public void reset(Scenario scenario) {
    if (!current.points().isEmpty()) {
      earlier.addFirst(current);
      while (earlier.size() > EARLIER_RUNS) {
        earlier.removeLast();
      }
    }
    current = new Curve(scenario.target() == null ? "this run" : scenario.target().label(), List.of());
    redraw();
  }

  @Override
  public void append(List<Sample> samples, TimeWindow window) {
    // the distribution comes from the curve, see show()
  }

  /** Draws the run's latest curve. */
  public void show(List<PercentileCurve.Point> curve) {
    boolean wasEmpty = current.points().isEmpty();
    current = new Curve(current.label(), List.copyOf(curve));
    if (wasEmpty || drawn.isEmpty()) {
      redraw();
      return;
    }
    drawn.getFirst().replace(plotted(current, scale.get()));
    fitAxes();
  }

  public void clearEarlier() {
    earlier.clear();
    redraw();
  }

  private void redraw() {
    LatencyScale s = scale.get();
    s.configure(yAxis);
    clearLegend();
    chart.getData().clear();
    drawn.clear();
    List<Curve> curves = new ArrayList<>();
    curves.add(current);
    curves.addAll(earlier);
    for (int i = 0; i < curves.size(); i++) {
      Curve c = curves.get(i);
      LiveSeries series =
          new LiveSeries(i == 0 ? c.label() + " (this run)" : c.label(), CURVE_COLOURS[i], i > 0);
      series.replace(plotted(c, s));
      chart.getData().add(series.series());
      drawn.add(series);
      addLegend(series.legend());
      series.legend().setValue("");
    }
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
    setPlaceholderVisible(current.points().isEmpty() && earlier.isEmpty());
  }

  @Override
  public int pointCount() {
    return drawn.isEmpty() ? 0 : drawn.getFirst().size();
  }

  /** How many earlier runs' curves are on the chart. */
  public int earlierRuns() {
    return earlier.size();
  }
}
