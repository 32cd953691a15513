package wsarena.metrics;

/** How a run ended. */
public enum Outcome {
  /** Ran its full duration. */
  COMPLETED,
  /** Stopped early by the user; what was measured until then is kept. */
  STOPPED,
  /** The target failed or could not be reached; what was measured until then is kept. */
  FAILED,
  /**
   * Ran its full duration, but more than {@link #STALLED_SHARE} of its measured messages timed out:
   * the target stopped answering or fell far behind, so its figures do not say what it sustains
   * (never ranked, never "completed").
   */
  STALLED;

  /** The share of measured messages timed out past which a run that ran its course is {@link #STALLED}. */
  public static final double STALLED_SHARE = 0.10;

  /** How a run that ran its full duration ended, by what became of its measured messages. */
  public static Outcome ranItsCourse(Fates measured) {
    return measured.intended() > 0 && measured.timedOut() > STALLED_SHARE * measured.intended() ? STALLED : COMPLETED;
  }
}
