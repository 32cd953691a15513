package wsarena.run;

import java.time.Duration;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import wsarena.load.ClientLoad;
import wsarena.scenario.Scenario;
import wsarena.scenario.Workload;

/**
 * The draining phase's wait: once sending stopped, the last answers (and a broadcast's last
 * deliveries) may still come, so that each message in flight gets its fate before the last sample.
 */
final class Drain {
  /**
   * How long the last answers may take once sending stopped, beyond the timeout: by then every
   * message in flight is answered or given up on, so each has its fate.
   */
  private static final Duration DRAIN_GRACE = Duration.ofSeconds(1);
  /** Broadcast drain: no delivery for this long means the fan-out is complete. */
  private static final long QUIET_NANOS = 200_000_000;

  private Drain() {}

  /** Waits until nothing is awaited any more, the time is up, or {@code stopRequested}. */
  static void await(Scenario scenario, ClientLoad generator, BooleanSupplier stopRequested) {
    try {
      long deadline = System.nanoTime() + scenario.load().timeout().plus(DRAIN_GRACE).toNanos();
      while (!stopRequested.getAsBoolean() && generator.pending() > 0 && generator.connectionsOpen() > 0
          && System.nanoTime() < deadline) {
        LockSupport.parkNanos(Run.MAX_PARK_NANOS);
      }
      // Broadcast deliveries to other connections may still be on their way: wait until quiet.
      long seen = -1;
      while (!stopRequested.getAsBoolean() && scenario.workload() == Workload.BROADCAST && System.nanoTime() < deadline
          && generator.receivedSoFar() != seen) {
        seen = generator.receivedSoFar();
        LockSupport.parkNanos(QUIET_NANOS);
      }
    } catch (RuntimeException e) {
      // draining is best effort
    }
  }
}
