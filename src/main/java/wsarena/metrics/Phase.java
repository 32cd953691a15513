package wsarena.metrics;

/** Where a run is. Only {@link #MEASURING} counts towards the result's totals and histogram. */
public enum Phase {
  /** Starting the target. */
  STARTING,
  /**
   * Only when asked: trying the target's features and running the conformance suite against it,
   * before any load. No sample is taken.
   */
  CHECKING,
  /** Opening connections at the ramp rate; load runs but is not measured. */
  RAMP,
  /** All connections open, load applied, not measured (JIT, caches, pools settle). */
  WARMUP,
  /** The measured part. */
  MEASURING,
  /** Load stopped; waiting for the last answers, then closing connections. */
  DRAINING,
  /** Finished: the run result is complete. */
  DONE;

  public boolean measured() {
    return this == MEASURING;
  }

  /**
   * The phases whose intervals the interval log ({@code .hlog}) holds: measuring, and draining,
   * where the last answers to messages intended while measuring arrive. Together they add up to
   * the result's histogram, which counts messages by their intended time.
   */
  public boolean logged() {
    return this == MEASURING || this == DRAINING;
  }
}
