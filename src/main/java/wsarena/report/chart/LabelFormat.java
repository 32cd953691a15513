package wsarena.report.chart;

import java.util.function.DoubleFunction;

/**
 * A JFreeChart tick format of one labelling function: the time figure's axes and the bars' value
 * axis label their ticks through it.
 */
final class LabelFormat extends ResultCharts.TickFormat {
  private final transient DoubleFunction<String> label;

  LabelFormat(DoubleFunction<String> label) {
    this.label = label;
  }

  @Override
  String label(double value) {
    return label.apply(value);
  }
}
