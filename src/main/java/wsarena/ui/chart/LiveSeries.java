package wsarena.ui.chart;

import java.util.ArrayList;
import java.util.List;
import javafx.collections.ObservableList;
import javafx.scene.chart.XYChart;

/**
 * One line of a live chart. Points are collected and handed to the chart in one batch per refresh,
 * and points that left the time window are dropped, so a long run keeps a bounded chart.
 */
public final class LiveSeries {
  /** The most points one line keeps, whatever the window: 300 s at 100 ms per sample. */
  public static final int MAX_POINTS = 3_000;

  private final XYChart.Series<Number, Number> series = new XYChart.Series<>();
  private final List<XYChart.Data<Number, Number>> pending = new ArrayList<>();
  private final LegendItem legend;

  /**
   * @param colour a colour of the theme's palette in {@code app.css}, e.g. {@code -wsa-blue}; set
   *     inline because LineChart rewrites the style classes of its lines
   * @param dashed draw the line dashed, e.g. for a reference line or an earlier run
   */
  public LiveSeries(String name, String colour, boolean dashed) {
    series.setName(name);
    String style = "-fx-stroke: " + colour + ";" + (dashed ? " -fx-stroke-dash-array: 9 6;" : "");
    series
        .nodeProperty()
        .addListener(
            (obs, old, node) -> {
              if (node != null) {
                node.setStyle(style);
              }
            });
    legend = new LegendItem(name, colour, dashed);
  }

  public LiveSeries(String name, String colour) {
    this(name, colour, false);
  }

  public XYChart.Series<Number, Number> series() {
    return series;
  }

  public LegendItem legend() {
    return legend;
  }

  public String name() {
    return series.getName();
  }

  /** Queues a point; {@link #flush} adds the queued points to the chart. */
  public void add(double x, double y) {
    pending.add(new XYChart.Data<>(x, y));
  }

  /** Adds the queued points and drops those left of {@code minX}. */
  public void flush(double minX) {
    ObservableList<XYChart.Data<Number, Number>> data = series.getData();
    if (!pending.isEmpty()) {
      data.addAll(pending);
      pending.clear();
    }
    int drop = 0;
    while (drop < data.size() - 1 && data.get(drop + 1).getXValue().doubleValue() <= minX) {
      drop++;
    }
    drop = Math.max(drop, data.size() - MAX_POINTS);
    if (drop > 0) {
      data.remove(0, drop);
    }
  }

  /** Replaces every point, e.g. when the scale changes. */
  public void replace(List<XYChart.Data<Number, Number>> points) {
    pending.clear();
    series.getData().setAll(points);
  }

  public void clear() {
    pending.clear();
    series.getData().clear();
    legend.setValue("–");
  }

  /** The largest y value drawn, 0 when none. */
  public double maxY() {
    double max = 0;
    for (XYChart.Data<Number, Number> d : series.getData()) {
      max = Math.max(max, d.getYValue().doubleValue());
    }
    return max;
  }

  public int size() {
    return series.getData().size();
  }
}
