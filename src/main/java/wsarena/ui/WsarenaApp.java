package wsarena.ui;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import wsarena.engine.EngineCatalog;
import wsarena.ui.export.DialogSaveLocation;
import wsarena.ui.run.RunStarter;

/**
 * The JavaFX application. Started by {@link wsarena.Launcher} through {@link #open}, so a plain
 * {@code java -jar} works with JavaFX on the class path.
 */
public final class WsarenaApp extends Application {

  /** Opens the window and returns when it is closed. */
  public static void open(String[] args) {
    launch(WsarenaApp.class, args);
  }

  @Override
  public void start(Stage stage) {
    WindowOptions options;
    try {
      options = WindowOptions.parse(getParameters().getRaw());
    } catch (IllegalArgumentException e) {
      System.err.println("wsarena: " + e.getMessage());
      Platform.exit();
      return;
    }
    UiSettings settings = UiSettings.forCurrentUser();
    EngineCatalog catalog = EngineCatalog.standard();
    new MainWindow(
            stage,
            options,
            settings,
            catalog,
            RunStarter.real(catalog),
            owner -> new DialogSaveLocation(owner, settings))
        .show();
  }
}
