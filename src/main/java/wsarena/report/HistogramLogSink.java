package wsarena.report;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.HistogramLogWriter;
import wsarena.metrics.IntervalRecorder;
import wsarena.metrics.Sample;
import wsarena.run.RunEvent;

/**
 * Writes HdrHistogram's interval log ({@code .hlog}) as the run goes, one line per measured or
 * draining interval, so a run that is cut short still leaves its log. Values in microseconds.
 *
 * <p>Each line is what the run's histogram gained in that interval: the messages intended while
 * measuring that got their fate then (answered, or given up on). The result counts messages by
 * their intended time, so a message sent in the warm-up and answered while measuring is not in it,
 * and one sent at the end and answered while draining is; logging the gains, not the interval's
 * arrivals, makes the lines add up to the result's histogram exactly, as HdrHistogram's
 * {@code HistogramLogProcessor} and {@code wsarena merge} expect.
 */
public final class HistogramLogSink implements RunEvent.Listener, AutoCloseable {
  private final PrintStream out;
  private final HistogramLogWriter writer;
  private final long startMillis;
  private final Histogram loggedSoFar = IntervalRecorder.newHistogram();
  private final Histogram gained = IntervalRecorder.newHistogram();

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
  public void on(RunEvent event) {
    if (event instanceof RunEvent.SampleTaken taken) {
      sampled(taken.sample(), taken.interval(), taken.measuredSoFar());
    }
  }

  private void sampled(Sample sample, Histogram intervalHistogram, Histogram measuredSoFar) {
    if (!sample.phase().logged()) {
      return;
    }
    Histogram h = gained;
    h.reset();
    if (measuredSoFar == null) {
      // a merge replays the intervals its segments logged, already gains
      h.add(intervalHistogram);
    } else {
      h.add(measuredSoFar);
      h.subtract(loggedSoFar);
      loggedSoFar.add(h);
    }
    if (h.getTotalCount() == 0) {
      return;
    }
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
