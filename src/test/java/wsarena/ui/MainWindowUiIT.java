package wsarena.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import wsarena.metrics.Outcome;
import wsarena.run.Targets;
import wsarena.scenario.ServerDescription;
import wsarena.scenario.ThreadingModel;
import wsarena.testsupport.RunsAlone;
import wsarena.ui.run.RunController;
import wsarena.run.RunSource;
import wsarena.ui.testing.FolderSaveLocation;
import wsarena.ui.testing.Fx;
import wsarena.ui.testing.FxTesting;
import wsarena.ui.testing.Pixels;

/**
 * The window with the core's real runs against real servers on loopback: a short run of a chosen
 * engine and model draws on every chart and stops; an unreachable URL is an error in the window,
 * which stays usable.
 */
@RunsAlone("draws the window, whose layout went wrong under another test's load")
@ExtendWith(ApplicationExtension.class)
@Timeout(120)
class MainWindowUiIT {
  static {
    FxTesting.init();
  }

  @TempDir Path settings;
  @TempDir Path exports;

  private final Targets targets = Targets.standard();
  private MainWindow window;

  @Start
  void start(Stage stage) {
    window =
        new MainWindow(
            stage,
            WindowOptions.none(),
            new UiSettings(settings),
            targets.catalog(),
            RunSource.of(targets),
            owner -> new FolderSaveLocation(exports));
    window.show();
  }

  @AfterEach
  void stopRun() {
    Fx.get(() -> {
      window.controller().stop();
      return null;
    });
    Fx.await(30, () -> window.controller().state() == RunController.State.IDLE);
  }

  private void awaitReady() {
    Fx.await(30, () -> !window.dashboard().hostText().startsWith("Detecting"));
  }

  /** Types into a field as a keyboard user would: focus it (the form scrolls to it), replace its text. */
  private static void type(FxRobot robot, String field, String text) {
    Node node = robot.lookup(field).query();
    robot.interact(node::requestFocus);
    robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL).write(text);
    Fx.await(5, () -> ((TextField) node).getText().equals(text));
  }

  private void shortLoad(FxRobot robot) {
    type(robot, "#connections", "4");
    type(robot, "#warmup", "500ms");
    type(robot, "#duration", "20s");
    type(robot, "#interval", "250ms");
    type(robot, "#threads", "1");
  }

  @Test
  void aShortRunOfTheChosenEngineAndModelDrawsOnEveryChartAndStops(FxRobot robot) throws IOException {
    ServerDescription undertow = targets.catalog().engine("undertow").orElseThrow();
    awaitReady();
    // the choices of the open list: the Compare page's checklist has labels of the same names
    robot.clickOn("#engine").clickOn(robot.lookup(".list-cell").match(org.testfx.matcher.control.LabeledMatchers.hasText(undertow.displayName())).queryAs(javafx.scene.Node.class));
    robot.clickOn("#model").clickOn(robot.lookup(".list-cell").match(org.testfx.matcher.control.LabeledMatchers.hasText(ThreadingModel.REACTOR_WORKERS.displayName())).queryAs(javafx.scene.Node.class));
    shortLoad(robot);
    assertThat(robot.lookup("#model-explanation").queryAs(Label.class).getText())
        .isEqualTo(undertow.describe(ThreadingModel.REACTOR_WORKERS));

    robot.clickOn("#start");

    Fx.await(60, () -> window.dashboard().charts().stream().allMatch(c -> c.pointCount() > 0));
    assertThat(Fx.get(() -> window.controller().state())).isEqualTo(RunController.State.RUNNING);
    // the unmeasured warm-up shaded on the live latency chart (JFreeChart markers behind the lines)
    java.util.List<?> shaded = Fx.get(() -> {
      var view = ((wsarena.ui.chart.TimeSeriesCard) window.dashboard().timeCharts().getFirst()).view();
      return view.read(chart -> {
        var plot = (org.jfree.chart.plot.CombinedDomainXYPlot) chart.getPlot();
        var markers = plot.getSubplots().getFirst().getDomainMarkers(org.jfree.chart.ui.Layer.BACKGROUND);
        return markers == null ? java.util.List.of() : java.util.List.copyOf(markers);
      });
    });
    assertThat(shaded).isNotEmpty();

    robot.clickOn("#stop");

    Fx.await(30, () -> window.controller().state() == RunController.State.IDLE);
    assertThat(Fx.get(() -> window.controller().lastResultProperty().get().outcome())).isEqualTo(Outcome.STOPPED);
    assertThat(robot.lookup("#summary-status").queryAs(Label.class).getText()).startsWith("Stopped");

    double width = Fx.get(() -> window.dashboard().getWidth());
    robot.clickOn("#export").clickOn("Page as PNG");
    Fx.await(20, () -> pngs() == 1);
    BufferedImage image = ImageIO.read(onlyPng().toFile());
    // the page as it is on screen (Xvfb: one pixel a point), not laid out again
    assertThat((double) image.getWidth()).isCloseTo(width, org.assertj.core.data.Offset.offset(1.0));
    assertThat(Pixels.inkShare(image)).isGreaterThan(0.05);
  }

  private long pngs() throws IOException {
    try (Stream<Path> files = Files.list(exports)) {
      return files.filter(f -> f.toString().endsWith(".png")).count();
    }
  }

  private Path onlyPng() throws IOException {
    try (Stream<Path> files = Files.list(exports)) {
      return files.filter(f -> f.toString().endsWith(".png")).findFirst().orElseThrow();
    }
  }

  @Test
  void anUnreachableUrlIsAnErrorInTheWindowAndTheWindowStaysUsable(FxRobot robot) throws IOException {
    int closedPort;
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      closedPort = s.getLocalPort();
    }
    awaitReady();
    robot.clickOn("URL");
    type(robot, "#url", "ws://127.0.0.1:" + closedPort + "/echo");
    shortLoad(robot);

    robot.clickOn("#start");

    Fx.await(60, () -> window.controller().state() == RunController.State.IDLE && !window.notices().text().isEmpty());
    String notice = Fx.get(() -> window.notices().text());
    assertThat(notice).startsWith("The run failed: ").contains(Integer.toString(closedPort));
    assertThat(notice).doesNotContain("Exception").doesNotContain("\tat ");
    assertThat(Fx.get(() -> window.controller().lastResultProperty().get().outcome())).isEqualTo(Outcome.FAILED);
    // the whole cause is readable in the banner, the chip says failed, no chart waits for Start
    Label banner = robot.lookup("#notice-text").queryAs(Label.class);
    Fx.await(5, () -> banner.getWidth() > 0);
    assertThat(Fx.get(banner::isTextTruncated)).as(notice).isFalse();
    assertThat(notice).contains("nothing accepts connections at 127.0.0.1:" + closedPort);
    assertThat(robot.lookup("#phase-chip").queryAs(Label.class).getText()).isEqualTo("failed");
    // the charts on screen: the Compare page's cards are in the scene too, on a page not shown
    assertThat(Fx.get(() -> robot.lookup(".card-placeholder").queryAllAs(Label.class).stream()
            .filter(MainWindowUiIT::shown).map(Label::getText).distinct().toList()))
        .containsExactly("The run failed: nothing was measured");

    // typing into the fields below scrolled the form: back to its top, where the target is
    robot.interact(() -> ((javafx.scene.control.ScrollPane) robot.lookup("#scenario-pane").query()).setVvalue(0));
    robot.clickOn("Engine");
    type(robot, "#connections", "3");
    assertThat(robot.lookup("#connections").queryAs(TextField.class).getText()).isEqualTo("3");
    Node start = robot.lookup("#start").query();
    assertThat(Fx.get(() -> ((Button) start).isDisabled())).isFalse();
  }

  /** Visible with every parent visible: what the user sees, not just what the scene holds. */
  private static boolean shown(Node node) {
    for (Node n = node; n != null; n = n.getParent()) {
      if (!n.isVisible()) {
        return false;
      }
    }
    return true;
  }
}
