package wsarena.testsupport;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import wsarena.metrics.Phase;
import wsarena.metrics.RunResult;
import wsarena.metrics.Sample;
import wsarena.run.RunEvent;

/** Keeps everything a run reports, for tests to assert on: the window's path without pixels. */
public final class CollectingSink implements RunEvent.Listener {
  public final List<Phase> phases = new CopyOnWriteArrayList<>();
  public final List<Sample> samples = new CopyOnWriteArrayList<>();
  public final List<String> warnings = new CopyOnWriteArrayList<>();
  public final List<Long> measuredCounts = new CopyOnWriteArrayList<>();
  public volatile RunResult finished;

  @Override
  public void on(RunEvent event) {
    switch (event) {
      case RunEvent.PhaseChanged p -> phases.add(p.phase());
      case RunEvent.SampleTaken t -> {
        samples.add(t.sample());
        measuredCounts.add(t.measuredSoFar().getTotalCount());
      }
      case RunEvent.Warned w -> warnings.add(w.message());
      case RunEvent.Finished f -> finished = f.result();
      default -> {}
    }
  }
}
