package wsarena.ui.run;

import java.util.List;
import wsarena.metrics.PercentileCurve;
import wsarena.metrics.Phase;
import wsarena.metrics.RunResult;
import wsarena.metrics.Sample;
import wsarena.scenario.Scenario;

/** What a run tells the window, delivered on the FX thread in the order it happened. */
public sealed interface RunEvent {

  /** The user started a run of this scenario; views clear what the previous run drew. */
  record Started(Scenario scenario) implements RunEvent {}

  record PhaseChanged(Phase phase) implements RunEvent {}

  /**
   * One interval ended.
   *
   * @param distribution the percentile curve of every latency measured so far (empty before the
   *     measured phase), computed by the core on the sampling thread
   */
  record SampleArrived(Sample sample, List<PercentileCurve.Point> distribution)
      implements RunEvent {}

  /** A warning the user should see now, e.g. "load generator bound". */
  record Warned(String message) implements RunEvent {}

  /** The run ended (completed, stopped or failed): the result holds what was measured. */
  record Finished(RunResult result) implements RunEvent {}

  /** The run could not start or broke down without a result; the message is a sentence. */
  record Crashed(String message) implements RunEvent {}
}
