package wsarena.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.function.IntSupplier;
import javafx.animation.PauseTransition;
import javafx.scene.Scene;
import javafx.util.Duration;
import wsarena.metrics.Outcome;
import wsarena.ui.export.PngExport;
import wsarena.ui.export.ScreenPicture;
import wsarena.ui.run.RunController;
import wsarena.ui.run.RunUpdate;
import wsarena.text.Sentences;

/**
 * {@code --screenshot FILE}: a PNG of the whole window 80 % into the measured phase of the (last)
 * run, which is then stopped, and the app quits; with saved runs given instead, a PNG once they are
 * shown; with {@code --screenshot-charts DIR}, the Compare view's charts too, as Export saves them.
 * Used to regenerate the README's pictures ({@code src/site/screenshots.sh}).
 */
final class Screenshot {
  /** How far into the measured phase the picture is taken: the charts are full, the run not over. */
  private static final double INTO_MEASURED = 0.8;

  private final Path file;
  private final WindowOptions options;
  private final Scene scene;
  private final RunController controller;
  private final IntSupplier runsOnScreen;
  private final Runnable quit;
  /** The Compare view's charts as Export lays them out, by file name, for {@code --screenshot-charts}. */
  private final java.util.function.Supplier<java.util.Map<String, javafx.scene.image.Image>> charts;
  private final PhaseClock clock = new PhaseClock();
  private boolean taken;
  private boolean written;
  private boolean finished;
  /** The run broke down without a result: there is nothing worth a picture. */
  private boolean crashed;
  private Runnable beforePicture = () -> {};

  /**
   * @param runsOnScreen how many runs are side by side: nothing to picture while none
   * @param quit closes the window and ends the app
   */
  Screenshot(
      Path file, WindowOptions options, Scene scene, RunController controller, IntSupplier runsOnScreen, Runnable quit,
      java.util.function.Supplier<java.util.Map<String, javafx.scene.image.Image>> charts) {
    this.charts = charts;
    this.file = file;
    this.options = options;
    this.scene = scene;
    this.controller = controller;
    this.runsOnScreen = runsOnScreen;
    this.quit = quit;
  }

  /** Follows the run after the views drew the batch, so the picture shows it. */
  void onRunUpdates(List<RunUpdate> batch) {
    clock.follow(batch);
    for (RunUpdate event : batch) {
      switch (event) {
        case RunUpdate.Finished f when f.result().outcome() == Outcome.FAILED ->
            System.err.println("wsarena: the run failed: " + f.result().failure());
        case RunUpdate.Crashed c -> {
          System.err.println("wsarena: " + c.message());
          crashed = true;
        }
        default -> {}
      }
    }
    if (finished) {
      return;
    }
    if (controller.state() == RunController.State.IDLE) {
      // every target has ended: picture what is there (a run that ended early, or failed)
      finished = true;
      if (!taken && !crashed) {
        take();
      }
      quitWhenDone();
      return;
    }
    RunUpdate.Started current = clock.current();
    boolean lastTarget = current != null && !current.moreFollow();
    if (!taken && lastTarget && clock.measuredMillis() >= current.scenario().load().duration().toMillis() * INTO_MEASURED) {
      take();
      controller.stop();
    }
  }

  /** Opened results are on screen: without a run to wait for, the picture is taken now. */
  void openedShown() {
    if (options.demo() || options.compare() || taken) {
      return;
    }
    finished = true;
    // a few frames for the charts to lay out their new data before the picture
    PauseTransition settle = new PauseTransition(Duration.millis(800));
    settle.setOnFinished(e -> {
      take();
      quitWhenDone();
    });
    settle.play();
  }

  void openedFailed(String sentence) {
    if (options.demo() || options.compare()) {
      return;
    }
    System.err.println("wsarena: " + sentence);
    if (runsOnScreen.getAsInt() == 0) {
      finished = true;
      quitWhenDone();
    }
  }

  /** Runs just before the picture is taken: the FX probe ends its stretch there, the picture is not the run's. */
  void beforePicture(Runnable hook) {
    beforePicture = hook;
  }

  /** Takes the picture on the FX thread and writes it on another, so no frame waits for it. */
  private void take() {
    taken = true;
    beforePicture.run();
    // as on screen, with every change handed to the charts drawn: a snapshot does not wait for the chart thread
    var image = ScreenPicture.of(scene.getRoot(), scene.getFill());
    var pictures = options.screenshotCharts().isPresent() ? charts.get() : java.util.Map.<String, javafx.scene.image.Image>of();
    Background.run(
        "screenshot",
        () -> {
          PngExport.write(image, file);
          for (var p : pictures.entrySet()) {
            PngExport.write(p.getValue(), options.screenshotCharts().get().resolve(p.getKey()));
          }
          return file;
        },
        saved -> {
          System.out.println("wsarena: window screenshot written to " + saved.toAbsolutePath());
          written = true;
          quitWhenDone();
        },
        failure -> {
          System.err.println("wsarena: could not write " + file + ": " + Sentences.of(failure));
          written = true;
          quitWhenDone();
        });
  }

  /** Quits once the run has ended and the picture is on disk (or could not be written). */
  private void quitWhenDone() {
    if (finished && (written || !taken)) {
      quit.run();
    }
  }
}
