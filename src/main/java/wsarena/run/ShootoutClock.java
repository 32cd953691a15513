package wsarena.run;

import java.time.Duration;
import java.util.List;
import java.util.function.LongSupplier;
import wsarena.scenario.ShootoutPlan;

/**
 * The shootout's time so far and its estimate of the time left. Each trial is planned at its load's
 * length (ramp, warm-up, measured); what a trial takes beyond it (a process to start, the last
 * answers to drain, the target to stop) is learnt from the trials done, and guessed before any.
 */
final class ShootoutClock {
  /** Starting and stopping a target before any was seen: about what a child JVM takes here. */
  static final Duration FIRST_GUESS_OVERHEAD = Duration.ofSeconds(2);

  private final List<ShootoutPlan.Trial> trials;
  private final Duration coolDown;
  private final LongSupplier nanoTime;
  private final long startNanos;
  private long overheadNanos;
  private int measured;

  ShootoutClock(List<ShootoutPlan.Trial> trials, Duration coolDown, LongSupplier nanoTime) {
    this.trials = List.copyOf(trials);
    this.coolDown = coolDown;
    this.nanoTime = nanoTime;
    this.startNanos = nanoTime.getAsLong();
  }

  Duration elapsed() {
    return Duration.ofNanos(nanoTime.getAsLong() - startNanos);
  }

  /** Trial {@code position} took {@code took}, from its start to its result. */
  void finished(int position, Duration took) {
    Duration planned = trials.get(position).scenario().load().plannedDuration();
    overheadNanos += Math.max(0, took.minus(planned).toNanos());
    measured++;
  }

  /** From the start of trial {@code position} to the end of the last one. */
  Duration remainingFrom(int position) {
    Duration overhead = measured == 0 ? FIRST_GUESS_OVERHEAD : Duration.ofNanos(overheadNanos / measured);
    Duration left = Duration.ZERO;
    for (int i = position; i < trials.size(); i++) {
      left = left.plus(trials.get(i).scenario().load().plannedDuration()).plus(overhead);
      if (i > position) {
        left = left.plus(coolDown);
      }
    }
    return left;
  }
}
