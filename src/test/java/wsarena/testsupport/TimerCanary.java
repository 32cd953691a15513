package wsarena.testsupport;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.HdrHistogram.Histogram;

/**
 * How late this machine wakes a thread while a test runs: a thread that asks to be woken every
 * millisecond and records how late it was, corrected for coordinated omission the way the generator's
 * schedule is (a 9 ms stall counts every wake-up it swallowed, not one late wake-up), in windows as
 * long as a run's intervals. A test that judges the generator's punctuality says beside its verdict
 * how punctual the machine itself was meanwhile. (Probing only before and after a run missed stalls
 * that came and went during it.)
 */
public final class TimerCanary implements AutoCloseable {
  private static final long PERIOD_NANOS = TimeUnit.MILLISECONDS.toNanos(1);

  private final long windowNanos;
  private boolean restart;
  /** Each window's lateness. */
  private final List<Histogram> windows = new ArrayList<>();
  private final Thread thread;
  private volatile boolean running = true;

  private TimerCanary(long windowNanos) {
    this.windowNanos = windowNanos;
    this.thread = Thread.ofPlatform().daemon().name("timer-canary").start(this::watch);
  }

  /** Starts watching the machine's timer in windows of the given length; {@link #close} stops it. */
  public static TimerCanary start(java.time.Duration window) {
    return new TimerCanary(window.toNanos());
  }

  private void watch() {
    long expectedMicros = TimeUnit.NANOSECONDS.toMicros(PERIOD_NANOS);
    long windowStart = System.nanoTime();
    Histogram window = newWindow();
    while (running) {
      long start = System.nanoTime();
      LockSupport.parkNanos(PERIOD_NANOS);
      long now = System.nanoTime();
      long late = Math.max(0, TimeUnit.NANOSECONDS.toMicros(now - start - PERIOD_NANOS));
      synchronized (windows) {
        if (restart) {
          restart = false;
          windows.clear();
          window = newWindow();
          windowStart = now;
        }
        window.recordValueWithExpectedInterval(Math.min(late, window.getHighestTrackableValue()), expectedMicros);
        if (now - windowStart >= windowNanos) {
          window = newWindow();
          windowStart = now;
        }
      }
    }
  }

  private Histogram newWindow() {
    Histogram w = new Histogram(TimeUnit.SECONDS.toMicros(10), 3);
    windows.add(w);
    return w;
  }

  /**
   * Forgets what was watched so far, e.g. when a run starts measuring: a young JVM compiling the
   * code of a run's start-up keeps the cores busy for reasons that do not touch measured figures.
   */
  public void restart() {
    synchronized (windows) {
      restart = true;
    }
  }

  /** The lateness at the given percentile in the least punctual window so far, in µs. */
  public long worstWindowLatenessMicros(double percentile) {
    synchronized (windows) {
      return windows.stream().filter(h -> h.getTotalCount() > 0).mapToLong(h -> h.getValueAtPercentile(percentile)).max().orElse(0);
    }
  }

  @Override
  public void close() throws InterruptedException {
    running = false;
    LockSupport.unpark(thread);
    thread.join();
  }
}
