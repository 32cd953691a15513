package wsarena.ui.testing;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;

/** What the window drew cut short: labels on screen whose text is drawn ending in "…". On the FX thread. */
public final class CutText {
  private CutText() {}

  /** The labels of {@code selector} under {@code root}, shown, drawn as "… drawn as …" when cut. */
  public static List<String> under(Parent root, String selector) {
    List<String> cut = new ArrayList<>();
    for (Node n : root.lookupAll(selector)) {
      if (n instanceof Labeled label && label.getText() != null && shown(n) && label.lookup(".text") instanceof Text drawn
          && drawn.getText().endsWith("…") && !label.getText().endsWith("…")) {
        cut.add(label.getText() + " drawn as " + drawn.getText());
      }
    }
    return cut;
  }

  private static boolean shown(Node n) {
    for (Node up = n; up != null; up = up.getParent()) {
      if (!up.isVisible()) {
        return false;
      }
    }
    return n.getScene() != null;
  }
}
