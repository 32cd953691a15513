package wsarena.metrics;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import wsarena.host.HostInfo;
import wsarena.scenario.Scenario;
import wsarena.scenario.SweepPlan;

/**
 * A sweep: one target under rising load, each step a whole run, up to its knee, the highest load
 * that stayed within the bounds (Gil Tene's sustainable throughput), and why the sweep stopped.
 *
 * @param scenario the sweep's scenario, whose load every step replaces (rate, or connections)
 * @param target the target, as its first step found it
 * @param steps in the order they ran
 * @param maxSustainableRate the offered rate of the knee, msgs/s; null when no step passed
 * @param stopReason why the sweep stopped
 * @param stopExplanation the same as a sentence, with the figures that decided it
 * @param notes what the user should know about the steps, e.g. connection steps the open-files
 *     limit left out
 */
public record SweepResult(
    String wsarenaVersion,
    Scenario scenario,
    SweepPlan plan,
    HostInfo host,
    TargetInfo target,
    Instant startedAt,
    List<SweepStep> steps,
    Double maxSustainableRate,
    StopReason stopReason,
    String stopExplanation,
    List<String> notes) {

  /** Why a sweep stopped. */
  public enum StopReason {
    /** The knee is found: between a passing and a failing load within the precision, or the first failing connection step. */
    KNEE_FOUND,
    /** A step failed because of the generator, not the target: it cannot say more. */
    GENERATOR_BOUND,
    /** The target failed or could not be reached. */
    TARGET_FAILED,
    /** The user stopped it. */
    STOPPED,
    /** Not even the lowest load it tried passed. */
    NO_STEP_PASSED,
    /** Every connection step passed. */
    ALL_STEPS_PASSED,
    /** It reached the most steps a sweep may take. */
    STEP_LIMIT
  }

  public SweepResult {
    steps = steps == null ? List.of() : List.copyOf(steps);
    notes = notes == null ? List.of() : List.copyOf(notes);
  }

  /**
   * True when the sweep stopped before the target's limit (the generator was the limit, every step
   * passed, the step limit, or the user stopped it): its highest passing rate is what the target
   * sustained at least, not its knee.
   */
  public boolean kneeIsLowerBound() {
    if (maxSustainableRate == null || stopReason == null) {
      return false;
    }
    return switch (stopReason) {
      case GENERATOR_BOUND, ALL_STEPS_PASSED, STEP_LIMIT, STOPPED -> true;
      case KNEE_FOUND, TARGET_FAILED, NO_STEP_PASSED -> false;
    };
  }

  /** The highest passing step: the knee. */
  public Optional<SweepStep> knee() {
    return steps.stream().filter(SweepStep::passed).max(Comparator.comparingDouble(SweepStep::offeredRate));
  }

  /** The steps in the order of their load, as a chart draws them. */
  public List<SweepStep> byLoad() {
    return steps.stream().sorted(Comparator.comparingDouble(SweepStep::offeredRate)).toList();
  }
}
