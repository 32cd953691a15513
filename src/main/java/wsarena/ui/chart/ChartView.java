package wsarena.ui.chart;

import java.awt.geom.Rectangle2D;
import javafx.scene.layout.Region;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartCanvas;
import org.jfree.chart.fx.interaction.MouseHandlerFX;

/**
 * A JFreeChart chart on a card, drawn by JFreeChart's JavaFX canvas at the card's size: the same
 * chart object that the card's export and the command line draw at theirs. It redraws when the
 * chart says it changed (once per batch of samples, as the chart's owner batches its changes) or
 * when it is resized. No zoom or pan: a chart on a projector stays as the run draws it.
 */
public final class ChartView extends Region {
  private final ChartCanvas canvas;

  public ChartView(JFreeChart chart) {
    canvas = new ChartCanvas(chart);
    canvas.setTooltipEnabled(false);
    canvas.setDomainZoomable(false);
    canvas.setRangeZoomable(false);
    for (String id : new String[] {"pan", "scroll"}) {
      MouseHandlerFX handler = canvas.getMouseHandler(id);
      if (handler != null) {
        canvas.removeMouseHandler(handler);
      }
    }
    getStyleClass().add("chart-view");
    getChildren().add(canvas);
    setMinSize(0, 0);
  }

  @Override
  protected void layoutChildren() {
    // the canvas redraws itself when its size changes
    canvas.setWidth(Math.max(0, snapSizeX(getWidth())));
    canvas.setHeight(Math.max(0, snapSizeY(getHeight())));
  }

  public JFreeChart chart() {
    return canvas.getChart();
  }

  /** Draws {@code next} instead (a chart built anew, e.g. the bars of another metric). */
  public void setChart(JFreeChart next) {
    canvas.setChart(next);
  }

  /** Draws the chart again now (after a change made with its notifications off). */
  public void redraw() {
    canvas.draw();
  }

  /** The area inside the axes where the lines were last drawn, in this view's coordinates; empty before the first drawing. */
  public Rectangle2D plotArea() {
    var info = canvas.getRenderingInfo();
    return info == null || info.getPlotInfo() == null || info.getPlotInfo().getDataArea() == null
        ? new Rectangle2D.Double()
        : info.getPlotInfo().getDataArea();
  }
}
