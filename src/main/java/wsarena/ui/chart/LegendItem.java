package wsarena.ui.chart;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;

/**
 * A legend entry that also reads out the line's latest value, large enough to read from the back
 * of a room: a colour swatch, the name, the value.
 */
public final class LegendItem extends HBox {
  private final Label value = new Label("–");

  public LegendItem(String name, String colour, boolean dashed) {
    Region swatch = new Region();
    paintSwatch(swatch, colour, dashed);
    Label label = new Label(name);
    label.getStyleClass().add("legend-name");
    label.setMinHeight(Region.USE_PREF_SIZE);
    value.getStyleClass().add("legend-value");
    getChildren().addAll(swatch, label, value);
    getStyleClass().add("legend-item");
    setAlignment(Pos.CENTER_LEFT);
  }

  /**
   * Paints a run's swatch as its line is drawn: a bar of its colour, or dashed; the legends and the
   * runs tables all use this one.
   */
  public static void paintSwatch(Region swatch, String colour, boolean dashed) {
    swatch.getStyleClass().setAll(dashed ? "legend-swatch-dashed" : "legend-swatch");
    swatch.setStyle(
        dashed
            ? "-fx-border-color: " + colour + "; -fx-border-style: segments(5, 3); -fx-border-width: 3 0 0 0;"
            : "-fx-background-color: " + colour + ";");
  }

  public void setValue(String text) {
    value.setText(text);
  }

  public String value() {
    return value.getText();
  }
}
