package wsarena.metrics;

import org.HdrHistogram.Histogram;

/**
 * Receives a run's progress. Called on the run's sampling thread, one call at a time and in order:
 * implementations hand the data to their own thread (the window queues it for the FX thread).
 */
public interface SampleSink {

  /** The run entered a new phase. */
  default void onPhase(Phase phase) {}

  /**
   * One interval ended.
   *
   * @param sample the interval's figures
   * @param intervalHistogram the latencies of this interval, in microseconds; valid only during the
   *     call (copy it to keep it)
   * @param measuredSoFar every measured latency of the run so far, valid only during the call
   */
  void onSample(Sample sample, Histogram intervalHistogram, Histogram measuredSoFar);

  /** A warning the user should see now, e.g. "load generator bound". */
  default void onWarning(String warning) {}

  /** The run ended, normally, stopped by the user or after a failure: the result is complete. */
  default void onFinish(RunResult result) {}
}
