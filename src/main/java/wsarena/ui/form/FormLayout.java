package wsarena.ui.form;

import atlantafx.base.theme.Styles;
import java.util.function.Function;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.controlsfx.control.ToggleSwitch;

/**
 * The scenario pane's building blocks: a field with its caption beside or above it, its message
 * and hint under it, section titles, switches, and pickers that show a value's name.
 */
final class FormLayout {
  private FormLayout() {}

  static Node row(String caption, Control control, String hint) {
    Label label = new Label(caption);
    label.getStyleClass().add("field-caption");
    label.setMinWidth(Region.USE_PREF_SIZE);
    label.setLabelFor(control);
    HBox line = new HBox(label, control);
    line.setAlignment(Pos.CENTER_LEFT);
    line.getStyleClass().add("field-row");
    HBox.setHgrow(control, Priority.ALWAYS);
    control.setMaxWidth(Double.MAX_VALUE);
    VBox box = new VBox(line);
    if (control.getProperties().get("message") instanceof Label message) {
      box.getChildren().add(message);
    }
    if (hint != null) {
      Label h = new Label(hint);
      h.getStyleClass().add("field-hint");
      // a hint is read whole: it wraps under its field rather than end in "…"
      h.setWrapText(true);
      h.setMinHeight(Region.USE_PREF_SIZE);
      box.getChildren().add(h);
    }
    box.getStyleClass().add("field");
    return box;
  }

  /** A caption above its control, for controls whose text needs the pane's full width. */
  static Node stacked(String caption, Control control) {
    Label label = new Label(caption);
    label.getStyleClass().add("field-caption-above");
    label.setLabelFor(control);
    control.setMaxWidth(Double.MAX_VALUE);
    VBox box = new VBox(label, control);
    if (control.getProperties().get("message") instanceof Label message) {
      box.getChildren().add(message);
    }
    box.getStyleClass().add("field");
    return box;
  }

  static Node wide(Node node) {
    HBox box = new HBox(node);
    HBox.setHgrow(node, Priority.ALWAYS);
    box.getStyleClass().add("field");
    return box;
  }

  static Label section(String title) {
    Label l = new Label(title);
    l.getStyleClass().addAll("form-section", Styles.TEXT_CAPTION);
    return l;
  }

  static ToggleSwitch toggle(String id, String text) {
    ToggleSwitch t = new ToggleSwitch(text);
    t.setId(id);
    return t;
  }


  static String capital(String text) {
    return InlineValidationDecoration.capitalized(text) + ".";
  }

  static <T> StringConverter<T> converter(Function<T, String> text) {
    return new StringConverter<>() {
      @Override
      public String toString(T value) {
        return text.apply(value);
      }

      @Override
      public T fromString(String s) {
        throw new UnsupportedOperationException();
      }
    };
  }

  static <T> ListCell<T> cell(Function<T, String> text) {
    return new ListCell<>() {
      @Override
      protected void updateItem(T item, boolean empty) {
        super.updateItem(item, empty);
        setText(empty || item == null ? null : text.apply(item));
      }
    };
  }

}
