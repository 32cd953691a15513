package wsarena.ui.chart;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.layout.Pane;

/**
 * Parts stacked top to bottom, each drawn whole (its lines wrapped to the width) or not at all:
 * when the height does not hold them all, the least important give way. A VBox squeezed every
 * wrapped line of the result tile to one line ending in "…" at 1280×720 ("Measured on this
 * machine (AMD EPYC, 2 …"), which said less than leaving the line out. The most important part is
 * always drawn. Parts that are not managed take no room, as in a VBox.
 */
final class WholeLines extends Pane {
  private final List<Node> importance;
  private final double spacing;

  /**
   * @param readingOrder the parts, top to bottom
   * @param importance the same parts, the one kept longest first
   */
  WholeLines(double spacing, List<Node> readingOrder, List<Node> importance) {
    if (!Set.copyOf(readingOrder).equals(Set.copyOf(importance))) {
      throw new IllegalArgumentException("the importance order must name the same parts");
    }
    this.spacing = spacing;
    this.importance = List.copyOf(importance);
    getChildren().setAll(readingOrder);
  }

  @Override
  protected double computeMinHeight(double width) {
    return 0;
  }

  @Override
  protected double computePrefHeight(double width) {
    Insets in = getInsets();
    double inner = width < 0 ? -1 : width - in.getLeft() - in.getRight();
    double h = 0;
    int parts = 0;
    for (Node n : getManagedChildren()) {
      h += n.prefHeight(inner);
      parts++;
    }
    return in.getTop() + in.getBottom() + h + Math.max(0, parts - 1) * spacing;
  }

  @Override
  protected double computePrefWidth(double height) {
    Insets in = getInsets();
    double w = 0;
    for (Node n : getManagedChildren()) {
      w = Math.max(w, n.prefWidth(-1));
    }
    return in.getLeft() + in.getRight() + w;
  }

  @Override
  protected void layoutChildren() {
    Insets in = getInsets();
    double width = getWidth() - in.getLeft() - in.getRight();
    double room = getHeight() - in.getTop() - in.getBottom();
    Set<Node> kept = new HashSet<>();
    double used = 0;
    for (Node n : importance) {
      if (!n.isManaged()) {
        continue;
      }
      double add = n.prefHeight(width) + (kept.isEmpty() ? 0 : spacing);
      if (kept.isEmpty() || used + add <= room + 0.5) {
        kept.add(n);
        used += add;
      }
    }
    double y = in.getTop();
    for (Node n : getManagedChildren()) {
      boolean shown = kept.contains(n);
      n.setVisible(shown);
      if (shown) {
        double h = n.prefHeight(width);
        n.resizeRelocate(in.getLeft(), y, width, h);
        y += h + spacing;
      }
    }
  }
}
