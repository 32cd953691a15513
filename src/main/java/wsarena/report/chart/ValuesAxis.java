package wsarena.report.chart;

import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.TickUnit;
import org.jfree.chart.axis.TickUnits;
import org.jfree.chart.axis.ValueTick;
import org.jfree.chart.ui.RectangleEdge;
import wsarena.text.Units;

/**
 * The bars' value axis: as many ticks as its width holds with a gap of one em between their labels,
 * written short ({@code 25k}, {@code 1.5M}; small values as they are). A fixed six ticks in full
 * ("25,000") ran together on a narrow card ("25,00050,000"). It remembers the labels it last drew
 * that ran into the next, so a window test can say none did.
 */
final class ValuesAxis extends NumberAxis {
  private static final long serialVersionUID = 1L;

  private final transient List<String> crowded = new ArrayList<>();

  ValuesAxis(String label) {
    super(label);
    TickUnits units = new TickUnits();
    LabelFormat format = new LabelFormat(ValuesAxis::label);
    for (int exponent = -4; exponent <= 10; exponent++) {
      for (double n : new double[] {1, 2, 2.5, 5}) {
        units.add(new NumberTickUnit(n * Math.pow(10, exponent), format));
      }
    }
    setStandardTickUnits(units);
    setAutoTickUnitSelection(true);
  }

  /** A tick's label: thousands and millions short, smaller values with the decimals they need. */
  static String label(double value) {
    if (Math.abs(value) >= 1_000) {
      return Units.compact(value);
    }
    String s = String.format(java.util.Locale.ROOT, "%.4f", value).replaceAll("0+$", "");
    return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
  }

  /** JFreeChart picks the tick unit whose labels just touch: one em more keeps them apart. */
  @Override
  protected double estimateMaximumTickLabelWidth(Graphics2D g2, TickUnit unit) {
    return super.estimateMaximumTickLabelWidth(g2, unit) + g2.getFontMetrics(getTickLabelFont()).stringWidth("M");
  }

  @Override
  public List refreshTicks(Graphics2D g2, AxisState state, Rectangle2D dataArea, RectangleEdge edge) {
    List ticks = super.refreshTicks(g2, state, dataArea, edge);
    if (RectangleEdge.isTopOrBottom(edge)) {
      noteCrowded(g2, ticks, dataArea, edge);
    }
    return ticks;
  }

  /** Notes the labels whose extent (centred on their tick) comes within a space of the next one's. */
  private void noteCrowded(Graphics2D g2, List<?> ticks, Rectangle2D dataArea, RectangleEdge edge) {
    FontMetrics metrics = g2.getFontMetrics(getTickLabelFont());
    List<String> found = new ArrayList<>();
    double space = metrics.stringWidth(" ");
    double previousEnd = Double.NEGATIVE_INFINITY;
    String previous = null;
    for (Object o : ticks) {
      if (!(o instanceof ValueTick tick) || tick.getText() == null || tick.getText().isEmpty()) {
        continue;
      }
      double x = valueToJava2D(tick.getValue(), dataArea, edge);
      double half = metrics.stringWidth(tick.getText()) / 2.0;
      if (x - half < previousEnd + space) {
        found.add(previous + " | " + tick.getText());
      }
      previousEnd = x + half;
      previous = tick.getText();
    }
    synchronized (crowded) {
      crowded.clear();
      crowded.addAll(found);
    }
  }

  /** Neighbouring tick labels that ran together when the axis was last drawn, as "left | right". */
  List<String> crowdedLabels() {
    synchronized (crowded) {
      return List.copyOf(crowded);
    }
  }
}
