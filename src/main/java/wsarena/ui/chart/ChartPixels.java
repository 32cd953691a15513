package wsarena.ui.chart;

import java.awt.AlphaComposite;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;

/**
 * A chart drawn by Java2D into pixels on the chart thread, at a view's size times the screen's
 * output scale: the FX thread copies them onto the screen, a blit for the render thread where a
 * canvas had it replay thousands of vector commands in software (Xvfb has no GPU). One buffer,
 * drawn again in place: its view copies it before it asks for the next drawing.
 */
final class ChartPixels {
  /**
   * One drawing: premultiplied ARGB pixels, {@code width × height}, at {@code scale} pixels per
   * layout unit; the plot area (inside the axes) in layout units.
   */
  record Frame(int[] argb, int width, int height, double scale, Rectangle2D plotArea) {}

  /** Where the last drawing put the plot; no entity collection: nothing asks what is under the mouse. */
  private final ChartRenderingInfo info = new ChartRenderingInfo(null);
  private BufferedImage image;

  /** Draws {@code chart} on a clear (transparent) picture of {@code width × height} layout units. */
  Frame draw(JFreeChart chart, double width, double height, double scale) {
    int pixelsWide = (int) Math.ceil(width * scale);
    int pixelsHigh = (int) Math.ceil(height * scale);
    if (image == null || image.getWidth() != pixelsWide || image.getHeight() != pixelsHigh) {
      image = new BufferedImage(pixelsWide, pixelsHigh, BufferedImage.TYPE_INT_ARGB_PRE);
    }
    Graphics2D g2 = image.createGraphics();
    try {
      g2.setComposite(AlphaComposite.Clear);
      g2.fillRect(0, 0, pixelsWide, pixelsHigh);
      g2.setComposite(AlphaComposite.SrcOver);
      g2.scale(scale, scale);
      // as the canvas drew it: text placed at its exact width, lines where the chart puts them
      g2.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
      g2.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
      info.clear();
      chart.draw(g2, new java.awt.Rectangle((int) width, (int) height), null, info);
    } finally {
      g2.dispose();
    }
    Rectangle2D plot = info.getPlotInfo() == null || info.getPlotInfo().getDataArea() == null
        ? new Rectangle2D.Double()
        : (Rectangle2D) info.getPlotInfo().getDataArea().clone();
    return new Frame(((DataBufferInt) image.getRaster().getDataBuffer()).getData(), pixelsWide, pixelsHigh, scale, plot);
  }
}
