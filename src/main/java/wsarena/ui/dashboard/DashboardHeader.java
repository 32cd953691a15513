package wsarena.ui.dashboard;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The top of the dashboard: what is on screen (target, load, date, file) and the phase chip. */
final class DashboardHeader extends HBox {
  private final Label title = new Label();
  private final Label subtitle = new Label();
  private final Label chip = new Label();

  DashboardHeader(DashboardModel model) {
    title.getStyleClass().add("dashboard-title");
    title.setId("dashboard-title");
    subtitle.getStyleClass().add("dashboard-subtitle");
    subtitle.setId("dashboard-subtitle");
    chip.getStyleClass().add("phase-chip");
    chip.setId("phase-chip");
    // on a projector's 1280x720 the line under the title runs past the window: it takes a second
    // line rather than end in "…", and squeezes the chip no more ("saved run" read "…")
    subtitle.setWrapText(true);
    chip.setMinWidth(Region.USE_PREF_SIZE);
    Region spacer = new Region();
    HBox.setHgrow(spacer, Priority.ALWAYS);
    getChildren().addAll(new VBox(title, subtitle), spacer, chip);
    setAlignment(Pos.CENTER_LEFT);
    getStyleClass().add("dashboard-header");

    model.heading().addListener((obs, old, now) -> show(now));
    model.chip().addListener((obs, old, now) -> show(now));
    show(model.heading().get());
    show(model.chip().get());
  }

  String titleText() {
    return title.getText();
  }

  String subtitleText() {
    return subtitle.getText();
  }

  private void show(DashboardModel.Heading heading) {
    title.setText(heading.title());
    subtitle.setText(heading.subtitle());
  }

  private void show(DashboardModel.Chip now) {
    chip.setVisible(now != null);
    if (now == null) {
      return;
    }
    chip.setText(now.text());
    chip.getStyleClass().removeIf(c -> c.startsWith("phase-chip-"));
    chip.getStyleClass().add(now.styleClass());
  }
}
