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

  public LegendItem(String name, String seriesStyleClass) {
    Region swatch = new Region();
    swatch.getStyleClass().addAll("legend-swatch", seriesStyleClass);
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
