package wsarena.ui;

import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import wsarena.host.HostInfo;
import wsarena.text.Units;

/**
 * This machine's hardware block: CPU model, physical cores, logical threads, RAM, OS and JVM, as
 * every report carries it. Always on screen, under the scenario: runs started here are measured on it. A saved
 * run opened from a file may come from another machine; its own host is on the dashboard.
 */
public final class HardwarePane extends VBox {
  private final GridPane grid = new GridPane();

  public HardwarePane() {
    getStyleClass().add("hardware-pane");
    setId("hardware-pane");
    Label title = new Label("Hardware · this machine", new FontIcon(Feather.CPU));
    title.getStyleClass().add("form-section");
    grid.getStyleClass().add("hardware-grid");
    row(0, "CPU", "detecting…");
    getChildren().addAll(title, grid);
  }

  public void setHost(HostInfo host) {
    grid.getChildren().clear();
    row(0, "CPU", host.cpuModel());
    row(1, "Cores", host.physicalCores() + " physical · " + Units.plural(host.logicalThreads(), "thread"));
    row(2, "RAM", Units.bytes(host.memoryBytes()));
    row(3, "OS", host.osName() + " " + host.osVersion());
    row(4, "JVM", host.jvmVendor() + " " + host.jvmVersion());
  }

  private void row(int index, String name, String value) {
    Label n = new Label(name);
    n.getStyleClass().add("hardware-name");
    Label v = new Label(value);
    v.getStyleClass().add("hardware-value");
    v.setWrapText(true);
    v.setId("hardware-" + name.toLowerCase());
    grid.addRow(index, n, v);
  }
}
