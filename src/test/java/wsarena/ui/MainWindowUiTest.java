package wsarena.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
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
import wsarena.scenario.TargetCatalog;
import wsarena.scenario.ThreadingModel;
import wsarena.ui.chart.ChartCard;
import wsarena.ui.run.RunController;
import wsarena.run.RunSource;
import wsarena.ui.testing.FolderSaveLocation;
import wsarena.ui.testing.Fx;
import wsarena.ui.testing.FxTesting;
import wsarena.ui.testing.Pixels;
import wsarena.ui.testing.ScriptedRun;
import wsarena.ui.testing.StubEngine;

/**
 * The window driven by a robot, with scripted runs (no servers): every chart draws, exports are
 * real PNG files at twice the size, bad input and failing runs are shown as sentences. The same
 * window with the core's real runs is {@code MainWindowUiIT}.
 */
@ExtendWith(ApplicationExtension.class)
@Timeout(60)
class MainWindowUiTest {
  static {
    FxTesting.init();
  }

  @TempDir Path settings;
  @TempDir Path exports;

  private static final AtomicReference<RunSource> STARTER = new AtomicReference<>();
  private MainWindow window;

  @Start
  void start(Stage stage) {
    STARTER.set(ScriptedRun.starter(ScriptedRun.Ending.COMPLETE, 100, 12));
    TargetCatalog catalog = StubEngine.catalog(StubEngine.undertowLike(), StubEngine.jettyLike());
    window =
        new MainWindow(
            stage,
            WindowOptions.none(),
            new UiSettings(settings),
            catalog,
            ScriptedRun.latest(STARTER::get),
            owner -> new FolderSaveLocation(exports));
    window.show();
  }

  @AfterEach
  void stopRun() {
    Fx.get(() -> {
      window.controller().stop();
      return null;
    });
  }

  private void awaitReady() {
    Fx.await(20, () -> !window.dashboard().hostText().startsWith("Detecting"));
  }

  @Test
  void aRunOfTheChosenEngineAndModelDrawsOnEveryChartAndStops(FxRobot robot) {
    STARTER.set(ScriptedRun.starter(ScriptedRun.Ending.COMPLETE, 100, 600));
    awaitReady();
    // the choices of the open list: the Compare page's checklist has labels of the same names
    robot.clickOn("#engine").clickOn(robot.lookup(".list-cell").match(org.testfx.matcher.control.LabeledMatchers.hasText("Jetty (test)")).queryAs(javafx.scene.Node.class));
    robot.clickOn("#model").clickOn(robot.lookup(".list-cell").match(org.testfx.matcher.control.LabeledMatchers.hasText(ThreadingModel.VIRTUAL_THREADS.displayName())).queryAs(javafx.scene.Node.class));
    assertThat(robot.lookup("#model-explanation").queryAs(Label.class).getText())
        .isEqualTo("Jetty (test) in Virtual thread per connection");

    robot.clickOn("#start");

    Fx.await(15, () -> window.dashboard().charts().stream().allMatch(c -> c.pointCount() > 0));
    assertThat(Fx.get(() -> window.dashboard().titleText())).startsWith("Jetty (test) · Virtual thread per connection");
    assertThat(Fx.get(() -> window.controller().state())).isEqualTo(RunController.State.RUNNING);
    assertThat(Fx.get(() -> robot.lookup("#start").queryAs(Button.class).isDisabled())).isTrue();

    robot.clickOn("#stop");

    Fx.await(10, () -> window.controller().state() == RunController.State.IDLE);
    assertThat(Fx.get(() -> window.controller().lastResultProperty().get().outcome())).isEqualTo(Outcome.STOPPED);
    assertThat(robot.lookup("#summary-status").queryAs(Label.class).getText()).startsWith("Stopped");
    assertThat(Fx.get(() -> robot.lookup("#start").queryAs(Button.class).isDisabled())).isFalse();
  }

  @Test
  void aStormAndAnIdleRunAskForTheirOwnSettingsAndChartWhatTheyMeasure(FxRobot robot) {
    STARTER.set(ScriptedRun.starter(ScriptedRun.Ending.COMPLETE, 100, 600));
    awaitReady();
    robot.clickOn("Storm");
    assertThat(Fx.get(() -> shown(robot.lookup("#hold").query()))).isTrue();
    assertThat(Fx.get(() -> shown(robot.lookup("#payload-size").query()))).isFalse();

    robot.clickOn("#start");
    Fx.await(15, () -> window.dashboard().charts().stream().allMatch(c -> c.pointCount() > 0));
    assertThat(Fx.get(() -> window.dashboard().charts().stream().map(c -> c.title()).toList()))
        .containsExactly("Handshake latency", "Handshakes", "Connections", "Latency distribution", "CPU & memory");
    robot.clickOn("#stop");
    Fx.await(10, () -> window.controller().state() == RunController.State.IDLE);

    robot.clickOn("Idle");
    assertThat(Fx.get(() -> shown(robot.lookup("#ping-interval").query()) && !shown(robot.lookup("#hold").query()))).isTrue();
    robot.clickOn("#start");
    Fx.await(15, () -> window.controller().state() == RunController.State.RUNNING);
    Fx.await(15, () -> window.dashboard().charts().get(1).title().equals("Memory per connection"));
    assertThat(Fx.get(() -> window.dashboard().charts().getFirst().title())).isEqualTo("Ping round trip");
  }

  /** Shown on screen: it and every parent visible (a form row hides its field with it). */
  private static boolean shown(javafx.scene.Node node) {
    for (javafx.scene.Node n = node; n != null; n = n.getParent()) {
      if (!n.isVisible()) {
        return false;
      }
    }
    return true;
  }

  @Test
  void compareModelsRunsEachModelOfTheEngineAndKeepsTheirCurves(FxRobot robot) {
    STARTER.set(ScriptedRun.starter(ScriptedRun.Ending.COMPLETE, 100, 6));
    awaitReady();

    robot.clickOn("#compare");

    Fx.await(40, () -> window.dashboard().runs().size() == 3
        && window.controller().state() == RunController.State.IDLE
        && window.controller().lastResultProperty().get() != null
        && window.controller().lastResultProperty().get().scenario().target().label().equals("undertow-reactor-workers"));
    assertThat(Fx.get(() -> window.dashboard().comparison().rowNames()))
        .containsExactly("undertow-event-loop", "undertow-multi-reactor", "undertow-reactor-workers");
    assertThat(Fx.get(() -> window.dashboard().distribution().curveCount())).isEqualTo(3);
    // the last model's run stays on the time charts, its row picked
    assertThat(Fx.get(() -> window.dashboard().comparison().table().getSelectionModel().getSelectedItem().label()))
        .isEqualTo("undertow-reactor-workers");
  }

  @Test
  void afterARunTheLatencyLegendReadsItsLastMeasuredIntervalNotTheDrainingTail(FxRobot robot) {
    awaitReady();
    robot.clickOn("#start");
    Fx.await(20, () -> window.controller().state() == RunController.State.IDLE && window.controller().lastResultProperty().get() != null);

    var result = Fx.get(() -> window.controller().lastResultProperty().get());
    var lastMeasured = result.samples().stream().filter(s -> s.phase() == wsarena.metrics.Phase.MEASURING).reduce((a, b) -> b).orElseThrow();
    List<String> legend = Fx.get(() -> robot.lookup("#latency-card .legend-value").queryAll().stream()
        .map(n -> ((Label) n).getText()).toList());
    assertThat(legend.getFirst()).isEqualTo(wsarena.text.Units.latency(lastMeasured.latency().p50Micros()));
    assertThat(legend).doesNotContain("16.6 ms");
  }

  @Test
  void keyboardShortcutsStartAndStopARun(FxRobot robot) {
    STARTER.set(ScriptedRun.starter(ScriptedRun.Ending.COMPLETE, 100, 600));
    awaitReady();

    robot.press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);
    Fx.await(10, () -> window.controller().state() == RunController.State.RUNNING);
    robot.press(KeyCode.CONTROL, KeyCode.PERIOD).release(KeyCode.PERIOD, KeyCode.CONTROL);

    Fx.await(10, () -> window.controller().state() == RunController.State.IDLE);
    assertThat(Fx.get(() -> window.controller().lastResultProperty().get().outcome())).isEqualTo(Outcome.STOPPED);
  }

  @Test
  void aChartExportsDrawnAgainAt16By9TwiceTheSizeAndThePageAsItIsOnScreen(FxRobot robot) throws IOException {
    awaitReady();
    robot.clickOn("#start");
    Fx.await(20, () -> window.controller().lastResultProperty().get() != null);

    ChartCard latency = Fx.get(() -> window.dashboard().charts().getFirst());
    robot.rightClickOn("#latency-card").clickOn("Save as PNG…");
    Path chart = awaitFile("wsarena-undertow-event-loop-latency-");

    BufferedImage chartImage = ImageIO.read(chart.toFile());
    assertThat(chartImage.getWidth()).isEqualTo(3200);
    assertThat(chartImage.getHeight()).isEqualTo(1800);
    assertThat(Pixels.distinctColours(chartImage)).isGreaterThan(20);
    // the same lines drawn again at 1600×900: less of it is ink than of a small tile
    assertThat(Pixels.inkShare(chartImage)).isGreaterThan(0.02);
    assertThat(Fx.get(() -> window.exports().picture(latency).title())).isEqualTo("Latency percentiles · undertow-event-loop");

    double dashWidth = Fx.get(() -> window.dashboard().getWidth());
    double dashHeight = Fx.get(() -> window.dashboard().getHeight());
    robot.clickOn("#export").clickOn("Page as PNG");
    Path dashboard = awaitFile("wsarena-undertow-event-loop-2");

    BufferedImage dashImage = ImageIO.read(dashboard.toFile());
    // the page as it is on screen (Xvfb: one pixel a point), not laid out again
    assertThat((double) dashImage.getWidth()).isCloseTo(dashWidth, org.assertj.core.data.Offset.offset(1.0));
    assertThat((double) dashImage.getHeight()).isCloseTo(dashHeight, org.assertj.core.data.Offset.offset(1.0));
    assertThat(Pixels.distinctColours(dashImage)).isGreaterThan(50);
    assertThat(Pixels.inkShare(dashImage)).isGreaterThan(0.05);
  }

  @Test
  void theResultGoesOutAsJsonCsvHgrmAndMarkdown(FxRobot robot) throws IOException {
    awaitReady();
    robot.clickOn("#start");
    Fx.await(20, () -> window.controller().lastResultProperty().get() != null);

    robot.clickOn("#export").clickOn("Results: JSON, CSV, .hgrm …");

    Fx.await(20, () -> {
      try (Stream<Path> files = Files.list(exports)) {
        return files.filter(f -> f.getFileName().toString().startsWith("wsarena-undertow-event-loop-")).count() == 3;
      }
    });
    try (Stream<Path> files = Files.list(exports)) {
      List<Path> written = files.sorted().toList();
      assertThat(written).extracting(f -> f.getFileName().toString().replaceAll(".*\\.", ""))
          .containsExactlyInAnyOrder("csv", "hgrm", "json");
      for (Path f : written) {
        assertThat(Files.size(f)).as(f.toString()).isGreaterThan(100);
      }
      Path json = written.stream().filter(f -> f.toString().endsWith(".json")).findFirst().orElseThrow();
      assertThat(Files.readString(json)).contains("undertow");
    }

    robot.clickOn("#copy-markdown");

    String markdown = Fx.get(() -> javafx.scene.input.Clipboard.getSystemClipboard().getString());
    assertThat(markdown).contains("|").contains("undertow");
  }

  private Path awaitFile(String prefix) throws IOException {
    Fx.await(20, () -> find(prefix) != null && Files.size(find(prefix)) > 0);
    return find(prefix);
  }

  private Path find(String prefix) throws IOException {
    try (Stream<Path> files = Files.list(exports)) {
      return files.filter(f -> f.getFileName().toString().startsWith(prefix) && f.toString().endsWith(".png"))
          .findFirst()
          .orElse(null);
    }
  }

  @Test
  void anInvalidFieldShowsItsMessageAndBlocksStart(FxRobot robot) {
    awaitReady();
    TextField connections = robot.lookup("#connections").queryAs(TextField.class);

    robot.clickOn(connections).press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL).write("0");

    Fx.await(5, () -> robot.lookup("#connections-message").queryAs(Label.class).isVisible());
    assertThat(robot.lookup("#connections-message").queryAs(Label.class).getText())
        .isEqualTo("Connections must be at least 1");
    assertThat(Fx.get(() -> robot.lookup("#start").queryAs(Button.class).isDisabled())).isTrue();

    robot.write("5");

    Fx.await(5, () -> !robot.lookup("#connections-message").queryAs(Label.class).isVisible());
    assertThat(Fx.get(() -> robot.lookup("#start").queryAs(Button.class).isDisabled())).isFalse();
  }

  @Test
  void aFailedRunShowsItsCauseAndTheWindowStaysUsable(FxRobot robot) {
    STARTER.set(ScriptedRun.starter(ScriptedRun.Ending.FAIL, 100, 50));
    awaitReady();

    robot.clickOn("#start");

    Fx.await(10, () -> window.controller().state() == RunController.State.IDLE && !window.notices().text().isEmpty());
    assertThat(Fx.get(() -> window.notices().text()))
        .isEqualTo("The run failed: the target closed every connection (scripted)");
    assertThat(robot.lookup("#summary-status").queryAs(Label.class).getText())
        .isEqualTo("Failed: the target closed every connection (scripted)");
    assertThat(robot.lookup("#phase-chip").queryAs(Label.class).getText()).isEqualTo("failed");
    assertThat(robot.lookup("#phase-chip").queryAs(Label.class).getStyleClass()).contains("phase-chip-failed");
    assertThat(Fx.get(() -> robot.lookup("#start").queryAs(Button.class).isDisabled())).isFalse();

    STARTER.set(ScriptedRun.starter(ScriptedRun.Ending.COMPLETE, 100, 6));
    robot.clickOn("#start");
    Fx.await(10, () -> window.controller().lastResultProperty().get().outcome() == Outcome.COMPLETED);
  }

  @Test
  void theFailureBannerGoesWhenAnotherRunIsShown(FxRobot robot) {
    STARTER.set(ScriptedRun.starter(ScriptedRun.Ending.COMPLETE, 100, 6));
    awaitReady();
    robot.clickOn("#start");
    Fx.await(10, () -> window.controller().state() == RunController.State.IDLE
        && window.controller().lastResultProperty().get() != null);
    STARTER.set(ScriptedRun.starter(ScriptedRun.Ending.FAIL, 100, 50));
    robot.clickOn("#start");
    Fx.await(10, () -> window.controller().state() == RunController.State.IDLE && !window.notices().text().isEmpty());
    assertThat(Fx.get(() -> window.notices().text())).startsWith("The run failed: ");

    Fx.get(() -> {
      window.dashboard().show(window.dashboard().runs().runs().getFirst());
      return null;
    });

    assertThat(Fx.get(() -> window.dashboard().shownResult().outcome())).isEqualTo(Outcome.COMPLETED);
    assertThat(Fx.get(() -> window.notices().text())).isEmpty();
    assertThat(robot.lookup("#phase-chip").queryAs(Label.class).getText()).isEqualTo("done");
  }

  @Test
  void aWarningFromTheRunShowsAboveTheChartsWhileItGoesThenInTheResult(FxRobot robot) {
    String warning = "load generator bound: a generator thread used 97 % of a core";
    // 2 s of samples, the warning at the third: the 1.7 s left are long enough to see it while the
    // run goes (the check polls every few ms), and each sample more is drawing this lane's one core
    // does (it was 4 s)
    STARTER.set(ScriptedRun.starter(ScriptedRun.Ending.COMPLETE, 100, 20, warning));
    awaitReady();

    robot.clickOn("#start");

    Fx.await(10, () -> window.notices().text().equals(warning));
    // amber: the bar carries the warning's style, not the pane that holds the whole page (a style
    // class there restyled every node of the window, a frame gap of 50-80 ms mid-run)
    assertThat(Fx.get(() -> window.notices().node().lookup(".notification-bar").getStyleClass())).contains("notice-warning");
    assertThat(Fx.get(() -> window.notices().node().getStyleClass())).doesNotContain("notice-warning");
    Fx.await(20, () -> window.controller().lastResultProperty().get() != null);
    // the amber banner was about the run going on: it leaves with it, the result tile keeps the warning
    Fx.await(5, () -> window.notices().text().isEmpty());
    assertThat(robot.lookup(".summary-warnings").queryAs(Label.class).getText()).isEqualTo("⚠ " + warning);
  }

  @Test
  void aBrokenRunIsASentenceNotAStackTrace(FxRobot robot) {
    STARTER.set(ScriptedRun.starter(ScriptedRun.Ending.CRASH, 100, 50));
    awaitReady();

    robot.clickOn("#start");

    Fx.await(10, () -> window.controller().state() == RunController.State.IDLE && !window.notices().text().isEmpty());
    assertThat(Fx.get(() -> window.notices().text())).isEqualTo("The run stopped unexpectedly: scripted crash");
  }

  @Test
  void themeAndPresentationSwitchTheLook(FxRobot robot) {
    awaitReady();
    boolean darkFirst = Fx.get(() -> window.scene().getRoot().getStyleClass().contains("theme-dark"));

    robot.clickOn("#theme");
    robot.clickOn("#presentation");

    assertThat(Fx.get(() -> window.scene().getRoot().getStyleClass().contains("theme-dark"))).isNotEqualTo(darkFirst);
    assertThat(Fx.get(() -> window.scene().getRoot().getStyleClass().contains("presentation"))).isTrue();
    assertThat(Fx.get(() -> window.scene().lookup("#sidebar").isVisible())).isFalse();
  }
}
