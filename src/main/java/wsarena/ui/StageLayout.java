package wsarena.ui;

import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;

/** The stage as it first shows: its icon, the whole screen up to 1920 wide (a
 * projector, a laptop), else a window of 1600×1000 at most, full screen if asked. */
final class StageLayout {
  /** Screens up to this wide get the whole screen; wider ones a window of 1600×1000 at most. */
  private static final double PROJECTOR_WIDTH = 1920;

  private StageLayout() {}

  static void apply(Stage stage, Scene scene, boolean fullScreen) {
    stage.setTitle("wsarena");
    stage.getIcons().setAll(AppIcons.load());
    stage.setScene(scene);
    // below this the form and two chart columns no longer fit side by side
    stage.setMinWidth(1024);
    stage.setMinHeight(680);
    Rectangle2D screen = Screen.getPrimary().getVisualBounds();
    if (screen.getWidth() <= PROJECTOR_WIDTH) {
      // a projector or a laptop (1280×720 … 1920×1080): the whole screen is for the demo
      stage.setX(screen.getMinX());
      stage.setY(screen.getMinY());
      stage.setWidth(screen.getWidth());
      stage.setHeight(screen.getHeight());
    } else {
      stage.setWidth(Math.min(1600, screen.getWidth() * 0.95));
      stage.setHeight(Math.min(1000, screen.getHeight() * 0.95));
    }
    // Esc stops a run (in a demo, full screen most of all); F11 leaves full screen as it entered it
    stage.setFullScreenExitHint("Press F11 to leave full screen");
    stage.setFullScreenExitKeyCombination(javafx.scene.input.KeyCombination.NO_MATCH);
    stage.setFullScreen(fullScreen);
  }
}
