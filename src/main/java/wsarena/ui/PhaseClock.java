package wsarena.ui;

import wsarena.metrics.Phase;
import wsarena.metrics.Sample;

/**
 * How much of the run's warm-up and measured time has passed, read from the samples' own
 * intervals, for the status line's "6 s of 10 s" and the progress bar.
 */
final class PhaseClock {
  private long warmupMillis;
  private long measuredMillis;

  void reset() {
    warmupMillis = 0;
    measuredMillis = 0;
  }

  void add(Sample sample) {
    if (sample.phase() == Phase.WARMUP) {
      warmupMillis += sample.intervalMillis();
    } else if (sample.phase() == Phase.MEASURING) {
      measuredMillis += sample.intervalMillis();
    }
  }

  long warmupMillis() {
    return warmupMillis;
  }

  long measuredMillis() {
    return measuredMillis;
  }
}
