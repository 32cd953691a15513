package wsarena.ui;

import javafx.beans.property.ObjectProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import wsarena.ui.compare.TargetChecklist;
import wsarena.ui.form.ScenarioPane;

/**
 * The window's left side: on the Compare page the checklist of targets on top (at most half the
 * height, scrolling), then the scenario and this machine's hardware; hidden with the sidebar toggle.
 */
final class Sidebar {
  private Sidebar() {}

  static VBox of(TargetChecklist checklist, ScenarioPane scenario, HardwarePane hardware, ObjectProperty<Page> page,
      ObservableBooleanValue shown) {
    ScrollPane checklistScroll = new ScrollPane(checklist);
    checklistScroll.getStyleClass().addAll("scenario-pane", "edge-to-edge", "checklist-scroll");
    checklistScroll.setFitToWidth(true);
    checklistScroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
    checklistScroll.setId("checklist-scroll");
    Shown.when(checklistScroll, page.isEqualTo(Page.COMPARE));
    page.addListener((obs, old, now) -> scenario.showTarget(now == Page.RUN));
    VBox side = new VBox(checklistScroll, scenario, hardware);
    side.getStyleClass().add("sidebar");
    side.setId("sidebar");
    VBox.setVgrow(scenario, Priority.ALWAYS);
    VBox.setVgrow(checklistScroll, Priority.SOMETIMES);
    checklistScroll.maxHeightProperty().bind(side.heightProperty().multiply(0.5));
    Shown.when(side, shown);
    return side;
  }
}
