package wsarena.ui;

import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;

/** The stage as it first shows: its icon, a size that fits the screen (1600×1000 at most), full screen if asked. */
final class StageLayout {
  private StageLayout() {}

  static void apply(Stage stage, Scene scene, boolean fullScreen) {
    stage.setTitle("wsarena");
    stage.getIcons().setAll(AppIcons.load());
    stage.setScene(scene);
    // below this the form and two chart columns no longer fit side by side
    stage.setMinWidth(1024);
    stage.setMinHeight(680);
    Rectangle2D screen = Screen.getPrimary().getVisualBounds();
    stage.setWidth(Math.min(1600, screen.getWidth() * 0.95));
    stage.setHeight(Math.min(1000, screen.getHeight() * 0.95));
    // Esc stops a run (in a demo, full screen most of all); F11 leaves full screen as it entered it
    stage.setFullScreenExitHint("Press F11 to leave full screen");
    stage.setFullScreenExitKeyCombination(javafx.scene.input.KeyCombination.NO_MATCH);
    stage.setFullScreen(fullScreen);
  }
}
