package wsarena.ui;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleButton;
import org.controlsfx.control.SegmentedButton;

/**
 * A ControlsFX {@link SegmentedButton} over a fixed set of choices, bound to one value. Unlike a
 * bare toggle group it never ends up with nothing selected.
 */
public final class SegmentedChoice<T> extends SegmentedButton {
  private final ObjectProperty<T> value = new SimpleObjectProperty<>();
  private final Map<T, ToggleButton> buttons = new LinkedHashMap<>();

  @SafeVarargs
  public SegmentedChoice(Function<T, String> label, T... choices) {
    for (T choice : choices) {
      ToggleButton b = new ToggleButton(label.apply(choice));
      b.setUserData(choice);
      b.setFocusTraversable(true);
      // the skin joins buttons to the group only when it is created; selection needs it now
      b.setToggleGroup(getToggleGroup());
      b.setMaxWidth(Double.MAX_VALUE);
      javafx.scene.layout.HBox.setHgrow(b, javafx.scene.layout.Priority.ALWAYS);
      buttons.put(choice, b);
      getButtons().add(b);
    }
    getToggleGroup()
        .selectedToggleProperty()
        .addListener(
            (obs, old, now) -> {
              if (now == null) {
                // clicking the selected segment would leave none selected: keep it
                if (old != null) {
                  getToggleGroup().selectToggle(old);
                }
                return;
              }
              @SuppressWarnings("unchecked")
              T chosen = (T) now.getUserData();
              value.set(chosen);
            });
    value.addListener((obs, old, now) -> select(now));
    if (choices.length > 0) {
      value.set(choices[0]);
      select(choices[0]);
    }
  }

  private void select(T choice) {
    Toggle b = buttons.get(choice);
    if (b != null && getToggleGroup().getSelectedToggle() != b) {
      getToggleGroup().selectToggle(b);
    }
  }

  public ObjectProperty<T> valueProperty() {
    return value;
  }

  /** The button of one choice, e.g. to give it an id or a tooltip. */
  public ToggleButton button(T choice) {
    return buttons.get(choice);
  }
}
