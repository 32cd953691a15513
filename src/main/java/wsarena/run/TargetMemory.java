package wsarena.run;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.locks.LockSupport;
import wsarena.metrics.HeldMemory;
import wsarena.metrics.ProcessStats;

/**
 * An idle run's view of the target's memory: read once before the first connection and once while
 * the connections are held, each time after the memory settled, so their difference over the
 * connections is what a connection costs. A JVM that wsarena started is asked to collect garbage
 * first (its heap in use comes back with the answer); a Python server or an outside server with
 * its pid is read as it is. A target in this JVM shares its memory with the client: not measured.
 */
final class TargetMemory {
  /** One reading; -1 where not known. */
  record Reading(long rssBytes, long heapBytes) {}

  /** How often the resident memory is read while it settles. */
  private static final Duration STEP = Duration.ofMillis(200);
  /** The longest the memory may take to settle; after that the last reading stands. */
  private static final Duration MAX_WAIT = Duration.ofSeconds(5);

  private final StartedTarget target;
  private final Reading before;

  private TargetMemory(StartedTarget target, Reading before) {
    this.target = target;
    this.before = before;
  }

  /** Reads the target's memory before its first connection; empty when it cannot be read. */
  static Optional<TargetMemory> before(StartedTarget target) {
    return target.settledMemory().map(r -> new TargetMemory(target, r));
  }

  long rssBeforeBytes() {
    return before.rssBytes();
  }

  /** Reads it again while {@code connections} are held. */
  HeldMemory held(int connections) {
    Reading held = target.settledMemory().orElse(new Reading(-1, -1));
    return new HeldMemory(before.rssBytes(), held.rssBytes(), before.heapBytes(), held.heapBytes(), connections);
  }

  /**
   * The resident memory of process {@code pid} once two readings {@link #STEP} apart differ by
   * less than 0.5 % (at least 256 KiB): a JVM returns freed pages and the allocator trims a moment
   * after a collection. -1 when the process is gone.
   */
  static long settledRss(long pid) {
    long deadline = System.nanoTime() + MAX_WAIT.toNanos();
    long last = rss(pid);
    while (last >= 0 && System.nanoTime() < deadline) {
      LockSupport.parkNanos(STEP.toNanos());
      long now = rss(pid);
      if (now < 0) {
        return -1;
      }
      boolean settled = Math.abs(now - last) < Math.max(256 * 1024, last / 200);
      last = now;
      if (settled) {
        break;
      }
    }
    return last;
  }

  private static long rss(long pid) {
    ProcessStats.Reading r = ProcessStats.read(pid);
    return r == null ? -1 : r.rssBytes();
  }
}
