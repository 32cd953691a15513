package wsarena.load;

/**
 * When a storm's connection attempts are due under a ramp, as a pure sequence: the run's attempts
 * are evenly spaced at {@code perSecond} from {@code epochNanos}, and a worker takes every {@code
 * stride}-th of them from {@code offset}, so the workers together keep the rate.
 */
record AttemptSchedule(long epochNanos, double perSecond, int stride, int offset) {

  /** When this worker's attempt number {@code k} (from 0) is due, in {@link System#nanoTime()} terms. */
  long dueNanos(long k) {
    return epochNanos + (long) ((k * (double) stride + offset) * 1e9 / perSecond);
  }
}
