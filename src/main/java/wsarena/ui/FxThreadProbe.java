package wsarena.ui;

import java.io.PrintStream;
import java.util.Locale;
import javafx.animation.AnimationTimer;
import org.HdrHistogram.Histogram;

/**
 * Watches the FX thread: an animation timer notes the time between consecutive frames. A gap far
 * above the frame period means the FX thread was busy or blocked and the window did not respond
 * for that long. Started by {@code --fx-probe}; it prints its figures after each run and at exit.
 */
public final class FxThreadProbe {
  /** Gaps above this are counted as a stall the user would notice. */
  public static final long STALL_MILLIS = 100;

  private final Histogram gapsMicros = new Histogram(60_000_000L, 3);
  private final PrintStream out;
  private long lastNanos = -1;
  private long frames;
  private long stalls;
  private long startNanos;
  /** The stretch since the last frame, for a flight recording: committed when long enough. */
  private FrameGapEvent gap;
  private volatile boolean reported;
  /** What is being watched since the last reset, named in its line; null when nothing in particular. */
  private String stretch;
  private long fxCpuStartNanos = -1;
  private long rendererCpuStartNanos = -1;
  private final java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();

  private final AnimationTimer timer =
      new AnimationTimer() {
        @Override
        public void handle(long now) {
          if (gap != null) {
            gap.commit();
          }
          gap = new FrameGapEvent();
          gap.begin();
          if (lastNanos > 0) {
            long gapMicros = (now - lastNanos) / 1000;
            gapsMicros.recordValue(Math.min(gapMicros, gapsMicros.getHighestTrackableValue()));
            if (gapMicros > STALL_MILLIS * 1000) {
              stalls++;
              // the wall-clock time lets a gap be found in a flight recording (JFR) of the same run
              out.printf(Locale.ROOT, "fx-probe: %.0f ms without a frame, %.1f s after the start (at %s)%n",
                  gapMicros / 1000.0, (now - startNanos) / 1e9, java.time.LocalTime.now());
            }
          } else {
            startNanos = now;
            fxCpuStartNanos = cpuNanos("JavaFX Application Thread");
            rendererCpuStartNanos = cpuNanos("QuantumRenderer");
          }
          lastNanos = now;
          frames++;
        }
      };

  public FxThreadProbe(PrintStream out) {
    this.out = out;
  }

  /** Starts watching; the figures are also printed if the process is ended from outside. */
  public void start() {
    timer.start();
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      if (!reported) {
        report("process ending");
      }
    }, "wsarena-fx-probe-report"));
  }

  public void stop() {
    timer.stop();
  }

  /**
   * Prints the line of the stretch under way, if any, and watches {@code next} afresh: a run's ramp
   * and warm-up, its measured phase and its end each get their own line, so a gap at start-up is
   * not read as one while measuring. Null ends the last stretch.
   */
  public synchronized void stretch(String next) {
    if (stretch != null) {
      report(stretch);
    }
    reset();
    stretch = next;
  }

  /** Forgets the figures so far, e.g. when a run starts. */
  public synchronized void reset() {
    reported = false;
    gapsMicros.reset();
    frames = 0;
    stalls = 0;
    lastNanos = -1;
  }

  /** The longest time between two frames since the last reset, in milliseconds. */
  public double worstGapMillis() {
    return gapsMicros.getMaxValue() / 1000.0;
  }

  public long stalls() {
    return stalls;
  }

  /** The FX thread's CPU time since the last reset, in percent of one core over the wall time. */
  public double fxThreadCpuPercent() {
    long fx = cpuNanos("JavaFX Application Thread");
    double seconds = lastNanos > 0 ? (lastNanos - startNanos) / 1e9 : 0;
    return fxCpuStartNanos < 0 || fx < 0 || seconds <= 0 ? 0 : 100 * (fx - fxCpuStartNanos) / 1e9 / seconds;
  }

  /**
   * CPU time of the thread whose name starts with {@code prefix}: the FX thread, or JavaFX's render
   * thread (it paints what the FX thread laid out); -1 when there is none.
   */
  private long cpuNanos(String prefix) {
    for (Thread t : Thread.getAllStackTraces().keySet()) {
      if (t.getName().startsWith(prefix)) {
        return threads.getThreadCpuTime(t.threadId());
      }
    }
    return -1;
  }

  /**
   * Prints one line: frames, time span, frame gap percentiles, worst gap, stalls, and the CPU the
   * FX thread and the render thread used (the window's own cost, whatever the machine's load).
   */
  public synchronized void report(String when) {
    reported = true;
    double seconds = lastNanos > 0 ? (lastNanos - startNanos) / 1e9 : 0;
    long fx = cpuNanos("JavaFX Application Thread");
    double fxCpu = fxCpuStartNanos < 0 || fx < 0 ? 0 : (fx - fxCpuStartNanos) / 1e9;
    long renderer = cpuNanos("QuantumRenderer");
    double renderCpu = rendererCpuStartNanos < 0 || renderer < 0 ? 0 : (renderer - rendererCpuStartNanos) / 1e9;
    out.println(
        String.format(
            Locale.ROOT,
            "fx-probe %s: %d frames in %.1f s, frame gap p50 %.1f ms, p99 %.1f ms, max %.1f ms, gaps over %d ms: %d;"
                + " CPU: FX thread %.0f %%, render thread %.0f %% of one core",
            when,
            frames,
            seconds,
            gapsMicros.getValueAtPercentile(50) / 1000.0,
            gapsMicros.getValueAtPercentile(99) / 1000.0,
            worstGapMillis(),
            STALL_MILLIS,
            stalls,
            seconds > 0 ? 100 * fxCpu / seconds : 0,
            seconds > 0 ? 100 * renderCpu / seconds : 0));
    out.flush();
  }
}
