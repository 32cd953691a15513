package wsarena.ui;

import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.concurrent.Task;

/**
 * The one bridge for one-shot jobs (host probe, file writing): the job runs on a daemon thread,
 * and its outcome comes back on the FX thread through JavaFX's {@link Task}.
 */
public final class Background {
  private Background() {}

  /**
   * Runs {@code job} off the FX thread; {@code done} or {@code failed} is then called on the FX
   * thread.
   */
  public static <T> void run(String name, Callable<T> job, Consumer<T> done, Consumer<Throwable> failed) {
    Task<T> task =
        new Task<>() {
          @Override
          protected T call() throws Exception {
            return job.call();
          }
        };
    task.setOnSucceeded(e -> done.accept(task.getValue()));
    task.setOnFailed(e -> failed.accept(task.getException()));
    Thread.ofPlatform().name("wsarena-" + name).daemon(true).start(task);
  }
}
