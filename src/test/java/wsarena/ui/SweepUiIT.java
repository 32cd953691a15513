package wsarena.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import javafx.scene.Node;
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
import wsarena.metrics.SweepResult;
import wsarena.metrics.SweepStep;
import wsarena.run.Targets;
import wsarena.testsupport.RunsAlone;
import wsarena.ui.run.RunController;
import wsarena.run.RunSource;
import wsarena.ui.testing.FolderSaveLocation;
import wsarena.ui.testing.Fx;
import wsarena.ui.testing.FxTesting;
import wsarena.ui.testing.Pixels;

/**
 * The window's Sweep against an embedded Netty on loopback, through the core's real sweep: two
 * connection steps, each a whole run, every intended message accounted for, the knee chart drawn
 * and exported with the dashboard.
 */
@RunsAlone("draws the window, whose layout went wrong under another test's load")
@ExtendWith(ApplicationExtension.class)
@Timeout(120)
class SweepUiIT {
  static {
    FxTesting.init();
  }

  @TempDir Path settings;
  @TempDir Path exports;

  private final Targets targets = Targets.standard();
  private MainWindow window;

  @Start
  void start(Stage stage) {
    window = new MainWindow(
        stage, WindowOptions.none(), new UiSettings(settings), targets.catalog(), RunSource.of(targets),
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

  private static void type(FxRobot robot, String field, String text) {
    Node node = robot.lookup(field).query();
    robot.interact(node::requestFocus);
    robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL).write(text);
    Fx.await(5, () -> ((TextField) node).getText().equals(text));
  }

  @Test
  void aSweepOfAnEmbeddedEngineRunsEachStepAndShowsItsKneeChart(FxRobot robot) throws Exception {
    Fx.await(30, () -> !window.dashboard().hostText().startsWith("Detecting"));
    String netty = targets.catalog().engine("netty").orElseThrow().displayName();
    // the list cell, not any other node with that text; and wait until the pick took
    robot.clickOn("#engine").clickOn(robot.lookup(".list-cell").match(org.testfx.matcher.control.LabeledMatchers.hasText(netty)).queryAs(Node.class));
    Fx.await(10, () -> Fx.get(() -> robot.lookup("#engine").queryComboBox().getValue()) instanceof wsarena.scenario.ServerDescription d && d.displayName().equals(netty));
    type(robot, "#warmup", "500ms");
    type(robot, "#duration", "2s");
    type(robot, "#interval", "250ms");
    type(robot, "#threads", "1");
    type(robot, "#sweep-connection-steps", "1,2");
    type(robot, "#sweep-rate-per-connection", "50");

    robot.clickOn("#sweep");

    Fx.await(90, () -> window.controller().state() == RunController.State.IDLE && window.dashboard().shownSweep() != null);
    SweepResult sweep = Fx.get(() -> window.dashboard().shownSweep());
    assertThat(sweep.target().label()).startsWith("netty");
    // on busy shared cores the generator may wait for a CPU and be named as the limit: honest too
    // how far it got depends on the machine (on busy shared cores even 50 msgs/s may miss 10 ms, or
    // the generator may wait for a CPU and be named the limit); that it measured, and why it
    // stopped, does not
    assertThat(sweep.stopReason())
        .as(sweep.stopExplanation() + " " + sweep.steps().stream().map(SweepStep::reasons).toList())
        .isNotIn(SweepResult.StopReason.TARGET_FAILED, SweepResult.StopReason.STOPPED);
    assertThat(sweep.steps()).isNotEmpty();
    for (SweepStep step : sweep.steps()) {
      assertThat(step.intended()).isPositive().isEqualTo(step.answered() + step.timedOut() + step.notSent());
    }
    assertThat(sweep.steps().getFirst().connections()).isEqualTo(1);
    assertThat(Fx.get(() -> window.dashboard().sweep().pointCount())).isPositive();
    assertThat(robot.lookup("#summary-status").queryAs(Label.class).getText()).startsWith("Sweep · ");

    robot.clickOn("#export").clickOn("Page as PNG");
    Fx.await(20, () -> pngs().findFirst().isPresent());
    BufferedImage image = ImageIO.read(pngs().findFirst().orElseThrow().toFile());
    assertThat(Pixels.inkShare(image)).isGreaterThan(0.05);
  }

  private Stream<Path> pngs() {
    try (Stream<Path> files = Files.list(exports)) {
      return files.filter(f -> f.toString().endsWith(".png")).toList().stream();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
