package wsarena.ui.chart;

import javafx.beans.InvalidationListener;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;

/**
 * Keeps a figure whole in its box: when its text at the stylesheet's size is wider than the box,
 * the type gets smaller (down to half) rather than the figure ending in "…" ("15.3…" read as a
 * figure on a projector is worse than a smaller "15.3k msgs/s").
 */
final class FitText {
  private static final double SMALLEST = 0.5;

  private FitText() {}

  /** Fits {@code label}'s text to the width of {@code box}, whenever either changes. */
  static void fit(Label label, Region box) {
    boolean[] busy = {false};
    InvalidationListener refit = o -> {
      double room = box.getWidth() - box.snappedLeftInset() - box.snappedRightInset();
      String text = label.getText();
      if (busy[0] || room <= 0 || text == null || text.isEmpty()) {
        return;
      }
      busy[0] = true;
      try {
        // the stylesheet's size first (it changes with presentation mode), then smaller if needed
        label.setStyle("");
        label.applyCss();
        double size = label.getFont().getSize();
        Text probe = new Text(text);
        probe.setFont(label.getFont());
        double width = probe.getLayoutBounds().getWidth() + label.snappedLeftInset() + label.snappedRightInset() + 2;
        if (width > room) {
          label.setStyle(String.format(java.util.Locale.ROOT, "-fx-font-size: %.1fpx;", size * Math.max(SMALLEST, room / width)));
        }
      } finally {
        busy[0] = false;
      }
    };
    label.textProperty().addListener(refit);
    box.widthProperty().addListener(refit);
  }
}
