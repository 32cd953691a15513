package wsarena.load;

import io.netty.channel.EventLoop;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.LongConsumer;

/**
 * Paces one worker's connection attempts: at most {@code maxInFlight} handshakes under way, and
 * under a ramp none before it is due; an attempt due while the cap is reached waits, and is timed
 * from when it was due. A storm never runs out of attempts; an idle run stops at its share of the
 * connections. Runs on the worker's event loop only.
 */
final class AttemptPacer {
  /** Attempts started in one go before the loop lets the replies in. */
  private static final int MAX_LAUNCHES_PER_TURN = 64;

  private final EventLoop loop;
  private final int maxInFlight;
  private final long maxAttempts;
  /** Null without a ramp: then an attempt starts whenever one is free. */
  private final AttemptSchedule schedule;
  private final BooleanSupplier launching;
  private final LongConsumer launch;
  private long attempts;
  private int inFlight;
  private long pausedUntilNanos;
  private boolean fillQueued;
  private boolean timerSet;

  /**
   * @param launching whether attempts may start at all now
   * @param launch starts one attempt, given when it started (or was due, under a ramp)
   */
  AttemptPacer(
      EventLoop loop, int maxInFlight, long maxAttempts, AttemptSchedule schedule, BooleanSupplier launching,
      LongConsumer launch) {
    this.loop = loop;
    this.maxInFlight = Math.max(1, maxInFlight);
    this.maxAttempts = maxAttempts;
    this.schedule = schedule;
    this.launching = launching;
    this.launch = launch;
  }

  /** Starts what may start now, and sets a timer for the next attempt due. */
  void fill() {
    long now = System.nanoTime();
    if (now < pausedUntilNanos) {
      wakeAt(pausedUntilNanos, now);
      return;
    }
    for (int launched = 0; inFlight < maxInFlight && attempts < maxAttempts && launching.getAsBoolean(); launched++) {
      if (launched == MAX_LAUNCHES_PER_TURN) {
        requestFill();
        return;
      }
      long start = now;
      if (schedule != null) {
        long due = schedule.dueNanos(attempts);
        if (due > now) {
          wakeAt(due, now);
          return;
        }
        start = due;
      }
      attempts++;
      inFlight++;
      launch.accept(schedule == null ? System.nanoTime() : start);
      if (System.nanoTime() < pausedUntilNanos) {
        return;
      }
      now = System.nanoTime();
    }
  }

  /** An attempt ended (opened or failed): another may start, once the current task is done. */
  void settled() {
    inFlight--;
    requestFill();
  }

  /** The client ran short of ports or files: try again only after {@code nanos}. */
  void pause(long nanos) {
    pausedUntilNanos = System.nanoTime() + nanos;
  }

  /** Attempts started so far. */
  long attempts() {
    return attempts;
  }

  private void wakeAt(long dueNanos, long now) {
    if (!timerSet) {
      timerSet = true;
      loop.schedule(
          () -> {
            timerSet = false;
            fill();
          },
          Math.max(1, dueNanos - now),
          TimeUnit.NANOSECONDS);
    }
  }

  /** Runs {@link #fill} after the current task: a failure may be reported from inside a launch. */
  private void requestFill() {
    if (!fillQueued) {
      fillQueued = true;
      loop.execute(
          () -> {
            fillQueued = false;
            fill();
          });
    }
  }
}
