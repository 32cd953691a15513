package wsarena.ui.chart;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.layout.Pane;
import javafx.scene.text.Text;

/**
 * Parts stacked top to bottom, each drawn whole (its lines wrapped to the width) or not at all:
 * when the height does not hold them all, the least important give way. A VBox squeezed every
 * wrapped line of the result tile to one line ending in "…" at 1280×720 ("Measured on this
 * machine (AMD EPYC, 2 …"), which said less than leaving the line out. The most important part is
 * always drawn. Parts that are not managed take no room, as in a VBox. One part may be drawn cut
 * to its first lines instead of left out (the result tile's warnings, whose tooltip has them whole).
 */
final class WholeLines extends Pane {
  private final List<Node> importance;
  private final double spacing;
  /** The part drawn cut to the room left (its first lines) rather than left out; null for none. */
  private final Node cutRatherThanDropped;

  /**
   * @param readingOrder the parts, top to bottom
   * @param importance the same parts, the one kept longest first
   * @param cutRatherThanDropped one of the parts that, when it does not fit whole, takes the room
   *     left (at least its first line) and every less important part gives way: a warning's first
   *     line says more than the host line that took its place at 1280×720
   */
  WholeLines(double spacing, List<Node> readingOrder, List<Node> importance, Node cutRatherThanDropped) {
    if (!Set.copyOf(readingOrder).equals(Set.copyOf(importance))) {
      throw new IllegalArgumentException("the importance order must name the same parts");
    }
    if (cutRatherThanDropped != null && !importance.contains(cutRatherThanDropped)) {
      throw new IllegalArgumentException("the part cut rather than dropped must be one of the parts");
    }
    this.spacing = spacing;
    this.importance = List.copyOf(importance);
    this.cutRatherThanDropped = cutRatherThanDropped;
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
    Map<Node, Double> kept = new HashMap<>();
    double used = 0;
    for (Node n : importance) {
      if (!n.isManaged()) {
        continue;
      }
      double gap = kept.isEmpty() ? 0 : spacing;
      double whole = n.prefHeight(width);
      if (kept.isEmpty() || used + gap + whole <= room + 0.5) {
        kept.put(n, whole);
        used += gap + whole;
      } else if (n == cutRatherThanDropped) {
        double left = room - used - gap;
        if (left >= firstLine(n, width)) {
          kept.put(n, left);
        }
        break; // the room left is this part's: what matters less gives way
      }
    }
    double y = in.getTop();
    for (Node n : getManagedChildren()) {
      Double h = kept.get(n);
      n.setVisible(h != null);
      if (h != null) {
        n.resizeRelocate(in.getLeft(), y, width, h);
        y += h + spacing;
      }
    }
  }

  /** The height of {@code part}'s first line: a wrapped label's height without its wrapping. */
  private static double firstLine(Node part, double width) {
    if (part instanceof Labeled label) {
      Text line = new Text("X");
      line.setFont(label.getFont());
      return line.getLayoutBounds().getHeight() + label.getInsets().getTop() + label.getInsets().getBottom();
    }
    return part.prefHeight(width);
  }
}
