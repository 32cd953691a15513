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
  private final String styleClass;
  private final LegendItem legend;

  /**
   * @param styleClass names the line's colour in {@code app.css}, e.g. {@code series-p99}
   */
  public LiveSeries(String name, String styleClass) {
    this.styleClass = styleClass;
    series.setName(name);
    series
        .nodeProperty()
        .addListener(
            (obs, old, node) -> {
              if (node != null && !node.getStyleClass().contains(styleClass)) {
                node.getStyleClass().add(styleClass);
              }
            });
    legend = new LegendItem(name, styleClass);
  }

  public XYChart.Series<Number, Number> series() {
    return series;
  }

  public LegendItem legend() {
    return legend;
  }

  public String styleClass() {
    return styleClass;
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

  public int size() {
    return series.getData().size();
  }
}
