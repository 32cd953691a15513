package wsarena.report;

import wsarena.host.WholeFile;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import org.HdrHistogram.Histogram;
import wsarena.metrics.RunResult;

/**
 * HdrHistogram's percentile distribution text ({@code .hgrm}), in milliseconds, which its online
 * plotter and {@code HistogramLogProcessor} read.
 */
public final class Hgrm {
  /** Values are recorded in microseconds and printed in milliseconds. */
  static final double MICROS_PER_MILLI = 1000.0;

  private Hgrm() {}

  public static void write(RunResult result, Path file) throws IOException {
    write(result.latency(), file);
  }

  public static void write(Histogram histogram, Path file) throws IOException {
    WholeFile.write(file, raw -> {
      PrintStream out = new PrintStream(raw, false, java.nio.charset.StandardCharsets.UTF_8);
      histogram.outputPercentileDistribution(out, MICROS_PER_MILLI);
      out.flush();
    });
  }
}
