package wsarena.testsupport;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.HdrHistogram.Histogram;
import wsarena.metrics.CoreWaitClock;

/**
 * How late this machine wakes a thread while a test runs: a thread that asks to be woken every
 * millisecond and records how late it was, corrected for coordinated omission the way the generator's
 * schedule is (a 9 ms stall counts every wake-up it swallowed, not one late wake-up), in windows as
 * long as a run's intervals. A test that judges the generator's punctuality stands aside when the
 * machine itself was not punctual in some window: other work on shared cores makes the generator's
 * lag real there, and a warning about it right. (Probing only before and after a run missed stalls
 * that came and went during it.)
 *
 * <p>It also tells how much of each wake-up's lateness it spent runnable but waiting for a core
 * (its own {@link CoreWaitClock}), which the generator's self-check sets apart as the machine's: a
 * test can then judge the generator on a machine whose stalls are all waits for a core, and stand
 * aside only where the machine was late in some other way (a timer that fired late).
 */
public final class TimerCanary implements AutoCloseable {
  private static final long PERIOD_NANOS = TimeUnit.MILLISECONDS.toNanos(1);

  private final long windowNanos;
  private boolean restart;
  /** Each window's lateness, and the same less the time the canary waited for a core meanwhile. */
  private record Window(Histogram late, Histogram notWaiting) {}

  private final List<Window> windows = new ArrayList<>();
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
    Window window = newWindow();
    try (CoreWaitClock waits = CoreWaitClock.ofCurrentThread()) {
      while (running) {
        long waitedBefore = waits.waitedNanos();
        long start = System.nanoTime();
        LockSupport.parkNanos(PERIOD_NANOS);
        long now = System.nanoTime();
        long waited = waits.waitedNanos() - waitedBefore;
        long late = Math.max(0, TimeUnit.NANOSECONDS.toMicros(now - start - PERIOD_NANOS));
        long notWaiting = Math.max(0, late - TimeUnit.NANOSECONDS.toMicros(waited));
        synchronized (windows) {
          if (restart) {
            restart = false;
            windows.clear();
            window = newWindow();
            windowStart = now;
          }
          record(window.late(), late, expectedMicros);
          record(window.notWaiting(), notWaiting, expectedMicros);
          if (now - windowStart >= windowNanos) {
            window = newWindow();
            windowStart = now;
          }
        }
      }
    }
  }

  private static void record(Histogram h, long micros, long expectedMicros) {
    h.recordValueWithExpectedInterval(Math.min(micros, h.getHighestTrackableValue()), expectedMicros);
  }

  private Window newWindow() {
    Window w = new Window(new Histogram(TimeUnit.SECONDS.toMicros(10), 3), new Histogram(TimeUnit.SECONDS.toMicros(10), 3));
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
    return worst(Window::late, percentile);
  }

  /**
   * The same, of each wake-up's lateness less the time the canary was runnable but waiting for a
   * core meanwhile: how late the machine was in ways other than holding a thread off its cores.
   */
  public long worstWindowLatenessNotWaitingMicros(double percentile) {
    return worst(Window::notWaiting, percentile);
  }

  private long worst(java.util.function.Function<Window, Histogram> which, double percentile) {
    synchronized (windows) {
      return windows.stream().map(which).filter(h -> h.getTotalCount() > 0).mapToLong(h -> h.getValueAtPercentile(percentile)).max().orElse(0);
    }
  }

  @Override
  public void close() throws InterruptedException {
    running = false;
    LockSupport.unpark(thread);
    thread.join();
  }
}
