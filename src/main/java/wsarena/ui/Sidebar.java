package wsarena.ui;

import javafx.beans.property.ObjectProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import wsarena.ui.compare.TargetChecklist;
import wsarena.ui.form.ScenarioPane;

/**
 * The window's left side: on the Compare page the checklist of targets on top (whole, up to three
 * quarters of the height), then the scenario and this machine's hardware; hidden with the sidebar toggle.
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
    // the checklist shows whole (a five-line scroll box hid most targets); only past three
    // quarters of the side does it scroll, and the scenario below (a scroll pane) gives way
    javafx.beans.binding.DoubleBinding whole = javafx.beans.binding.Bindings.createDoubleBinding(
        () -> Math.min(checklist.prefHeight(side.getWidth()) + 4, side.getHeight() * 0.75),
        checklist.heightProperty(), side.heightProperty(), side.widthProperty(), checklist.needsLayoutProperty());
    checklistScroll.minHeightProperty().bind(whole);
    checklistScroll.prefHeightProperty().bind(whole);
    checklistScroll.maxHeightProperty().bind(side.heightProperty().multiply(0.75));
    scenario.setMinHeight(0);
    Shown.when(side, shown);
    return side;
  }
}
