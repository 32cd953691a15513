package wsarena.ui.chart;

import javafx.scene.chart.NumberAxis;
import wsarena.report.chart.Ticks;

/**
 * A value axis from zero to a round number above the data, that changes only when the data
 * outgrows it or falls far below it. JavaFX's own auto-ranging moves the axis with nearly every
 * sample, and every move lays out and styles a new set of tick labels: the largest part of the
 * FX thread's work during a run. A steady axis also reads better.
 */
final class StickyRange {
  /** Ticks per axis, about. */
  private static final int TICKS = 5;

  private StickyRange() {}

  /** Asks for about {@code ticks} ticks on this axis (5 unless told), e.g. fewer on a short chart. */
  static void ticks(NumberAxis axis, int ticks) {
    axis.getProperties().put(StickyRange.class, ticks);
  }

  /** Starts over, without numbers until there is data: an empty chart shows no made-up scale. */
  static void init(NumberAxis axis) {
    axis.setAutoRanging(false);
    axis.setLowerBound(0);
    axis.setUpperBound(1);
    axis.setTickUnit(0.2);
    axis.setTickLabelsVisible(false);
  }

  /** Fits the axis to data whose largest value is {@code max}, if it no longer fits. */
  static void fit(NumberAxis axis, double max) {
    if (!(max > 0) || Double.isInfinite(max)) {
      return;
    }
    axis.setTickLabelsVisible(true);
    double upper = axis.getUpperBound();
    if (max <= upper && max >= upper / 4) {
      return;
    }
    int ticks = axis.getProperties().get(StickyRange.class) instanceof Integer n ? n : TICKS;
    double tick = Ticks.roundStep(max * 1.1 / ticks);
    axis.setLowerBound(0);
    axis.setUpperBound(tick * Math.ceil(max * 1.1 / tick));
    axis.setTickUnit(tick);
  }
}
