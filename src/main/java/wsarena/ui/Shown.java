package wsarena.ui;

import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Node;

/** A part of the window that takes no room while it is hidden. */
public final class Shown {
  private Shown() {}

  /** Shows {@code node} while {@code condition} holds; hidden, it leaves no gap in its layout. */
  public static void when(Node node, ObservableBooleanValue condition) {
    node.visibleProperty().bind(condition);
    node.managedProperty().bind(condition);
  }
}
