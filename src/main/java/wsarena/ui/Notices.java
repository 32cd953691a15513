package wsarena.ui;

import javafx.animation.PauseTransition;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
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
  /** Room the bar keeps beside its message: its padding and close button. */
  private static final double MESSAGE_MARGIN = 90;

  private final NotificationPane pane;
  private final PauseTransition autoHide = new PauseTransition(CONFIRMATION_TIME);
  private String text = "";
  /** True while the notice shown is {@link #warnDuringRun a warning about the run going on}. */
  private boolean runWarning;
  /** The shown notice's kind (notice-warning, notice-error, notice-info), the style class of its bar. */
  private String kind = "";

  public Notices(Node content) {
    pane = new NotificationPane(content);
    pane.setId("notices");
    pane.setShowFromTop(true);
    pane.setCloseButtonVisible(true);
    autoHide.setOnFinished(e -> pane.hide());
    pane.skinProperty().addListener((obs, old, now) -> markBar());
  }

  /**
   * Puts the notice's kind on the bar, which its colours follow (app.css). Not on the pane: a style
   * class there made JavaFX style the whole window under it again (1,475 nodes), a 50-80 ms pass on
   * the FX thread when "load generator bound" came up at the start of a heavy run's measuring (a
   * flight recording of src/site/window-stress.sh). The bar is the pane's skin's; until the pane has
   * one, its skin's arrival puts the kind on.
   */
  private void markBar() {
    Node bar = pane.getSkin() == null || kind.isEmpty() ? null : pane.lookup(".notification-bar");
    if (bar != null && !bar.getStyleClass().contains(kind)) {
      bar.getStyleClass().removeAll("notice-warning", "notice-error", "notice-info");
      bar.getStyleClass().add(kind);
    }
  }

  public NotificationPane node() {
    return pane;
  }

  /** A warning about the run: it stays. */
  public void warn(String text) {
    show(text, Feather.ALERT_TRIANGLE, "notice-warning", false);
  }

  /**
   * A warning about the run going on (e.g. "load generator bound"): it stays while the run goes
   * and leaves when it ends ({@link #runEnded}); the finished run's result tile keeps it.
   */
  public void warnDuringRun(String text) {
    warn(text);
    runWarning = true;
  }

  /** The run ended: a warning about it while it went is no longer news. */
  public void runEnded() {
    if (runWarning && pane.isShowing()) {
      clear();
    }
    runWarning = false;
  }

  /**
   * A run starts: the last run's warnings and errors go; an offer to undo (earlier runs set aside
   * for this run, say) stays until it fades.
   */
  public void runStarted() {
    if (!kind.equals("notice-info") || pane.getActions().isEmpty()) {
      clear();
    }
    runWarning = false;
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

  /** Hides an error once the run it was about is no longer on screen; warnings and confirmations stay. */
  public void dismissError() {
    if (pane.isShowing() && kind.equals("notice-error")) {
      clear();
    }
  }

  /** The text shown now, or empty when hidden. */
  public String text() {
    return pane.isShowing() ? text : "";
  }

  private void show(String text, Feather icon, String styleClass, boolean fades) {
    runWarning = false;
    autoHide.stop();
    autoHide.setDuration(CONFIRMATION_TIME);
    pane.getActions().clear();
    this.text = text;
    kind = styleClass;
    FontIcon graphic = new FontIcon(icon);
    graphic.getStyleClass().add("notice-icon");
    // the bar's own label cuts a long cause off with "…": this one wraps, so the whole sentence is read
    Label message = new Label(text, graphic);
    message.setId("notice-text");
    message.getStyleClass().add("notice-text");
    message.setWrapText(true);
    message.setMinHeight(Region.USE_PREF_SIZE);
    message.maxWidthProperty().bind(pane.widthProperty().subtract(MESSAGE_MARGIN));
    if (pane.isShowing()) {
      pane.setText("");
      pane.setGraphic(message);
    } else {
      pane.show("", message);
    }
    markBar();
    if (fades) {
      autoHide.playFromStart();
    }
  }
}
