package wsarena.load;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.function.LongSupplier;
import wsarena.metrics.GeneratorHealth;

/**
 * How much of an open-loop message's send lag was the generator's own doing, which the self-check
 * tells from the machine's (README.md: "The generator watches itself").
 *
 * <p>While a message waited to be taken up, its generator thread was working (reading answers,
 * sending earlier messages), or stopped with the whole JVM for a collection, or sleeping until the
 * wake-up its pacing quantum meant: those are the generator's. Or the machine held it off: the
 * thread runnable and waiting for a core, its virtual CPU stopped by the hypervisor, or asleep past
 * the time its timer asked for. On this 2-core VM, of the wake-ups more than 0.5 ms late at 10,000
 * msgs/s (two probe runs, README: "The generator watches itself"), 28-33 % came after the thread
 * had worked most of the time since it armed its timer (reading answers), 1-3 % after it had
 * waited for a core most of it, and most of the rest after a stretch in which it neither switched
 * out nor ran for most of it: its virtual CPU stopped (4.7 % of the machine's time was stolen).
 * The run delay alone, which the self-check subtracted before, saw only the waits for a core.
 *
 * <p>So a message's own lag is at most what the quantum meant (from its due time to the wake-up the
 * timer was armed for), plus the thread's CPU time from the end of its previous wake-up (when it
 * armed the timer) to this one, plus the collections' pauses meanwhile, plus what this wake-up has
 * worked so far; the rest of its lag is the machine's. Each term bounds its part from above (the
 * CPU between the wake-ups may have gone to answers read before the message was due; a pause
 * counts in full), so the split errs towards blaming the generator. A wake-up that was not the
 * timer's (the first, or catching up after a yield) owns its messages' whole lag, and so does one
 * whose oldest message is less than the self-check's lag floor late: such a lag makes no warning,
 * and not looking saves a clock reading.
 *
 * <p>The CPU clock is read when the thread goes to sleep (a system call of 1-2 µs here, a few
 * percent of what a message costs at 10,000 msgs/s) and at a late wake-up; the collectors' pause
 * totals are counters in the JVM. A clock read only at wake-ups would charge each wake-up with the
 * previous one's sends as well: at 500 msgs/s that put the generator's own lag near the floor.
 */
final class OwnLag {
  private static final long NOT_ARMED = Long.MAX_VALUE;
  static final long LATE_NANOS = GeneratorHealth.LAG_FLOOR_MICROS * 1000;

  private final LongSupplier cpuNanos;
  private final LongSupplier pauseNanos;
  private long armedForNanos = NOT_ARMED;
  private long wokeNanos;
  private long asleepCpuNanos = -1;
  private long asleepPauseNanos;
  /** The thread's CPU time and the pauses while it was asleep; NOT_ARMED when not looked at. */
  private long workedNanos = NOT_ARMED;

  /**
   * @param cpuNanos the thread's CPU time so far, negative when unknown (then every lag is its own)
   * @param pauseNanos the JVM's collection pauses so far
   */
  OwnLag(LongSupplier cpuNanos, LongSupplier pauseNanos) {
    this.cpuNanos = cpuNanos;
    this.pauseNanos = pauseNanos;
  }

  /** The split for the calling thread: its CPU clock and this JVM's collectors. */
  static OwnLag ofCurrentThread() {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    // an array: a list's iterator was an object at every wake-up
    GarbageCollectorMXBean[] collectors =
        ManagementFactory.getGarbageCollectorMXBeans().toArray(GarbageCollectorMXBean[]::new);
    LongSupplier cpu = threads.isCurrentThreadCpuTimeSupported() ? threads::getCurrentThreadCpuTime : () -> -1;
    return new OwnLag(cpu, () -> {
      long millis = 0;
      for (GarbageCollectorMXBean c : collectors) {
        millis += Math.max(0, c.getCollectionTime());
      }
      return millis * 1_000_000;
    });
  }

  /**
   * The thread is done with a wake-up and sleeps until its timer wakes it at {@code wakeAtNanos};
   * a negative one when it comes back without its timer (catching up), owning those messages' lag.
   */
  void asleep(long wakeAtNanos) {
    if (wakeAtNanos < 0) {
      armedForNanos = NOT_ARMED;
      return;
    }
    armedForNanos = wakeAtNanos;
    asleepCpuNanos = cpuNanos.getAsLong();
    asleepPauseNanos = pauseNanos.getAsLong();
  }

  /** The thread woke at {@code nowNanos} to take up what is due, the oldest at {@code oldestDueNanos}. */
  void wokeUp(long nowNanos, long oldestDueNanos) {
    wokeNanos = nowNanos;
    workedNanos = NOT_ARMED;
    if (armedForNanos == NOT_ARMED || nowNanos - oldestDueNanos <= LATE_NANOS || asleepCpuNanos < 0) {
      return;
    }
    long cpu = cpuNanos.getAsLong();
    if (cpu >= 0) {
      workedNanos = Math.max(0, cpu - asleepCpuNanos) + Math.max(0, pauseNanos.getAsLong() - asleepPauseNanos);
    }
  }

  /**
   * The part of a message's {@code lagNanos} (due at {@code dueNanos}, taken up at {@code nowNanos},
   * in this wake-up) that the machine, not the generator, caused.
   */
  long machinePart(long lagNanos, long dueNanos, long nowNanos) {
    if (workedNanos == NOT_ARMED) {
      return 0;
    }
    long meant = Math.max(0, armedForNanos - dueNanos);
    long own = Math.min(lagNanos, meant + workedNanos + Math.max(0, nowNanos - wokeNanos));
    return Math.max(0, lagNanos - own);
  }
}
