package wsarena.run;

import java.net.URI;
import java.util.List;
import org.HdrHistogram.Histogram;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import wsarena.conformance.ConformanceRunner;
import wsarena.conformance.TargetConformance;
import wsarena.metrics.Phase;
import wsarena.metrics.RunResult;
import wsarena.metrics.Sample;
import wsarena.metrics.ShootoutResult;
import wsarena.metrics.SweepResult;
import wsarena.metrics.SweepStep;
import wsarena.scenario.InvalidScenarioException;
import wsarena.scenario.Scenario;
import wsarena.scenario.ShootoutPlan;
import wsarena.scenario.SweepPlan;
import wsarena.text.Sentences;

/**
 * What the core tells whoever follows it: one family of events for a {@link Run}, a {@link
 * Shootout}, a {@link Sweep} and the conformance suite, so each front (the window's queue, the
 * commands' progress lines, a test's list, the histogram log) is one switch over these cases.
 *
 * <p>A run publishes {@link PhaseChanged}, {@link SampleTaken} and {@link Warned} as they happen,
 * then {@link Finished}. A shootout wraps each of its runs in {@link TrialStarted} and {@link
 * TrialFinished} and ends with {@link ShootoutFinished}; a sweep wraps each step's run in {@link
 * StepStarting} and {@link StepJudged} and ends with {@link SweepFinished}. Either ends with {@link
 * Failed} instead when it could not run or broke down without a result. The suite publishes {@link
 * SuiteStarted}, {@link CaseStarted} and, for each target it judged alone, {@link CheckResult}.
 *
 * <pre>{@code
 * RunEvent.Listener printer = event -> {
 *   switch (event) {
 *     case RunEvent.SampleTaken s -> print(s.sample());
 *     case RunEvent.Warned w -> print("warning: " + w.message());
 *     default -> {}
 *   }
 * };
 * new Run(scenario, Targets.standard(), host, List.of(printer)).execute();
 * }</pre>
 */
public sealed interface RunEvent {

  /**
   * Follows the core. Called one event at a time and in order, on the thread that runs the work
   * (a run's sampling thread), except {@link CaseStarted}, which comes from the thread reading the
   * suite's log: a listener that draws hands the event to its own thread.
   */
  @FunctionalInterface
  interface Listener {
    void on(RunEvent event);

    /** Hears nothing. */
    Listener NONE = event -> {};
  }

  /** The run entered a new phase. */
  record PhaseChanged(Phase phase) implements RunEvent {}

  /**
   * One interval ended.
   *
   * @param sample the interval's figures
   * @param interval the latencies of this interval, in microseconds; valid only during the call
   *     (copy it to keep it)
   * @param measuredSoFar every measured latency of the run so far, valid only during the call;
   *     null when a merge replays its segments' intervals
   */
  record SampleTaken(Sample sample, Histogram interval, Histogram measuredSoFar) implements RunEvent {}

  /** A warning the user should see now, e.g. "load generator bound". */
  record Warned(String message) implements RunEvent {}

  /** The run ended, normally, stopped by the user or after a failure: the result is complete. */
  record Finished(RunResult result) implements RunEvent {}

  /** A shootout's trial is about to start its target. */
  record TrialStarted(ShootoutProgress progress) implements RunEvent {}

  /** A shootout's trial ended (completed, stopped or failed) with what it measured. */
  record TrialFinished(ShootoutPlan.Trial trial, RunResult result) implements RunEvent {}

  /** Every trial of the shootout ended (the last one, or one stopped): its runs grouped by target. */
  record ShootoutFinished(ShootoutResult result) implements RunEvent {}

  /**
   * A sweep's step is about to run.
   *
   * @param note why this load, e.g. {@code bisecting between 40k and 80k msgs/s}
   * @param plan the sweep's plan as it runs (connection steps past the open-files limit left out)
   */
  record StepStarting(int index, Scenario step, String note, SweepPlan plan) implements RunEvent {}

  /** A sweep's step ended and was judged: its point on the latency-against-load chart. */
  record StepJudged(SweepStep step) implements RunEvent {}

  /** The sweep ended (at its knee, stopped, failed): the whole of it, with why it stopped. */
  record SweepFinished(SweepResult result) implements RunEvent {}

  /** The conformance suite starts on a target. */
  record SuiteStarted(String target, String description, URI url) implements RunEvent {}

  /** The suite starts case {@code number} of {@code total} on a target. */
  record CaseStarted(String target, String caseId, int number, int total) implements RunEvent {}

  /** The suite's verdicts on a target it judged on its own ({@code wsarena conformance}). */
  record CheckResult(TargetConformance result) implements RunEvent {}

  /**
   * A shootout or a sweep could not start, or broke down without a result; a sentence.
   *
   * @param sentence e.g. {@code This scenario cannot run: ...}
   */
  record Failed(String sentence) implements RunEvent {
    private static final Logger LOG = LoggerFactory.getLogger(RunEvent.class);

    /** What the core refused before anything started, e.g. {@code what} = "scenario". */
    public static Failed refused(String what, InvalidScenarioException e) {
      return new Failed("This " + what + " cannot run: " + e.getMessage().replace('\n', ' '));
    }

    /**
     * A bug, not a target's failure (those come back as a FAILED result): the user gets a
     * sentence, the log the trace for the bug report.
     */
    public static Failed broke(String what, Throwable e) {
      LOG.error("The {} stopped unexpectedly", what, e);
      return new Failed("The " + what + " stopped unexpectedly: " + Sentences.of(e));
    }
  }

  /** Every listener of {@code listeners} hears each event, in the list's order. */
  static Listener all(List<? extends Listener> listeners) {
    List<Listener> each = List.copyOf(listeners);
    return event -> each.forEach(l -> l.on(event));
  }

  /** The suite's progress as events to {@code listener}. */
  static ConformanceRunner.Listener suiteProgress(Listener listener) {
    return new ConformanceRunner.Listener() {
      @Override
      public void targetStarted(String target, String description, URI url) {
        listener.on(new SuiteStarted(target, description, url));
      }

      @Override
      public void caseStarted(String target, String caseId, int number, int total) {
        listener.on(new CaseStarted(target, caseId, number, total));
      }

      @Override
      public void targetFinished(TargetConformance result) {
        listener.on(new CheckResult(result));
      }
    };
  }
}
