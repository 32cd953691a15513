package wsarena.ui.chart;

import java.util.function.DoubleFunction;
import javafx.scene.chart.NumberAxis;
import javafx.util.StringConverter;

/** Value axes for the live charts: start at zero, grow with the data, label in units. */
final class Axes {
  private Axes() {}

  static NumberAxis value(DoubleFunction<String> label) {
    NumberAxis axis = new NumberAxis();
    axis.setAnimated(false);
    axis.setMinorTickVisible(false);
    StickyRange.init(axis);
    axis.setTickLabelFormatter(
        new StringConverter<>() {
          @Override
          public String toString(Number value) {
            return label.apply(value.doubleValue());
          }

          @Override
          public Number fromString(String text) {
            throw new UnsupportedOperationException();
          }
        });
    return axis;
  }
}
