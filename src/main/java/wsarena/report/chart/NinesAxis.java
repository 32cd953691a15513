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
 * label, "99.999%" ran past the chart's edge and was cut on a narrow card (1280×720).
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
    }
    return moved;
  }
}
