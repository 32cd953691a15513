package wsarena.report.chart;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTick;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.ValueTick;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;

/**
 * The latency distribution's percentile axis, in "nines" (0 %, 90 %, 99 % … one tick each). Its
 * last label ends where the axis ends: centred under the axis's end, as JFreeChart puts every
 * label, "99.999%" ran past the chart's edge and was cut on a narrow card (1280×720). A label that
 * would run into the next one shown ("99.99%99.999%" on the Compare page at 1280×720 in
 * presentation mode) is left out, from the end backwards: the axis's end is the figure a reader
 * looks for.
 */
final class NinesAxis extends NumberAxis {
  NinesAxis(double upperNines) {
    super("percentile");
    setRange(0, upperNines);
    setTickUnit(new NumberTickUnit(1, new ResultCharts.PercentileFormat()));
  }

  @Override
  @SuppressWarnings({"rawtypes", "unchecked"})
  public List refreshTicks(Graphics2D g2, AxisState state, Rectangle2D dataArea, RectangleEdge edge) {
    List ticks = super.refreshTicks(g2, state, dataArea, edge);
    if (!RectangleEdge.isTopOrBottom(edge) || ticks.isEmpty()) {
      return ticks;
    }
    List<Object> moved = new ArrayList<>(ticks);
    int last = moved.size() - 1;
    if (moved.get(last) instanceof ValueTick end && end.getValue() >= getUpperBound()) {
      TextAnchor anchor = edge == RectangleEdge.BOTTOM ? TextAnchor.TOP_RIGHT : TextAnchor.BOTTOM_RIGHT;
      moved.set(last, new NumberTick(end.getTickType(), end.getValue(), end.getText(), anchor, anchor, end.getAngle()));
      java.awt.FontMetrics metrics = g2.getFontMetrics(getTickLabelFont());
      double nextLeft = valueToJava2D(end.getValue(), dataArea, edge) - metrics.stringWidth(end.getText());
      for (int i = last - 1; i >= 0; i--) {
        if (moved.get(i) instanceof NumberTick tick) {
          double at = valueToJava2D(tick.getValue(), dataArea, edge);
          double half = metrics.stringWidth(tick.getText()) / 2.0;
          if (at + half + metrics.charWidth('0') / 2.0 > nextLeft) {
            moved.set(i, new NumberTick(tick.getTickType(), tick.getValue(), "", tick.getTextAnchor(),
                tick.getRotationAnchor(), tick.getAngle()));
          } else {
            nextLeft = at - half;
          }
        }
      }
    }
    return moved;
  }
}
