package wsarena.ui;

import wsarena.host.HostInfo;
import wsarena.scenario.InvalidScenarioException;
import wsarena.scenario.Scenario;
import wsarena.scenario.SweepPlan;
import wsarena.scenario.ShootoutPlan;
import wsarena.run.Sweep;
import wsarena.run.Shootout;
import wsarena.run.RunSource;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.scene.control.TableColumn;
import javafx.stage.Stage;
import org.controlsfx.control.ToggleSwitch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import wsarena.conformance.ConformanceJson;
import wsarena.conformance.ConformanceSummary;
import wsarena.metrics.RunResult;
import wsarena.probe.Feature;
import wsarena.probe.FeatureReport;
import wsarena.probe.FeatureResult;
import wsarena.scenario.TargetCatalog;
import wsarena.scenario.ThreadingModel;
import wsarena.ui.chart.ConformanceCard;
import wsarena.ui.compare.ComparedRun;
import wsarena.ui.run.RunController;
import wsarena.ui.testing.FolderSaveLocation;
import wsarena.ui.testing.Fx;
import wsarena.ui.testing.FxTesting;
import wsarena.ui.testing.SavedRuns;
import wsarena.ui.testing.ScriptedRun;
import wsarena.ui.testing.StubEngine;

/**
 * The Conformance card under the tiles and the verdict's column beside the runs: shown for a run
 * that checked its target, hidden for one that did not; the form's "Check conformance first"
 * reaches the run.
 */
@ExtendWith(ApplicationExtension.class)
@Timeout(60)
class ConformanceCardUiTest {
  static {
    FxTesting.init();
  }

  @TempDir static Path files;
  @TempDir Path settings;
  @TempDir Path exports;

  private static Path checked;
  private static Path plain;
  private static final List<Boolean> CHECK_FIRST = new CopyOnWriteArrayList<>();

  private MainWindow window;

  @BeforeAll
  static void writeResultFiles() throws IOException, URISyntaxException {
    // the suite's real verdict on Netty before its close handling was mended: 4 OK, 1 non-strict, 1 failed
    ConformanceSummary verdict =
        ConformanceJson.read(Path.of(ConformanceCardUiTest.class.getResource("/wsarena/report/conformance.json").toURI()))
            .targets().getFirst();
    RunResult r = SavedRuns.run(ThreadingModel.EVENT_LOOP, SavedRuns.LAPTOP);
    FeatureReport features =
        new FeatureReport("ws://127.0.0.1:41625/echo", "Netty", r.startedAt(), 5000, null, List.of(
            FeatureResult.no(Feature.TLS, "plain ws:// URL"), FeatureResult.yes(Feature.PING_PONG, "pong")));
    checked = SavedRuns.write(
        r.withChecks(features, verdict),
        files.resolve("checked.wsarena"));
    plain = SavedRuns.write(SavedRuns.run(ThreadingModel.MULTI_REACTOR, SavedRuns.LAPTOP), files.resolve("plain.wsarena"));
  }

  @Start
  void start(Stage stage) {
    TargetCatalog catalog = StubEngine.catalog(StubEngine.undertowLike(), StubEngine.jettyLike());
    window =
        new MainWindow(
            stage,
            WindowOptions.parse(List.of(checked.toString(), plain.toString())),
            new UiSettings(settings),
            catalog,
            new RunSource() {
              private final RunSource scripted = ScriptedRun.starter(ScriptedRun.Ending.COMPLETE, 50, 6);

              @Override
              public Shootout shootout(ShootoutPlan plan, HostInfo host, boolean checkFirst) {
                CHECK_FIRST.add(checkFirst);
                return scripted.shootout(plan, host, checkFirst);
              }

              @Override
              public Sweep sweep(Scenario scenario, SweepPlan plan, HostInfo host) throws InvalidScenarioException {
                return scripted.sweep(scenario, plan, host);
              }
            },
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

  private ConformanceCard card() {
    return window.dashboard().conformance();
  }

  @SuppressWarnings("unchecked")
  private List<String> verdictColumn() {
    return Fx.get(() -> {
      var table = window.dashboard().comparison().table();
      TableColumn<ComparedRun, String> column = (TableColumn<ComparedRun, String>) table.getColumns().stream()
          .filter(c -> c.getText().equals("conformance")).findFirst().orElseThrow();
      assertThat(column.isVisible()).isTrue();
      return table.getItems().stream().map(column::getCellData).toList();
    });
  }

  @Test
  void aCheckedRunShowsTheSuitesCountsItsCasesAndTheFeaturesAndAPlainOneHidesTheCard() {
    Fx.await(20, () -> window.dashboard().runs().size() == 2 && window.dashboard().shownResult() != null);

    assertThat(Fx.get(() -> card().isVisible())).isTrue();
    assertThat(Fx.get(card()::countsText)).isEqualTo("4 OK · 1 non-strict · 1 failed · 1 informational · 0 unimplemented");
    assertThat(Fx.get(card()::casesText).lines().toList())
        .startsWith("failed 7.9.1 · Send close with invalid close code 0", "non-strict 6.4.3 · Same as Case 6.4.1, but we send message not in 3 frames, but in 3 chops of the same message frame. MESSAGE PARTS: PART1 = cebae1bdb9cf83cebcceb5 PART2 = f4908080 PART3 = 656469746564");
    assertThat(Fx.get(card()::featuresText)).isEqualTo("Features: TLS no · ping yes");
    assertThat(verdictColumn()).containsExactly("1 failed", "n/a");

    Fx.get(() -> {
      window.dashboard().show(window.dashboard().runs().runs().get(1));
      return null;
    });

    assertThat(Fx.get(() -> card().isVisible() || card().isManaged())).as("a run that checked nothing has no card").isFalse();
  }

  @Test
  void checkConformanceFirstInTheFormReachesTheRun(FxRobot robot) {
    Fx.await(20, () -> window.dashboard().runs().size() == 2 && !window.dashboard().hostText().startsWith("Detecting"));
    CHECK_FIRST.clear();
    // the toggle sits at the foot of the form, below the fold: switched as a click would
    Fx.get(() -> {
      ((ToggleSwitch) window.scene().lookup("#check-conformance")).setSelected(true);
      return null;
    });
    assertThat(Fx.get(() -> window.controller().checkFirstProperty().get())).isTrue();

    robot.clickOn("#start");
    Fx.await(20, () -> window.controller().state() == RunController.State.IDLE && window.controller().lastResultProperty().get() != null);

    assertThat(CHECK_FIRST).containsExactly(true);
  }
}
