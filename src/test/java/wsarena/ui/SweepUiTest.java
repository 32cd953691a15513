package wsarena.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.stage.Stage;
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
import wsarena.report.SweepFiles;
import wsarena.scenario.TargetCatalog;
import wsarena.ui.run.RunController;
import wsarena.ui.testing.FolderSaveLocation;
import wsarena.ui.testing.Fx;
import wsarena.ui.testing.FxTesting;
import wsarena.ui.testing.ScriptedRun;
import wsarena.ui.testing.StubEngine;

/**
 * The window's Sweep mode with scripted steps (no servers; each answers 8,300 to 8,500 messages in
 * each of its three measured 40 ms intervals, 210,000 msgs/s, whatever it is offered): the latency-against-load chart takes the
 * distribution's place and grows step by step, the status line names the step and why, the result
 * tile names the knee and the reason, and the saved sweep opens again. With a real engine it is
 * {@code SweepUiIT}.
 */
@ExtendWith(ApplicationExtension.class)
@Timeout(90)
class SweepUiTest {
  static {
    FxTesting.init();
  }

  @TempDir Path settings;
  @TempDir Path exports;
  @TempDir Path saved;

  private MainWindow window;

  @Start
  void start(Stage stage) {
    TargetCatalog catalog = StubEngine.catalog(StubEngine.undertowLike(), StubEngine.jettyLike());
    window = new MainWindow(
        stage, WindowOptions.none(), new UiSettings(settings), catalog,
        ScriptedRun.starter(ScriptedRun.Ending.COMPLETE, 40, 6), owner -> new FolderSaveLocation(exports));
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

  @Test
  void aSweepGrowsItsChartStepByStepFindsTheKneeAndOpensAgainFromItsFile(FxRobot robot) throws Exception {
    Fx.await(20, () -> !window.dashboard().hostText().startsWith("Detecting"));
    Fx.get(() -> {
      window.sweepForm().startRate.set("20000");
      return null;
    });
    List<Integer> pointsSeen = new ArrayList<>();
    List<String> statusSeen = new ArrayList<>();
    // Start, as each batch of the sweep's events is drawn: the scripted sweep is over in about 2 s,
    // which a poll for its running state may miss on a busy machine
    List<Boolean> startDisabled = new ArrayList<>();
    window.controller().addListener(batch -> {
      startDisabled.add(robot.lookup("#start").queryAs(Button.class).isDisabled());
      pointsSeen.add(window.dashboard().sweep().pointCount());
      statusSeen.add(window.dashboard().sweep().isVisible() && window.dashboard().cards().contains(window.dashboard().sweep())
          ? robot.lookup("#sweep-note").queryAs(Label.class).getText() : "");
    });

    robot.clickOn("#sweep");

    Fx.await(70, () -> window.controller().state() == RunController.State.IDLE && window.dashboard().shownSweep() != null);
    assertThat(Fx.get(() -> startDisabled.getFirst())).as("Start while the sweep runs").isTrue();

    SweepResult sweep = Fx.get(() -> window.dashboard().shownSweep());
    assertThat(sweep.stopReason()).isEqualTo(SweepResult.StopReason.KNEE_FOUND);
    // the scripted steps answer 210,000 msgs/s: the knee is found within the 5 % precision below it
    assertThat(sweep.maxSustainableRate()).isBetween(199_000.0, 212_200.0);
    assertThat(sweep.steps()).hasSizeGreaterThan(4);
    assertThat(sweep.steps().stream().filter(SweepStep::passed)).isNotEmpty();
    // the chart grew while it went, five points (p50 … max) per step, and said which step and why
    int perStep = 5;
    assertThat(pointsSeen).contains(perStep, 2 * perStep, 3 * perStep);
    assertThat(pointsSeen).isSorted();
    assertThat(Fx.get(() -> window.dashboard().sweep().pointCount())).isEqualTo(perStep * sweep.steps().size());
    // 320k fails, is run again to confirm it, and only then does the search bisect below it
    assertThat(statusSeen).contains("step 5 · doubling from 160k msgs/s", "step 6 · again, to confirm its failure")
        .anyMatch(s -> s.startsWith("step 7 · bisecting between 160k and 320k"));
    assertThat(Fx.get(() -> window.dashboard().cards())).contains(window.dashboard().sweep());
    assertThat(robot.lookup("#summary-status").queryAs(Label.class).getText()).startsWith("Sweep · ");
    assertThat(robot.lookup("#summary-accounting").queryAs(Label.class).getText()).startsWith("Max sustainable rate at p99 ≤ ");

    SweepFiles.writeAll(sweep, saved);
    Fx.get(() -> {
      window.dashboard().sweep().clearSweeps();
      window.openResults(List.of(saved.resolve(SweepFiles.JSON)));
      return null;
    });

    Fx.await(20, () -> window.dashboard().titleText().startsWith("Sweep · "));
    assertThat(Fx.get(() -> window.dashboard().subtitleText())).contains("saved sweep " + SweepFiles.JSON);
    assertThat(Fx.get(() -> window.dashboard().shownSweep().maxSustainableRate())).isEqualTo(sweep.maxSustainableRate());
    assertThat(Fx.get(() -> window.dashboard().sweep().pointCount())).isEqualTo(perStep * sweep.steps().size());
  }

  @Test
  void aSweepPlanThatCannotRunIsASentenceAndSweepWaits(FxRobot robot) {
    Fx.await(20, () -> !window.dashboard().hostText().startsWith("Detecting"));
    Fx.get(() -> {
      window.sweepForm().p99Bound.set("soon");
      return null;
    });

    assertThat(Fx.get(() -> robot.lookup("#sweep").queryAs(Button.class).isDisabled())).isTrue();
    assertThat(robot.lookup("#sweep-problems").queryAs(Label.class).getText()).startsWith("The p99 bound: ");
    assertThat(Fx.get(() -> robot.lookup("#start").queryAs(Button.class).isDisabled())).isFalse();
  }
}
