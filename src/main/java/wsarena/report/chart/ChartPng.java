package wsarena.report.chart;

import wsarena.host.WholeFile;
import java.io.IOException;
import java.nio.file.Path;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;

/** Writes a chart as a PNG at a scale, 2× by default, for crisp slides. */
public final class ChartPng {
  public static final int WIDTH = 1200;
  public static final int HEIGHT = 700;
  public static final double SCALE = 2;

  private ChartPng() {}

  /** A {@value #WIDTH}×{@value #HEIGHT} layout drawn at twice the pixels. */
  public static void write(JFreeChart chart, Path file) throws IOException {
    WholeFile.write(file, out -> ChartUtils.writeScaledChartAsPNG(out, chart, WIDTH, HEIGHT, (int) SCALE, (int) SCALE));
  }
}
