package wsarena.ui.run;

import java.util.List;
import wsarena.metrics.PercentileCurve;
import wsarena.metrics.Phase;
import wsarena.metrics.RunResult;
import wsarena.metrics.Sample;
import wsarena.metrics.ShootoutResult;
import wsarena.metrics.SweepResult;
import wsarena.metrics.SweepStep;
import wsarena.run.ShootoutProgress;
import wsarena.scenario.Scenario;
import wsarena.scenario.SweepPlan;

/**
 * What the window's views are told of the work the user started, in batches on the FX thread, in
 * the order it happened. Not the core's {@link wsarena.run.RunEvent}: {@link FxSampleQueue}
 * translates those on the core's thread into these, which are already what a view draws (a
 * shootout's trials as runs {@link Started} and {@link Finished}, the distribution computed, the
 * suite's progress left out), so no view sees a histogram that is valid only during a call.
 */
public sealed interface RunUpdate {

  /**
   * A target's run begins; views clear what the previous run drew.
   *
   * @param progress where the shootout the user started is: this run's target and repeat, the
   *     time so far and about how long is left; a sweep's step is a run {@link
   *     ShootoutProgress#alone alone}, after which more may follow
   */
  record Started(Scenario scenario, ShootoutProgress progress) implements RunUpdate {
    /** This run's place among those the user started: 1 for Start, 1 to 9 while comparing three targets three times. */
    public int position() {
      return progress.trial().position() + 1;
    }

    /** How many runs the user started, one after the other. */
    public int count() {
      return progress.trials();
    }

    /** True for every run of a series but the last. */
    public boolean moreFollow() {
      return position() < count();
    }
  }

  record PhaseChanged(Phase phase) implements RunUpdate {}

  /**
   * A sweep's step is about to start; its {@link Started} follows.
   *
   * @param note why this load, e.g. {@code bisecting between 40k and 80k msgs/s}
   */
  record SweepStepStarting(int index, String note, Scenario step, SweepPlan plan) implements RunUpdate {}

  /** A sweep's step ended: its point on the latency-against-load chart. */
  record SweepStepDone(SweepStep step) implements RunUpdate {}

  /** The sweep ended (at its knee, stopped, failed): the whole of it, with why it stopped. */
  record SweepDone(SweepResult sweep) implements RunUpdate {}

  /**
   * One interval ended.
   *
   * @param distribution the percentile curve of every latency measured so far (empty before the
   *     measured phase), computed by the core on the sampling thread
   */
  record SampleArrived(Sample sample, List<PercentileCurve.Point> distribution)
      implements RunUpdate {}

  /** A warning the user should see now, e.g. "load generator bound". */
  record Warned(String message) implements RunUpdate {}

  /**
   * A target's run ended (completed, stopped or failed): the result holds what was measured. In
   * a series, the next target's {@link Started} follows unless this one was stopped or failed.
   */
  record Finished(RunResult result) implements RunUpdate {}

  /**
   * Every run the user started has ended (the last one, or one stopped): the shootout as a whole,
   * its runs grouped by target. Not sent after a {@link Crashed}.
   */
  record SeriesEnded(ShootoutResult result) implements RunUpdate {}

  /**
   * The run could not start or broke down without a result, which ends a series too; the message
   * is a sentence.
   */
  record Crashed(String message) implements RunUpdate {}
}
