package wsarena.ui;

import java.util.List;
import wsarena.metrics.Phase;
import wsarena.metrics.Sample;
import wsarena.ui.run.RunUpdate;

/**
 * Where the target going on stands: which one it is, and how much of its warm-up and measured time
 * has passed, read from the samples' own intervals. For the status line's "6 s of 10 s" and its
 * progress bar, and for the moment {@code --screenshot} takes its picture.
 */
final class PhaseClock {
  private RunUpdate.Started current;
  private long warmupMillis;
  private long measuredMillis;

  /** Follows a batch of the run's events. */
  void follow(List<RunUpdate> batch) {
    for (RunUpdate event : batch) {
      switch (event) {
        case RunUpdate.Started s -> {
          current = s;
          warmupMillis = 0;
          measuredMillis = 0;
        }
        case RunUpdate.SampleArrived s -> add(s.sample());
        case RunUpdate.Finished f -> current = null;
        case RunUpdate.Crashed c -> current = null;
        case RunUpdate.SweepDone d -> current = null;
        case RunUpdate.PhaseChanged p -> {}
        case RunUpdate.Warned w -> {}
        case RunUpdate.SeriesEnded e -> {}
        case RunUpdate.SweepStepStarting s -> {}
        case RunUpdate.SweepStepDone d -> {}
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
  RunUpdate.Started current() {
    return current;
  }

  long warmupMillis() {
    return warmupMillis;
  }

  long measuredMillis() {
    return measuredMillis;
  }
}
