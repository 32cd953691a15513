package wsarena.conformance;

/**
 * What the suite made of one target: its verdicts ({@link ConformanceSummary}), or why it could
 * not judge it ({@link ConformanceFailure}). Never a summary of zeros for a target it never saw.
 */
public sealed interface TargetConformance permits ConformanceSummary, ConformanceFailure {

  /** The target's short name, e.g. {@code netty-event-loop}: the same label a run result has. */
  String target();
}
