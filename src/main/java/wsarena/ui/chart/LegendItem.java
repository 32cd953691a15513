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
    swatch.getStyleClass().add(dashed ? "legend-swatch-dashed" : "legend-swatch");
    swatch.setStyle(
        dashed
            ? "-fx-border-color: " + colour + "; -fx-border-style: segments(5, 3); -fx-border-width: 3 0 0 0;"
            : "-fx-background-color: " + colour + ";");
    Label label = new Label(name);
    label.getStyleClass().add("legend-name");
    value.getStyleClass().add("legend-value");
    getChildren().addAll(swatch, label, value);
    getStyleClass().add("legend-item");
    setAlignment(Pos.CENTER_LEFT);
  }

  public void setValue(String text) {
    value.setText(text);
  }

  public String value() {
    return value.getText();
  }
}
