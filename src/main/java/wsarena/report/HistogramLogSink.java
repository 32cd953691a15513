package wsarena.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
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
 *
 * <p>HdrHistogram's writer prints a line in several pieces; each piece written straight to the file
 * is its own system call, so a run killed with SIGKILL between two of them left half a line, which
 * HdrHistogram's own reader then fails on. Lines are gathered in memory and reach the file whole,
 * in one write each.
 */
public final class HistogramLogSink implements RunEvent.Listener, AutoCloseable {
  private final OutputStream file;
  private final ByteArrayOutputStream pending = new ByteArrayOutputStream();
  private final PrintStream lines = new PrintStream(pending, false, StandardCharsets.UTF_8);
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
    this(Files.newOutputStream(file), startMillis);
  }

  HistogramLogSink(OutputStream file, long startMillis) throws IOException {
    this.file = file;
    this.startMillis = startMillis;
    this.writer = new HistogramLogWriter(lines);
    writer.outputComment("wsarena interval latency log, values in microseconds");
    writer.outputLogFormatVersion();
    writer.outputStartTime(startMillis);
    writer.setBaseTime(startMillis);
    writer.outputLegend();
    writeWholeLines();
  }

  /** What the writer printed since the last call, to the file in one write. */
  private void writeWholeLines() throws IOException {
    lines.flush();
    pending.writeTo(file);
    pending.reset();
    file.flush();
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
    try {
      writeWholeLines();
    } catch (IOException e) {
      throw new UncheckedIOException("could not write the histogram log", e);
    }
  }

  @Override
  public void close() {
    try {
      file.close();
    } catch (IOException e) {
      throw new UncheckedIOException("could not close the histogram log", e);
    }
  }
}
