package wsarena.ui;

import javafx.application.Application;
import javafx.stage.Stage;
import wsarena.run.Targets;
import wsarena.ui.export.DialogSaveLocation;
import wsarena.run.RunSource;
import wsarena.text.Sentences;

/**
 * The JavaFX application. Started by {@link wsarena.Launcher} through {@link #open}, so a plain
 * {@code java -jar} works with JavaFX on the class path.
 */
public final class WsarenaApp extends Application {
  /**
   * JavaFX's own logger. Kept in a field: a logger's filter is lost when the logger is collected.
   * Its warning that JavaFX was loaded from the class path is expected here (a plain {@code java
   * -jar}) and says nothing a user can act on, so only that message is dropped.
   */
  private static final java.util.logging.Logger JAVAFX_LOG = java.util.logging.Logger.getLogger("javafx");

  /** What {@link #open} was given: JavaFX makes the application itself, so it is handed over here. */
  private static volatile WindowOptions launched = WindowOptions.none();

  /**
   * Opens the window and returns when it is closed.
   *
   * @return 0, or 1 when the window could not open (the reason is printed as a sentence)
   */
  public static int open(WindowOptions options) {
    JAVAFX_LOG.setFilter(
        r -> r.getMessage() == null || !r.getMessage().startsWith("Unsupported JavaFX configuration"));
    launched = options;
    try {
      launch(WsarenaApp.class);
      return 0;
    } catch (RuntimeException | Error e) {
      // typically no display (an SSH session, a server): say so, and point to the command line
      String reason = Sentences.of(e);
      System.err.println(
          "wsarena: the window cannot open here ("
              + reason
              + "); the command line works without a display: wsarena --help");
      return 1;
    }
  }

  @Override
  public void start(Stage stage) {
    WindowOptions options = launched;
    UiSettings settings = UiSettings.forCurrentUser();
    Targets targets = Targets.standard();
    new MainWindow(
            stage,
            options,
            settings,
            targets.catalog(),
            RunSource.of(targets),
            owner -> new DialogSaveLocation(owner, settings))
        .show();
  }
}
