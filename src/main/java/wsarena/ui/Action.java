package wsarena.ui;

import java.util.List;
import java.util.stream.Collectors;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.input.KeyCombination;
import org.kordamp.ikonli.feather.Feather;

/**
 * One thing the user can do in the window, declared once in {@link WindowActions}: its button or
 * menu item, its tooltip, its line in the shortcut list and its keys all come from here.
 *
 * @param id the id of its button or menu item, by which tests and styles find it
 * @param label the text of its button or menu item; null for an icon-only button
 * @param description what it does, as its tooltip and the shortcut list say it
 * @param icon the icon of its button or menu item; null for none
 * @param keys its keyboard shortcuts, the first one shown in menus; empty for none
 * @param handler what it does
 * @param enabled when it can be done: its button and menu item grey out otherwise, its keys do
 *     nothing
 */
record Action(
    String id,
    String label,
    String description,
    Feather icon,
    List<KeyCombination> keys,
    Runnable handler,
    ObservableBooleanValue enabled) {

  Action {
    keys = List.copyOf(keys);
  }

  /** Does it, if it can be done now. */
  void run() {
    if (enabled.get()) {
      handler.run();
    }
  }

  /** Its keys as the shortcut list and the tooltip say them, e.g. "Ctrl+Enter or F5"; empty for none. */
  String keyText() {
    return keys.stream().map(Action::keyName).collect(Collectors.joining(" or "));
  }

  /** The tooltip of its button: what it does, and its keys. */
  String tooltip() {
    return keys.isEmpty() ? description : description + " (" + keyText() + ")";
  }

  /** The platform's name of a key ("Ctrl+S", "F12"), with Enter spelt out rather than drawn as an arrow. */
  static String keyName(KeyCombination key) {
    return key.getDisplayText().replace("↵", "Enter");
  }
}
