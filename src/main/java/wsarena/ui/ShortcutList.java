package wsarena.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;

/**
 * Every keyboard shortcut, read from the action table, in a panel under the toolbar's "?" (a click
 * on it or F1 opens it; Esc, a click elsewhere or a second click closes it).
 */
final class ShortcutList {
  /** What the mouse can do that no key does. */
  private static final List<String[]> MOUSE = List.<String[]>of(new String[] {"Right click on a chart", "Save or copy it as a picture"});

  private final List<String[]> lines;
  private final Tooltip panel = new Tooltip();
  private Node anchor;
  private Node below;

  ShortcutList(List<Action> actions) {
    lines = lines(actions);
    GridPane grid = new GridPane();
    grid.getStyleClass().add("shortcut-list");
    grid.setId("shortcut-list");
    for (int row = 0; row < lines.size(); row++) {
      Label keys = new Label(lines.get(row)[0]);
      keys.getStyleClass().add("shortcut-keys");
      grid.addRow(row, keys, new Label(lines.get(row)[1]));
    }
    panel.setGraphic(grid);
    panel.setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
    panel.setAutoHide(true);
  }

  /** Each action with keys as {keys, what it does}, in the table's order, then the mouse's. */
  static List<String[]> lines(List<Action> actions) {
    List<String[]> out = new ArrayList<>();
    for (Action a : actions) {
      if (!a.keys().isEmpty()) {
        out.add(new String[] {a.keyText(), a.description()});
      }
    }
    out.addAll(MOUSE);
    return out;
  }

  /** The list as text, one shortcut a line: keys, a tab, what it does. */
  String text() {
    return String.join("\n", lines.stream().map(l -> l[0] + "\t" + l[1]).toList());
  }

  /** The panel opens under {@code below} (the toolbar), its right edge lined up with {@code anchor}'s (the "?"). */
  void anchorTo(Node anchor, Node below) {
    this.anchor = anchor;
    this.below = below;
  }

  boolean isShowing() {
    return panel.isShowing();
  }

  /** Opens the panel, or closes it when open. */
  void toggle() {
    if (panel.isShowing()) {
      panel.hide();
      return;
    }
    if (anchor == null || anchor.getScene() == null) {
      return;
    }
    Bounds b = anchor.localToScreen(anchor.getBoundsInLocal());
    double top = below.localToScreen(below.getBoundsInLocal()).getMaxY();
    panel.show(anchor, b.getMinX(), top);
    // once shown it has a width: line its right edge up with the anchor's, inside the window
    panel.setAnchorX(Math.max(anchor.getScene().getWindow().getX(), b.getMaxX() - panel.getWidth()));
  }
}
