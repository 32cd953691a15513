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

  private final AnimationTimer timer =
      new AnimationTimer() {
        @Override
        public void handle(long now) {
          if (lastNanos > 0) {
            long gapMicros = (now - lastNanos) / 1000;
            gapsMicros.recordValue(Math.min(gapMicros, gapsMicros.getHighestTrackableValue()));
            if (gapMicros > STALL_MILLIS * 1000) {
              stalls++;
            }
          } else {
            startNanos = now;
          }
          lastNanos = now;
          frames++;
        }
      };

  public FxThreadProbe(PrintStream out) {
    this.out = out;
  }

  public void start() {
    timer.start();
  }

  public void stop() {
    timer.stop();
  }

  /** Forgets the figures so far, e.g. when a run starts. */
  public void reset() {
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

  /** Prints one line: frames, time span, frame gap percentiles, worst gap and stalls. */
  public void report(String when) {
    double seconds = lastNanos > 0 ? (lastNanos - startNanos) / 1e9 : 0;
    out.println(
        String.format(
            Locale.ROOT,
            "fx-probe %s: %d frames in %.1f s, frame gap p50 %.1f ms, p99 %.1f ms, max %.1f ms, gaps over %d ms: %d",
            when,
            frames,
            seconds,
            gapsMicros.getValueAtPercentile(50) / 1000.0,
            gapsMicros.getValueAtPercentile(99) / 1000.0,
            worstGapMillis(),
            STALL_MILLIS,
            stalls));
    out.flush();
  }
}
