package wsarena.report;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.HistogramLogWriter;
import wsarena.metrics.Phase;
import wsarena.metrics.Sample;
import wsarena.metrics.SampleSink;

/**
 * Writes HdrHistogram's interval log ({@code .hlog}) as the run goes, one line per measured
 * interval, so a run that is cut short still leaves its log. Values in microseconds.
 */
public final class HistogramLogSink implements SampleSink, AutoCloseable {
  private final PrintStream out;
  private final HistogramLogWriter writer;
  private final long startMillis;

  public HistogramLogSink(Path file) throws IOException {
    this(file, System.currentTimeMillis());
  }

  /**
   * @param startMillis the wall-clock time the samples' {@code elapsedMillis} count from (a merged
   *     run's earliest segment start)
   */
  public HistogramLogSink(Path file, long startMillis) throws IOException {
    this.startMillis = startMillis;
    this.out = new PrintStream(Files.newOutputStream(file), true, "UTF-8");
    this.writer = new HistogramLogWriter(out);
    writer.outputComment("wsarena interval latency log, values in microseconds");
    writer.outputLogFormatVersion();
    writer.outputStartTime(startMillis);
    writer.setBaseTime(startMillis);
    writer.outputLegend();
  }

  @Override
  public void onSample(Sample sample, Histogram intervalHistogram, Histogram measuredSoFar) {
    if (sample.phase() != Phase.MEASURING || intervalHistogram.getTotalCount() == 0) {
      return;
    }
    Histogram h = intervalHistogram.copy();
    long endMillis = startMillis + sample.elapsedMillis();
    h.setStartTimeStamp(endMillis - sample.intervalMillis());
    h.setEndTimeStamp(endMillis);
    writer.outputIntervalHistogram(h);
    if (out.checkError()) {
      throw new UncheckedIOException(new IOException("could not write the histogram log"));
    }
  }

  @Override
  public void close() {
    out.close();
  }
}
