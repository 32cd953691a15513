package wsarena.report.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;
import org.HdrHistogram.Histogram;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.NumberTick;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.text.TextUtils;
import org.jfree.chart.ui.RectangleEdge;
import org.junit.jupiter.api.Test;
import wsarena.metrics.PercentileCurve;

class NinesAxisTest {
  @Test
  void theLastPercentileLabelEndsInsideTheChartAtEveryCardWidth() {
    Histogram latency = new Histogram(3);
    for (int i = 1; i <= 1_000_000; i++) {
      latency.recordValue(1_000 + i % 100_000);
    }
    DistributionFigure figure = new DistributionFigure();
    figure.show(List.of(new DistributionFigure.Curve("run", 0, false, PercentileCurve.of(latency), true)));
    JFreeChart chart = figure.chart(ChartLook.DARK);

    for (int width : new int[] {260, 400, 620, 900}) {
      BufferedImage image = new BufferedImage(width, 240, BufferedImage.TYPE_INT_ARGB);
      Graphics2D g2 = image.createGraphics();
      ChartRenderingInfo info = new ChartRenderingInfo();
      chart.draw(g2, new Rectangle(width, 240), info);
      Rectangle2D plot = info.getPlotInfo().getDataArea();
      ValueAxis x = chart.getXYPlot().getDomainAxis();
      @SuppressWarnings("unchecked")
      List<NumberTick> ticks = x.refreshTicks(g2, new AxisState(), plot, RectangleEdge.BOTTOM);
      NumberTick last = ticks.getLast();
      g2.setFont(x.getTickLabelFont());
      float at = (float) x.valueToJava2D(last.getValue(), plot, RectangleEdge.BOTTOM);
      Rectangle2D label = TextUtils.calcAlignedStringBounds(last.getText(), g2, at, (float) plot.getMaxY(), last.getTextAnchor());

      assertThat(last.getText()).isEqualTo("99.999%");
      assertThat(label.getMaxX()).as("right end of %s on a chart %d px wide", last.getText(), width).isLessThanOrEqualTo(width);
      // and no label runs into the next one shown ("99.99%99.999%")
      Rectangle2D previous = null;
      int shown = 0;
      for (NumberTick tick : ticks) {
        if (tick.getText().isEmpty()) {
          continue;
        }
        shown++;
        float tx = (float) x.valueToJava2D(tick.getValue(), plot, RectangleEdge.BOTTOM);
        Rectangle2D bounds = TextUtils.calcAlignedStringBounds(tick.getText(), g2, tx, (float) plot.getMaxY(), tick.getTextAnchor());
        if (previous != null) {
          assertThat(bounds.getMinX()).as("%s after the label before it, %d px wide", tick.getText(), width).isGreaterThan(previous.getMaxX());
        }
        previous = bounds;
      }
      assertThat(shown).as("labels shown on a chart %d px wide", width).isGreaterThanOrEqualTo(width >= 620 ? 6 : 3);
      g2.dispose();
    }
  }
}
