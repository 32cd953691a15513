package wsarena.run;

import java.time.Duration;
import wsarena.text.Units;
import wsarena.scenario.Scenario;
import wsarena.scenario.ShootoutPlan;

/**
 * Where a shootout is, told as a trial starts: which target and repeat, how long it has taken,
 * about how long is left. The window and the command line say it in the same words.
 *
 * @param trial the trial starting
 * @param trials every trial of the shootout
 * @param label the target's label, e.g. {@code tornado}
 * @param elapsed since the shootout began
 * @param remaining the estimate from this trial's start to the end of the last one: their planned
 *     load plus what each start and stop took so far, and the cool-downs
 */
public record ShootoutProgress(
    ShootoutPlan.Trial trial, int trials, int targets, int repeats, String label, Duration elapsed, Duration remaining) {

  /**
   * A run that is the whole of what was started, one target once, e.g. a sweep's step (the sweep
   * tells its own place and time).
   */
  public static ShootoutProgress alone(Scenario scenario) {
    return new ShootoutProgress(
        new ShootoutPlan.Trial(0, 0, 1, scenario), 1, 1, 1, scenario.target().label(), Duration.ZERO, Duration.ZERO);
  }

  /** E.g. {@code Tornado, repeat 2 of 3 · target 5 of 9 · about 3 min left}. */
  public String sentence(String name) {
    return sentence(name, remaining);
  }

  /** The sentence with the time left counted down to {@code left}, e.g. by a clock on screen. */
  public String sentence(String name, Duration left) {
    return position(name) + " · " + Units.timeLeft(left);
  }

  /** Where it is without the time: {@code Tornado, repeat 2 of 3 · target 5 of 9}. */
  public String position(String name) {
    StringBuilder sb = new StringBuilder(name);
    if (repeats > 1) {
      sb.append(", repeat ").append(trial.repeat()).append(" of ").append(repeats);
    }
    if (targets > 1) {
      sb.append(" · target ").append(trial.target() + 1).append(" of ").append(targets);
    }
    return sb.toString();
  }

  /**
   * The remaining time at {@code sinceStart} into this trial, counting down from {@link
   * #remaining}: what a clock on screen shows between two trials' starts.
   */
  public Duration remainingAfter(Duration sinceStart) {
    Duration left = remaining.minus(sinceStart);
    return left.isNegative() ? Duration.ZERO : left;
  }

  /** E.g. {@code target 3 of 10 · tornado · repeat 1 of 2 · 0:35 elapsed · about 2 min left}. */
  public String line() {
    return "target " + (trial.target() + 1) + " of " + targets + " · " + label
        + (repeats > 1 ? " · repeat " + trial.repeat() + " of " + repeats : "")
        + " · " + Units.elapsed(elapsed.toMillis() / 1000.0) + " elapsed · " + Units.timeLeft(remaining);
  }
}
