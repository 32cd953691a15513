package wsarena.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;
import wsarena.metrics.IntervalRecorder;
import wsarena.metrics.Phase;
import wsarena.run.RunEvent;
import wsarena.testsupport.Samples;

class HistogramLogSinkTest {

  /** Records each write the sink makes, as a SIGKILL could fall between any two of them. */
  private static final class Writes extends ByteArrayOutputStream {
    final List<String> each = new ArrayList<>();

    @Override
    public synchronized void write(byte[] b, int off, int len) {
      each.add(new String(b, off, len, StandardCharsets.UTF_8));
      super.write(b, off, len);
    }

    @Override
    public synchronized void write(int b) {
      each.add(String.valueOf((char) b));
      super.write(b);
    }
  }

  @Test
  void everyWriteEndsAtTheEndOfALine() throws Exception {
    Writes file = new Writes();
    Histogram soFar = IntervalRecorder.newHistogram();
    try (HistogramLogSink sink = new HistogramLogSink(file, 1_000_000L)) {
      for (int i = 1; i <= 3; i++) {
        for (int v = 1; v <= 100 * i; v++) {
          soFar.recordValue(v * 7L);
        }
        sink.on(new RunEvent.SampleTaken(Samples.quiet(i * 1000L, Phase.MEASURING), IntervalRecorder.newHistogram(), soFar));
      }
    }

    String log = file.toString(StandardCharsets.UTF_8);
    assertThat(log.lines().filter(l -> l.matches("^\\d.*"))).hasSize(3);
    assertThat(file.each).isNotEmpty().allSatisfy(w -> assertThat(w).endsWith("\n"));
    // the header, then one write per interval: a kill leaves whole lines or none
    assertThat(file.each).hasSize(4);
  }
}
