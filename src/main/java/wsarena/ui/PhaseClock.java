package wsarena.ui;

import java.util.List;
import wsarena.metrics.Phase;
import wsarena.metrics.Sample;
import wsarena.ui.run.RunEvent;

/**
 * Where the target going on stands: which one it is, and how much of its warm-up and measured time
 * has passed, read from the samples' own intervals. For the status line's "6 s of 10 s" and its
 * progress bar, and for the moment {@code --screenshot} takes its picture.
 */
final class PhaseClock {
  private RunEvent.Started current;
  private long warmupMillis;
  private long measuredMillis;

  /** Follows a batch of the run's events. */
  void follow(List<RunEvent> batch) {
    for (RunEvent event : batch) {
      switch (event) {
        case RunEvent.Started s -> {
          current = s;
          warmupMillis = 0;
          measuredMillis = 0;
        }
        case RunEvent.SampleArrived s -> add(s.sample());
        case RunEvent.Finished f -> current = null;
        case RunEvent.Crashed c -> current = null;
        case RunEvent.SweepDone d -> current = null;
        case RunEvent.PhaseChanged p -> {}
        case RunEvent.Warned w -> {}
        case RunEvent.SeriesEnded e -> {}
        case RunEvent.SweepStepStarting s -> {}
        case RunEvent.SweepStepDone d -> {}
      }
    }
  }

  private void add(Sample sample) {
    if (sample.phase() == Phase.WARMUP) {
      warmupMillis += sample.intervalMillis();
    } else if (sample.phase() == Phase.MEASURING) {
      measuredMillis += sample.intervalMillis();
    }
  }

  /** The start of the target going on; null before the first and once it ended. */
  RunEvent.Started current() {
    return current;
  }

  long warmupMillis() {
    return warmupMillis;
  }

  long measuredMillis() {
    return measuredMillis;
  }
}
