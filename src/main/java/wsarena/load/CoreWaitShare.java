package wsarena.load;

import java.util.function.LongSupplier;
import wsarena.metrics.GeneratorHealth;

/**
 * How much of an open-loop message's send lag its generator thread spent runnable but waiting for a
 * core: time the machine (the hypervisor, other processes, an in-process target's threads) held the
 * thread off, not time the generator spent working. The self-check tells the two apart (README.md:
 * "The generator watches itself"): on this 2-core VM a thread woke 1-5 ms late a few times a second,
 * nearly all of it waiting for a core, and that lag read as "load generator bound".
 *
 * <p>The thread's run delay is read at a wake-up that finds a message due for more than the
 * self-check's lag floor (only such lags can make a warning), and otherwise at most every {@value
 * #LOOK_PERIOD_NANOS} ns, so a late wake-up compares with a reading at most that much older than the
 * previous wake-up: the waits since then are the stall's, plus the few microseconds of the ordinary
 * wake-ups in between. Reading at every wake-up would cost about 2 µs each, a tenth of what a
 * message costs at 10,000 msgs/s. A wait that interrupts the thread while it sends counts at the
 * next reading, not for the messages it delayed in that batch: it errs towards the generator.
 */
final class CoreWaitShare {
  static final long LOOK_PERIOD_NANOS = 2_000_000;
  static final long LATE_NANOS = GeneratorHealth.LAG_FLOOR_MICROS * 1000;

  private final LongSupplier waitedNanos;
  private boolean looked;
  private long lastLookNanos;
  private long lastWaitedNanos;

  /** @param waitedNanos the thread's time waiting for a core so far (e.g. {@code CoreWaitClock::waitedNanos}) */
  CoreWaitShare(LongSupplier waitedNanos) {
    this.waitedNanos = waitedNanos;
  }

  /**
   * At a wake-up at {@code nowNanos} whose oldest message was due at {@code oldestDueNanos}: how
   * long the thread waited for a core since it last looked, which a message taken up in this
   * wake-up may owe its lag to (each message at most its own lag); 0 when it did not look.
   */
  long atWakeUp(long nowNanos, long oldestDueNanos) {
    boolean late = nowNanos - oldestDueNanos > LATE_NANOS;
    if (looked && !late && nowNanos - lastLookNanos < LOOK_PERIOD_NANOS) {
      return 0;
    }
    long waited = waitedNanos.getAsLong();
    long since = looked ? Math.max(0, waited - lastWaitedNanos) : 0;
    looked = true;
    lastLookNanos = nowNanos;
    lastWaitedNanos = waited;
    return since;
  }
}
