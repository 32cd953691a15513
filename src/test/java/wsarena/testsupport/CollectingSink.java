package wsarena.testsupport;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.HdrHistogram.Histogram;
import wsarena.metrics.Phase;
import wsarena.metrics.RunResult;
import wsarena.metrics.Sample;
import wsarena.metrics.SampleSink;

/** Keeps everything a run reports, for tests to assert on: the window's path without pixels. */
public final class CollectingSink implements SampleSink {
  public final List<Phase> phases = new CopyOnWriteArrayList<>();
  public final List<Sample> samples = new CopyOnWriteArrayList<>();
  public final List<String> warnings = new CopyOnWriteArrayList<>();
  public final List<Long> measuredCounts = new CopyOnWriteArrayList<>();
  public volatile RunResult finished;

  @Override
  public void onPhase(Phase phase) {
    phases.add(phase);
  }

  @Override
  public void onSample(Sample sample, Histogram intervalHistogram, Histogram measuredSoFar) {
    samples.add(sample);
    measuredCounts.add(measuredSoFar.getTotalCount());
  }

  @Override
  public void onWarning(String warning) {
    warnings.add(warning);
  }

  @Override
  public void onFinish(RunResult result) {
    finished = result;
  }
}
