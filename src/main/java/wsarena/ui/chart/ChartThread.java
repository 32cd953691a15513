package wsarena.ui.chart;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

/**
 * The one thread that changes and draws the window's charts. JFreeChart objects are not
 * thread-safe, so every chart on screen belongs to this thread once its view has it: its datasets
 * change here and it is drawn here, with Java2D into pixels the FX thread only copies. Drawing on
 * the FX thread (through FXGraphics2D onto a canvas) took it 45-110 ms per batch of samples on a
 * heavy run, and the render thread as long again replaying the canvas's vector commands.
 */
final class ChartThread {
  private static final ExecutorService THREAD = Executors.newSingleThreadExecutor(task -> {
    Thread t = new Thread(task, "wsarena-charts");
    t.setDaemon(true);
    // the window's readouts and input come first: a chart drawn a frame later is not missed
    t.setPriority(Thread.NORM_PRIORITY - 1);
    return t;
  });
  private static volatile Thread current;

  private ChartThread() {}

  /** Runs {@code task} on the chart thread, after what was handed over before it. */
  static void run(Runnable task) {
    THREAD.execute(() -> {
      current = Thread.currentThread();
      task.run();
    });
  }

  /**
   * Runs {@code question} on the chart thread, between two drawings, and waits for its answer: for
   * an export's copy of a figure, which must not be read while the chart thread changes it.
   */
  static <T> T ask(Supplier<T> question) {
    if (Thread.currentThread() == current) {
      return question.get();
    }
    Future<T> answer = THREAD.submit(() -> {
      current = Thread.currentThread();
      return question.get();
    });
    try {
      return answer.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while the chart thread answered", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw new IllegalStateException(e.getCause());
    }
  }
}
