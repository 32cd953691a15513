package wsarena.ui.export;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextInputControl;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.transform.Scale;
import wsarena.report.chart.ExportLayout;
import wsarena.ui.Theme;
import wsarena.ui.chart.ChartCard;

/**
 * A chart (or the whole dashboard) laid out for its picture rather than copied from the screen:
 * moved for a moment into a frame of the {@link ExportLayout}'s size (16:9 or square), under a
 * title that says what it shows and names its runs and the scenario, above the host line, its
 * legend where the layout puts it (never over the plot), its header and controls left out; drawn
 * at the layout's scale; then put back where it was, before the window draws its next frame.
 * Type sizes come from the layout, as the command line's PNG charts take theirs.
 *
 * <p>On the FX thread.
 */
public final class LaidOutExport {
  /**
   * The picture and what the frame held when it was taken.
   *
   * @param controls the controls (buttons, fields, pickers) that were visible in it: none, in a
   *     picture laid out right
   */
  public record Picture(WritableImage image, String title, List<String> controls) {}

  /** The words around the chart: its title, the scenario under it, the host at the bottom. */
  public record Words(String title, String subtitle, String footer) {}

  private LaidOutExport() {}

  /**
   * @param look the stylesheets and root style classes of the window (theme, presentation), so the
   *     picture wears its look
   */
  public static Picture of(ChartCard card, ExportLayout layout, Words words, Theme theme, Scene look) {
    card.setExporting(true, layout.legendFor(card.legendSize()));
    try {
      return framed(card, layout, words, theme, look);
    } finally {
      card.setExporting(false, null);
    }
  }

  /** A node laid out whole in the frame (the dashboard: it has its own header and host line). */
  public static Picture whole(Region node, ExportLayout layout, Theme theme, Scene look, String title) {
    return framed(node, layout, new Words(title, null, null), theme, look);
  }

  private static Picture framed(Region node, ExportLayout layout, Words words, Theme theme, Scene look) {
    Parent home = node.getParent();
    if (!(home instanceof Pane parent)) {
      throw new IllegalStateException("a chart outside a pane cannot be laid out for a picture");
    }
    int place = parent.getChildren().indexOf(node);
    double prefWidth = node.getPrefWidth();
    double prefHeight = node.getPrefHeight();
    boolean widthBound = node.prefWidthProperty().isBound();
    parent.getChildren().remove(node);
    VBox frame = new VBox();
    try {
      frame.getStyleClass().addAll(look.getRoot().getStyleClass());
      frame.getStyleClass().addAll("export-frame");
      double pad = layout.padding();
      // the root's inline colours (the runs' -wsa-run-N of the theme) come along too
      frame.setStyle(look.getRoot().getStyle() + " -fx-font-size: " + layout.legendSize() + "px; -fx-padding: " + pad * 0.7 + "px " + pad + "px " + pad * 0.6 + "px " + pad
          + "px; -fx-spacing: " + pad / 4 + "px; -fx-background-color: " + css(theme.background()) + ";");
      if (words.title() != null && words.subtitle() != null) {
        frame.getChildren().add(text(words.title(), "export-title", layout.titleSize(words.title().length()), true));
        frame.getChildren().add(text(words.subtitle(), "export-subtitle", layout.subtitleSize(), false));
      }
      if (!widthBound) {
        node.setPrefWidth(Region.USE_COMPUTED_SIZE);
      }
      VBox.setVgrow(node, Priority.ALWAYS);
      frame.getChildren().add(node);
      if (words.footer() != null) {
        frame.getChildren().add(text(words.footer(), "export-footer", layout.footerSize(), false));
      }
      frame.setMinSize(layout.width(), layout.height());
      frame.setPrefSize(layout.width(), layout.height());
      frame.setMaxSize(layout.width(), layout.height());
      Scene scene = new Scene(frame, layout.width(), layout.height());
      scene.getStylesheets().setAll(look.getStylesheets());
      // two passes: charts size their axes from their first layout
      for (int i = 0; i < 2; i++) {
        frame.applyCss();
        frame.layout();
      }
      // a chart is drawn on its own thread, later: the snapshot needs it now, at the picture's scale
      frame.lookupAll(".chart-view").forEach(n -> ((wsarena.ui.chart.ChartView) n).drawNow(layout.scale()));
      List<String> controls = visibleControls(frame);
      SnapshotParameters params = new SnapshotParameters();
      params.setTransform(new Scale(layout.scale(), layout.scale()));
      params.setFill(theme.background());
      WritableImage image = frame.snapshot(params, new WritableImage(layout.pixelWidth(), layout.pixelHeight()));
      return new Picture(image, words.title(), controls);
    } finally {
      frame.getChildren().remove(node);
      VBox.setVgrow(node, null);
      if (!widthBound) {
        node.setPrefWidth(prefWidth);
      }
      node.setPrefHeight(prefHeight);
      parent.getChildren().add(Math.min(place, parent.getChildren().size()), node);
    }
  }

  private static Label text(String value, String styleClass, double size, boolean bold) {
    Label label = new Label(value);
    label.getStyleClass().add(styleClass);
    label.setWrapText(true);
    label.setMinHeight(Region.USE_PREF_SIZE);
    label.setStyle("-fx-font-size: " + size + "px;" + (bold ? " -fx-font-weight: bold;" : ""));
    return label;
  }

  /** The visible controls under {@code root}, by id or kind: what a picture should never hold. */
  static List<String> visibleControls(Parent root) {
    List<String> out = new ArrayList<>();
    collect(root, out);
    return out;
  }

  private static void collect(Node node, List<String> out) {
    if (!node.isVisible()) {
      return;
    }
    if (node instanceof ButtonBase || node instanceof ComboBoxBase<?> || node instanceof TextInputControl || node instanceof Spinner<?>) {
      out.add(node.getId() != null ? node.getId() : node.getClass().getSimpleName());
      return;
    }
    if (node instanceof Control c && c.getSkin() == null && !(node instanceof Label)) {
      return;
    }
    if (node instanceof Parent p) {
      for (Node child : p.getChildrenUnmodifiable()) {
        collect(child, out);
      }
    }
  }

  private static String css(javafx.scene.paint.Color c) {
    return String.format(java.util.Locale.ROOT, "rgba(%d,%d,%d,%.3f)",
        (int) Math.round(c.getRed() * 255), (int) Math.round(c.getGreen() * 255), (int) Math.round(c.getBlue() * 255), c.getOpacity());
  }
}
