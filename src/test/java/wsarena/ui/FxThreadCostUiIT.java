package wsarena.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import wsarena.scenario.TargetCatalog;
import wsarena.testsupport.RunsAlone;
import wsarena.ui.run.RunController;
import wsarena.ui.testing.FolderSaveLocation;
import wsarena.ui.testing.Fx;
import wsarena.ui.testing.FxTesting;
import wsarena.ui.testing.ScriptedRun;
import wsarena.ui.testing.StubEngine;

/**
 * What drawing costs the FX thread: a run reporting ten samples a second (the shortest sampling
 * interval) for 8 s, 80 samples (it was 15 s: a view that rebuilds itself on every sample costs
 * the same share of the thread in eight). The bound is wide (the machine may be shared); what it
 * catches is such a view. The probe's line is printed for the record.
 */
@RunsAlone("measures the FX thread's share of a core")
@ExtendWith(ApplicationExtension.class)
@Timeout(90)
class FxThreadCostUiIT {
  static {
    FxTesting.init();
  }

  @TempDir Path settings;
  private MainWindow window;
  private FxThreadProbe probe;

  @Start
  void start(Stage stage) {
    TargetCatalog catalog = StubEngine.catalog(StubEngine.undertowLike());
    window =
        new MainWindow(
            stage,
            WindowOptions.none(),
            new UiSettings(settings),
            catalog,
            ScriptedRun.starter(ScriptedRun.Ending.COMPLETE, 100, 80),
            owner -> new FolderSaveLocation(settings));
    window.show();
    probe = new FxThreadProbe(System.out);
    probe.start();
  }

  @Test
  void tenSamplesASecondCostTheFxThreadLittle(FxRobot robot) {
    Fx.await(30, () -> !window.dashboard().hostText().startsWith("Detecting"));
    robot.clickOn("#start");
    Fx.get(() -> {
      probe.reset();
      return null;
    });

    Fx.await(60, () -> window.controller().state() == RunController.State.IDLE
        && window.controller().lastResultProperty().get() != null);

    double cpu = Fx.get(probe::fxThreadCpuPercent);
    probe.report("scripted run, 10 samples/s for 8 s");
    assertThat(cpu).isLessThan(50);
  }
}
