package wsarena.ui;

import javafx.animation.PauseTransition;
import javafx.scene.Node;
import javafx.util.Duration;
import org.controlsfx.control.NotificationPane;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Messages at the top of the dashboard, where the eyes already are: warnings from the run (e.g.
 * "load generator bound") and errors stay until closed or the next run; confirmations fade after a
 * few seconds. Built on ControlsFX's {@link NotificationPane}.
 */
public final class Notices {
  private static final Duration CONFIRMATION_TIME = Duration.seconds(5);

  private final NotificationPane pane;
  private final PauseTransition autoHide = new PauseTransition(CONFIRMATION_TIME);

  public Notices(Node content) {
    pane = new NotificationPane(content);
    pane.setId("notices");
    pane.setShowFromTop(true);
    pane.setCloseButtonVisible(true);
    autoHide.setOnFinished(e -> pane.hide());
  }

  public NotificationPane node() {
    return pane;
  }

  /** A warning about the run: it stays. */
  public void warn(String text) {
    show(text, Feather.ALERT_TRIANGLE, "notice-warning", false);
  }

  /** An error with its cause: it stays. */
  public void error(String text) {
    show(text, Feather.X_OCTAGON, "notice-error", false);
  }

  /** A confirmation, e.g. a file saved: it fades. */
  public void info(String text) {
    show(text, Feather.CHECK_CIRCLE, "notice-info", true);
  }

  /** How long an undo is offered. */
  private static final Duration UNDO_TIME = Duration.seconds(12);

  /**
   * Says that something was set aside, with an Undo button that puts it back; it fades after a
   * while, and the next notice replaces it.
   */
  public void undoable(String text, Runnable undo) {
    show(text, Feather.CORNER_UP_LEFT, "notice-info", true);
    autoHide.setDuration(UNDO_TIME);
    autoHide.playFromStart();
    pane.getActions().setAll(new org.controlsfx.control.action.Action("Undo", e -> {
      pane.getActions().clear();
      pane.hide();
      undo.run();
    }));
  }

  public void clear() {
    autoHide.stop();
    pane.hide();
  }

  /** The text shown now, or empty when hidden. */
  public String text() {
    return pane.isShowing() ? pane.getText() : "";
  }

  private void show(String text, Feather icon, String styleClass, boolean fades) {
    autoHide.stop();
    autoHide.setDuration(CONFIRMATION_TIME);
    pane.getActions().clear();
    pane.getStyleClass().removeAll("notice-warning", "notice-error", "notice-info");
    pane.getStyleClass().add(styleClass);
    FontIcon graphic = new FontIcon(icon);
    graphic.getStyleClass().add("notice-icon");
    if (pane.isShowing()) {
      pane.setText(text);
      pane.setGraphic(graphic);
    } else {
      pane.show(text, graphic);
    }
    if (fades) {
      autoHide.playFromStart();
    }
  }
}
