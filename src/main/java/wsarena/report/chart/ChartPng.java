package wsarena.report.chart;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import wsarena.host.WholeFile;
import java.nio.file.Path;
import java.util.Iterator;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import org.jfree.chart.JFreeChart;

/** Writes a chart as a PNG, laid out at its {@link ExportLayout}'s size and drawn at its scale. */
public final class ChartPng {
  /**
   * PNG's deflate traded for time: a 3200×1800 chart, mostly white, is a few hundred kB at a low
   * level as at the highest, and writes several times faster.
   */
  private static final float COMPRESSION_QUALITY = 0.8f;

  private ChartPng() {}

  /** At the layout the chart was made for; {@link ExportLayout#WIDE} is 1600×900 drawn at 3200×1800. */
  public static void write(JFreeChart chart, Path file, ExportLayout layout) throws IOException {
    write(image(chart, layout), file);
  }

  /** The chart drawn at the layout's size and scale (3200×1800 pixels for {@link ExportLayout#WIDE}). */
  public static BufferedImage image(JFreeChart chart, ExportLayout layout) {
    BufferedImage image = new BufferedImage(layout.pixelWidth(), layout.pixelHeight(), BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      g.scale(layout.scale(), layout.scale());
      chart.draw(g, new Rectangle2D.Double(0, 0, layout.width(), layout.height()));
    } finally {
      g.dispose();
    }
    return image;
  }

  /** Writes a picture as a PNG, whole or not at all. */
  public static void write(BufferedImage image, Path file) throws IOException {
    Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("png");
    if (!writers.hasNext()) {
      throw new IOException("no PNG writer is available in this Java runtime");
    }
    ImageWriter writer = writers.next();
    // written beside and moved in whole: a stopped export never leaves half a picture
    try {
      WholeFile.write(file, stream -> {
        try (ImageOutputStream out = ImageIO.createImageOutputStream(stream)) {
          writer.setOutput(out);
          ImageWriteParam param = writer.getDefaultWriteParam();
          param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
          param.setCompressionQuality(COMPRESSION_QUALITY);
          writer.write(null, new IIOImage(image, null, null), param);
        }
      });
    } finally {
      writer.dispose();
    }
  }
}
