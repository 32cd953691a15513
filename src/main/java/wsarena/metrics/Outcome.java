package wsarena.metrics;

/** How a run ended. */
public enum Outcome {
  /** Ran its full duration. */
  COMPLETED,
  /** Stopped early by the user; what was measured until then is kept. */
  STOPPED,
  /** The target failed or could not be reached; what was measured until then is kept. */
  FAILED
}
