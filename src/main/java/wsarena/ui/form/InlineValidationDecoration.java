package wsarena.ui.form;

import atlantafx.base.theme.Styles;
import java.util.HashMap;
import java.util.Map;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import org.controlsfx.validation.Severity;
import org.controlsfx.validation.ValidationMessage;
import org.controlsfx.validation.decoration.ValidationDecoration;

/**
 * Shows a ControlsFX validation message as text right under its field, and marks the field in the
 * theme's danger colour: a message you can read without hovering, also on a projector.
 */
final class InlineValidationDecoration implements ValidationDecoration {
  private final Map<Control, Label> messages = new HashMap<>();
  /** What each field says as the form now is, whether or not it was edited yet. */
  private final Map<Control, String> now = new HashMap<>();

  /** Where the messages of {@code control} appear. */
  void messageLabel(Control control, Label label) {
    messages.put(control, label);
    label.getStyleClass().add("field-message");
    show(label, "");
  }

  @Override
  public void removeDecorations(Control target) {
    // ControlsFX clears before it decorates again, and later than the form's own check: keep what
    // the form says now
    String text = now.getOrDefault(target, "");
    target.pseudoClassStateChanged(Styles.STATE_DANGER, !text.isEmpty());
    Label label = messages.get(target);
    if (label != null) {
      show(label, text);
    }
  }

  @Override
  public void applyValidationDecoration(ValidationMessage message) {
    if (message.getSeverity() != Severity.ERROR) {
      return;
    }
    message.getTarget().pseudoClassStateChanged(Styles.STATE_DANGER, true);
    Label label = messages.get(message.getTarget());
    if (label != null) {
      show(label, message.getText());
    }
  }

  /**
   * Shows {@code text} under {@code control} now (empty clears it), without waiting for the user to
   * edit the field: an empty URL field says at once why Start is grey.
   */
  void showNow(Control control, String text) {
    now.put(control, text);
    control.pseudoClassStateChanged(Styles.STATE_DANGER, !text.isEmpty());
    Label label = messages.get(control);
    if (label != null) {
      show(label, text);
    }
  }

  @Override
  public void applyRequiredDecoration(Control target) {
    // every field has a sensible default: nothing is marked as required
  }

  private static void show(Label label, String text) {
    label.setText(capitalized(text));
    label.setVisible(!text.isEmpty());
    label.setManaged(!text.isEmpty());
  }

  static String capitalized(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }
}
