package wsarena.ui.chart;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;

/**
 * The time range every time chart shows, shared so their x axes line up. It opens on the run's
 * planned length, so the lines fill the charts from left to right, and slides once the run outlasts
 * {@link #VISIBLE_SECONDS}: the charts keep a bounded window.
 */
public final class TimeWindow {
  /** The longest stretch a time chart shows. */
  public static final double VISIBLE_SECONDS = 300;

  private static final double[] NICE_TICKS = {1, 2, 5, 10, 15, 30, 60, 120, 300, 600};

  private final DoubleProperty lower = new SimpleDoubleProperty(0);
  private final DoubleProperty upper = new SimpleDoubleProperty(10);
  private final DoubleProperty tick = new SimpleDoubleProperty(tickFor(10));

  /** Starts over for a run expected to last about {@code plannedSeconds}. */
  public void reset(double plannedSeconds) {
    lower.set(0);
    double t = tickFor(Math.max(5, plannedSeconds));
    tick.set(t);
    // end on a tick, so the last label is a round number
    upper.set(t * Math.ceil(Math.max(5, plannedSeconds) / t));
  }

  /** Makes room for a point at {@code seconds}. */
  public void include(double seconds) {
    if (seconds > upper.get()) {
      double span = upper.get() - lower.get();
      // grow in steps of a tenth, ending on a tick, so the axis does not creep every sample
      double t = tickFor(seconds + span * 0.1 - lower.get());
      upper.set(t * Math.ceil((seconds + span * 0.1) / t));
    }
    if (upper.get() - lower.get() > VISIBLE_SECONDS) {
      lower.set(upper.get() - VISIBLE_SECONDS);
    }
    tick.set(tickFor(upper.get() - lower.get()));
  }

  static double tickFor(double spanSeconds) {
    for (double t : NICE_TICKS) {
      if (spanSeconds / t <= 6) {
        return t;
      }
    }
    return NICE_TICKS[NICE_TICKS.length - 1];
  }

  public ReadOnlyDoubleProperty lowerProperty() {
    return lower;
  }

  public ReadOnlyDoubleProperty upperProperty() {
    return upper;
  }

  public ReadOnlyDoubleProperty tickProperty() {
    return tick;
  }

  public double lower() {
    return lower.get();
  }

  public double upper() {
    return upper.get();
  }

  /** Seconds between two ticks of the time axis. */
  public double tick() {
    return tick.get();
  }
}
