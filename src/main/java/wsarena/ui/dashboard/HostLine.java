package wsarena.ui.dashboard;

import java.util.List;
import java.util.Objects;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import wsarena.host.HostInfo;
import wsarena.metrics.RunResult;
import wsarena.report.Machines;

/**
 * The hardware line at the foot of the dashboard: the machine of the run on screen (CPU, cores,
 * RAM, OS, JVM), with a chip when that is not this machine; for a run merged from segments,
 * every load machine (each one's block in the tooltip). Every exported picture carries it.
 */
final class HostLine extends HBox {
  private final Label line = new Label();
  private final Label otherMachine = new Label("another machine");
  private final DashboardModel model;

  HostLine(DashboardModel model) {
    this.model = model;
    FontIcon cpu = new FontIcon(Feather.CPU);
    cpu.getStyleClass().add("host-icon");
    line.getStyleClass().add("host-line");
    line.setId("host-line");
    // presentation mode's larger type at 1280x720 cut the JVM ("Eclipse Adoptium 2…"): a second line instead
    line.setWrapText(true);
    otherMachine.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
    otherMachine.getStyleClass().add("other-machine-chip");
    otherMachine.setId("other-machine");
    getChildren().addAll(cpu, line, otherMachine);
    setAlignment(Pos.CENTER_LEFT);
    getStyleClass().add("dashboard-footer");

    model.shownHost().addListener((obs, old, now) -> show());
    model.shownResult().addListener((obs, old, now) -> show());
    model.thisMachine().addListener((obs, old, now) -> show());
    show();
  }

  /** The line as shown, drawn into exported images. */
  String text() {
    return line.getText();
  }

  private void show() {
    HostInfo host = model.shownHost().get();
    RunResult shown = model.shownResult().get();
    // equal, not the same: a merged run of this machine's segments has this machine's host, and the
    // property does not tell a change to an equal value
    boolean merged = shown != null && Objects.equals(host, shown.host()) && shown.hosts().size() > 1;
    line.setText(host == null ? "Detecting hardware…" : Machines.summaryLine(merged ? shown.hosts() : List.of(host)));
    line.setTooltip(merged ? new Tooltip(Machines.hardwareBlock(shown).replace("**", "")) : null);
    boolean other = model.isOtherMachine(host);
    otherMachine.setVisible(other);
    otherMachine.setManaged(other);
  }
}
