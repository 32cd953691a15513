package wsarena.ui.testing;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.LogTick;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.axis.ValueTick;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.text.TextUtils;
import org.jfree.chart.ui.RectangleEdge;

/**
 * The value axes' tick labels that a chart drawn at a size would put past its top or bottom edge,
 * where its view cuts them: each label's box found as JFreeChart places it (centred on its tick,
 * by the tick's anchor), the chart drawn once at that size for the plot areas. Ask on the chart
 * thread ({@code ChartView.read}).
 */
public final class TickLabels {
  private TickLabels() {}

  /** The tick labels of {@code chart}'s value axes drawn at {@code width}×{@code height} past its top or bottom edge, with where. */
  public static List<String> outside(JFreeChart chart, double width, double height) {
    BufferedImage image = new BufferedImage(Math.max(1, (int) width), Math.max(1, (int) height), BufferedImage.TYPE_INT_ARGB);
    Graphics2D g = image.createGraphics();
    try {
      ChartRenderingInfo info = new ChartRenderingInfo();
      chart.draw(g, new Rectangle2D.Double(0, 0, width, height), info);
      PlotRenderingInfo plotInfo = info.getPlotInfo();
      List<String> out = new ArrayList<>();
      if (chart.getPlot() instanceof CombinedDomainXYPlot combined) {
        for (int i = 0; i < combined.getSubplots().size(); i++) {
          out.addAll(outside(combined.getSubplots().get(i), plotInfo.getSubplotInfo(i).getDataArea(), g, height));
        }
      } else if (chart.getPlot() instanceof XYPlot plot) {
        out.addAll(outside(plot, plotInfo.getDataArea(), g, height));
      }
      return out;
    } finally {
      g.dispose();
    }
  }

  private static List<String> outside(XYPlot plot, Rectangle2D area, Graphics2D g, double height) {
    List<String> out = new ArrayList<>();
    ValueAxis axis = plot.getRangeAxis();
    if (axis == null || !axis.isVisible() || !axis.isTickLabelsVisible()) {
      return out;
    }
    RectangleEdge edge = plot.getRangeAxisEdge();
    g.setFont(axis.getTickLabelFont());
    for (Object o : axis.refreshTicks(g, new AxisState(), area, edge)) {
      String text = o instanceof ValueTick tick ? text(tick) : null;
      if (text == null || text.isEmpty()) {
        continue;
      }
      ValueTick tick = (ValueTick) o;
      float y = (float) axis.valueToJava2D(tick.getValue(), area, edge);
      Rectangle2D box = TextUtils.calculateRotatedStringBounds(
          text, g, (float) area.getMinX(), y, tick.getTextAnchor(), tick.getAngle(), tick.getRotationAnchor()).getBounds2D();
      if (box.getMinY() < 0 || box.getMaxY() > height) {
        out.add(text + " from y " + Math.round(box.getMinY()) + " to " + Math.round(box.getMaxY()) + " of " + Math.round(height));
      }
    }
    return out;
  }

  /** A tick's label: a log axis's ticks carry theirs as an attributed string ("100 ms"), drawn in the tick label font. */
  private static String text(ValueTick tick) {
    if (tick instanceof LogTick log && log.getAttributedLabel() != null) {
      StringBuilder text = new StringBuilder();
      java.text.AttributedCharacterIterator chars = log.getAttributedLabel().getIterator();
      for (char c = chars.first(); c != java.text.CharacterIterator.DONE; c = chars.next()) {
        text.append(c);
      }
      return text.toString();
    }
    return tick.getText();
  }
}
