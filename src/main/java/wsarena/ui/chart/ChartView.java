package wsarena.ui.chart;

import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import javafx.scene.text.FontSmoothingType;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.event.ChartChangeEvent;
import org.jfree.chart.event.ChartChangeListener;
import org.jfree.fx.FXGraphics2D;
import org.jfree.fx.FXHints;

/**
 * A JFreeChart chart on a card, drawn by JFreeChart on a JavaFX canvas at the card's size: the same
 * chart object that the card's export and the command line draw at theirs. It redraws when the
 * chart says it changed (once per batch of samples, as the chart's owner batches its changes) or
 * when it is resized. No zoom, pan or tooltips: a chart on a projector stays as the run draws it.
 *
 * <p>Not JFreeChart's own {@code ChartCanvas}: that one collects an entity (an object and a hotspot
 * shape) for every point of every line on each redraw, for tooltips and clicks this view has none
 * of, and makes the collection anew each time; on a live run that was garbage five times a second
 * for every chart. Text is measured and drawn as {@code ChartCanvas} does it (JavaFX's font
 * metrics, LCD smoothing), so the charts look the same.
 */
public final class ChartView extends Region implements ChartChangeListener {
  private final Canvas canvas = new Canvas();
  private final FXGraphics2D g2;
  /** Where the last drawing put the plot; no entity collection: nothing asks what is under the mouse. */
  private final ChartRenderingInfo info = new ChartRenderingInfo(null);
  private JFreeChart chart;

  public ChartView(JFreeChart chart) {
    GraphicsContext gc = canvas.getGraphicsContext2D();
    gc.setFontSmoothingType(FontSmoothingType.LCD);
    g2 = new FXGraphics2D(gc);
    g2.setRenderingHint(FXHints.KEY_USE_FX_FONT_METRICS, true);
    g2.setZeroStrokeWidth(0.1);
    g2.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
    canvas.widthProperty().addListener(obs -> redraw());
    canvas.heightProperty().addListener(obs -> redraw());
    getStyleClass().add("chart-view");
    getChildren().add(canvas);
    setMinSize(0, 0);
    setChart(chart);
  }

  @Override
  protected void layoutChildren() {
    // the canvas redraws itself when its size changes
    canvas.setWidth(Math.max(0, snapSizeX(getWidth())));
    canvas.setHeight(Math.max(0, snapSizeY(getHeight())));
  }

  public JFreeChart chart() {
    return chart;
  }

  /** Draws {@code next} instead (a chart built anew, e.g. the bars of another metric). */
  public void setChart(JFreeChart next) {
    if (chart != null) {
      chart.removeChangeListener(this);
    }
    chart = next;
    if (chart != null) {
      chart.addChangeListener(this);
    }
    redraw();
  }

  @Override
  public void chartChanged(ChartChangeEvent event) {
    redraw();
  }

  /** Draws the chart again now (after a change made with its notifications off). */
  public void redraw() {
    double width = canvas.getWidth();
    double height = canvas.getHeight();
    GraphicsContext gc = canvas.getGraphicsContext2D();
    gc.save();
    canvasFontOf(g2.getFont());
    if (width > 0 && height > 0) {
      gc.clearRect(0, 0, width, height);
      info.clear();
      if (chart != null) {
        chart.draw(g2, new java.awt.Rectangle((int) width, (int) height), null, info);
      }
    }
    gc.restore();
  }

  /**
   * Gives the canvas the font FXGraphics2D believes it holds. FXGraphics2D skips a {@code setFont}
   * equal to its last one, but the canvas starts in JavaFX's own font (System 13 px, not
   * FXGraphics2D's SansSerif 12) and forgets each font at {@code restore()}: text was measured in
   * one font and drawn in another, so at the normal look a long name beside its bar ran past its
   * room and lost its last letter under the bar, and in presentation mode every drawing after the
   * first wrote the charts' 16 px text at 13.
   */
  private void canvasFontOf(java.awt.Font font) {
    canvas.getGraphicsContext2D().setFont(javafx.scene.text.Font.font(font.getFamily(),
        font.isBold() ? javafx.scene.text.FontWeight.BOLD : javafx.scene.text.FontWeight.NORMAL,
        font.isItalic() ? javafx.scene.text.FontPosture.ITALIC : javafx.scene.text.FontPosture.REGULAR, font.getSize()));
  }

  /** The area inside the axes where the lines were last drawn, in this view's coordinates; empty before the first drawing. */
  public Rectangle2D plotArea() {
    return info.getPlotInfo() == null || info.getPlotInfo().getDataArea() == null
        ? new Rectangle2D.Double()
        : info.getPlotInfo().getDataArea();
  }
}
