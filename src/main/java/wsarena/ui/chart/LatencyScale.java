package wsarena.ui.chart;

import javafx.scene.chart.NumberAxis;
import javafx.util.StringConverter;
import wsarena.report.chart.Ticks;

/**
 * Linear or logarithmic latency axis. JavaFX has no log axis, so the log scale plots {@code
 * log10(µs)} on a number axis with one tick per decade, labelled back in time units ({@code 100 µs},
 * {@code 1 ms}, {@code 10 ms}); the linear scale plots milliseconds.
 */
public enum LatencyScale {
  LINEAR,
  LOG;

  /** The plotted value of a latency, or NaN when it cannot be drawn on this scale. */
  public double plot(double micros) {
    return switch (this) {
      case LINEAR -> micros / 1000.0;
      case LOG -> micros > 0 ? Math.log10(micros) : Double.NaN;
    };
  }

  /** Sets the axis up for this scale; call {@link #fit} as data arrives on the log scale. */
  public void configure(NumberAxis axis) {
    axis.setTickLabelFormatter(
        new StringConverter<>() {
          @Override
          public String toString(Number value) {
            return tickLabel(value.doubleValue());
          }

          @Override
          public Number fromString(String text) {
            throw new UnsupportedOperationException();
          }
        });
    switch (this) {
      case LINEAR -> StickyRange.init(axis);
      case LOG -> {
        axis.setAutoRanging(false);
        axis.setTickUnit(1);
        fit(axis, Double.NaN, Double.NaN);
      }
    }
  }

  /**
   * Fits the axis to the plotted range {@code [min, max]}: whole decades on the log scale, a
   * round number above the data on the linear one.
   */
  public void fit(NumberAxis axis, double min, double max) {
    if (this == LINEAR) {
      StickyRange.fit(axis, max);
      return;
    }
    axis.setTickLabelsVisible(!Double.isNaN(min));
    double lower = Double.isNaN(min) ? 2 : Math.floor(min);
    double upper = Double.isNaN(max) ? 4 : Math.ceil(max);
    if (upper <= lower) {
      upper = lower + 1;
    }
    axis.setLowerBound(lower);
    axis.setUpperBound(upper);
  }

  public String tickLabel(double value) {
    return switch (this) {
      case LINEAR -> wsarena.text.Units.millisTick(value);
      case LOG -> Ticks.latency(Math.pow(10, value));
    };
  }
}
