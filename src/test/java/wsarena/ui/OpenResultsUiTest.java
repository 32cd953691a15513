package wsarena.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableRow;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import wsarena.host.HostInfo;
import wsarena.host.HostProbe;
import wsarena.metrics.Outcome;
import wsarena.metrics.RunResult;
import wsarena.metrics.SegmentInfo;
import wsarena.report.Machines;
import wsarena.report.SavedRun;
import wsarena.report.SavedRunReader;
import wsarena.scenario.Segment;
import wsarena.scenario.TargetCatalog;
import wsarena.scenario.ThreadingModel;
import wsarena.ui.chart.ChartCard;
import wsarena.ui.compare.ComparedRun;
import wsarena.ui.run.RunController;
import wsarena.ui.testing.FolderSaveLocation;
import wsarena.ui.testing.Fx;
import wsarena.ui.testing.FxTesting;
import wsarena.ui.testing.Pixels;
import wsarena.ui.testing.SavedRuns;
import wsarena.ui.testing.ScriptedRun;
import wsarena.ui.testing.StubEngine;

/**
 * Saved runs in the window: result files written by the core's ResultJson (from scripted runs),
 * given on the command line as a double-click on a {@code .wsarena} file gives them, or opened
 * with Open results; laid side by side, picked, saved and reported. Bad files are sentences and
 * leave the window as it was.
 */
@ExtendWith(ApplicationExtension.class)
@Timeout(60)
class OpenResultsUiTest {
  static {
    FxTesting.init();
  }

  @TempDir static Path files;
  @TempDir Path settings;
  @TempDir Path exports;

  /** Two runs of another machine (the laptop), and one of this machine. */
  private static Path eventLoop;
  private static Path multiReactor;
  private static Path workersHere;

  private MainWindow window;

  @BeforeAll
  static void writeResultFiles() throws IOException {
    eventLoop = SavedRuns.write(SavedRuns.run(ThreadingModel.EVENT_LOOP, SavedRuns.LAPTOP), files.resolve("event-loop.wsarena"));
    multiReactor =
        SavedRuns.write(SavedRuns.run(ThreadingModel.MULTI_REACTOR, SavedRuns.LAPTOP), files.resolve("undertow-multi-reactor.json"));
    workersHere =
        SavedRuns.write(SavedRuns.run(ThreadingModel.REACTOR_WORKERS, HostProbe.detect()), files.resolve("workers.wsarena"));
  }

  /** The window as {@code wsarena event-loop.wsarena undertow-multi-reactor.json} opens it. */
  @Start
  void start(Stage stage) {
    String[] args = {eventLoop.toString(), multiReactor.toString()};
    assertThat(WindowOptions.isWindowLaunch(args)).isTrue();
    TargetCatalog catalog = StubEngine.catalog(StubEngine.undertowLike(), StubEngine.jettyLike());
    window =
        new MainWindow(
            stage,
            WindowOptions.parse(List.of(args)),
            new UiSettings(settings),
            catalog,
            ScriptedRun.starter(ScriptedRun.Ending.COMPLETE, 100, 30),
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

  private void awaitOpenedAndReady() {
    Fx.await(20, () -> window.dashboard().runs().size() == 2 && !window.dashboard().hostText().startsWith("Detecting"));
    Fx.await(20, () -> !window.dashboard().comparison().rowNames().isEmpty());
  }

  private List<String> labels() {
    return Fx.get(() -> window.dashboard().runs().runs().stream().map(ComparedRun::label).toList());
  }

  private String shownLabel() {
    return Fx.get(() -> window.dashboard().shownResult() == null ? null : window.dashboard().shownResult().target().label());
  }

  @Test
  void filesOnTheCommandLineAreShownSideBySideTheFirstOnTheTimeCharts() {
    awaitOpenedAndReady();

    assertThat(labels()).containsExactly("undertow-event-loop", "undertow-multi-reactor");
    assertThat(shownLabel()).isEqualTo("undertow-event-loop");
    for (ChartCard chart : Fx.get(() -> window.dashboard().timeCharts())) {
      assertThat(Fx.get(chart::pointCount)).as(chart.title()).isPositive();
    }
    assertThat(Fx.get(() -> window.dashboard().distribution().curveCount())).isEqualTo(2);
    assertThat(Fx.get(() -> window.dashboard().distribution().pointCount())).isPositive();
    assertThat(Fx.get(() -> window.dashboard().comparison().rowNames()))
        .containsExactly("undertow-event-loop", "undertow-multi-reactor");
    // the unmeasured ramp and warm-up shaded on the latency chart (JFreeChart markers behind the lines)
    java.util.List<?> shaded = Fx.get(() -> {
      var view = ((wsarena.ui.chart.TimeSeriesCard) window.dashboard().timeCharts().getFirst()).view();
      return view.read(chart -> {
        var plot = (org.jfree.chart.plot.CombinedDomainXYPlot) chart.getPlot();
        var markers = plot.getSubplots().getFirst().getDomainMarkers(org.jfree.chart.ui.Layer.BACKGROUND);
        return markers == null ? java.util.List.of() : java.util.List.copyOf(markers);
      });
    });
    assertThat(shaded).isNotEmpty();
    // the title names target and date; the run's own host is where its figures are
    assertThat(Fx.get(() -> window.dashboard().titleText())).startsWith("scripted test target");
    assertThat(Fx.get(() -> window.dashboard().subtitleText())).matches(".*\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d · saved run event-loop.wsarena");
    assertThat(Fx.get(() -> window.dashboard().hostText())).isEqualTo(Machines.summaryLine(SavedRuns.LAPTOP));
    assertThat(Fx.get(() -> window.scene().lookup("#other-machine").isVisible())).isTrue();
    assertThat(Fx.get(() -> ((Label) window.scene().lookup("#summary-host")).getText()))
        .isEqualTo("Another machine: Intel Core i7-8565U · 8 threads");
    assertThat(Fx.get(() -> ((Label) window.scene().lookup("#summary-status")).getText()))
        .startsWith("Completed · ").endsWith("undertow-event-loop");
    // this machine's panel stays this machine's
    assertThat(Fx.get(() -> ((Label) window.scene().lookup("#hardware-cpu")).getText())).isNotEqualTo(SavedRuns.LAPTOP.cpuModel());
  }

  @Test
  void openAddsARunAndClickingItsRowShowsItOnTheTimeCharts(FxRobot robot) {
    awaitOpenedAndReady();

    Fx.get(() -> {
      window.openResults(List.of(workersHere));
      return null;
    });

    Fx.await(20, () -> window.dashboard().runs().size() == 3);
    assertThat(shownLabel()).isEqualTo("undertow-reactor-workers");
    assertThat(Fx.get(() -> window.dashboard().distribution().curveCount())).isEqualTo(3);
    assertThat(Fx.get(() -> window.scene().lookup("#other-machine").isVisible())).isFalse();

    robot.clickOn(row(robot, "undertow-multi-reactor"));

    Fx.await(10, () -> "undertow-multi-reactor".equals(shownLabel()));
    assertThat(Fx.get(() -> window.dashboard().subtitleText())).endsWith("saved run undertow-multi-reactor.json");
    assertThat(Fx.get(() -> window.dashboard().comparison().table().getSelectionModel().getSelectedItem().label()))
        .isEqualTo("undertow-multi-reactor");
    assertThat(Fx.get(() -> window.dashboard().distribution().curveNames()))
        .contains("undertow-multi-reactor (on the time charts)", "undertow-event-loop", "undertow-reactor-workers");
    for (ChartCard chart : Fx.get(() -> window.dashboard().timeCharts())) {
      assertThat(Fx.get(chart::pointCount)).as(chart.title()).isPositive();
    }
  }

  private static TableRow<?> row(FxRobot robot, String label) {
    return robot.lookup(".table-row-cell").queryAllAs(TableRow.class).stream()
        .filter(r -> r.getItem() instanceof ComparedRun run && run.label().equals(label))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no row for " + label));
  }

  @Test
  void exportComparisonWritesMarkdownWithEveryRunAndTheHardware(FxRobot robot) throws IOException {
    awaitOpenedAndReady();

    robot.clickOn("#export").clickOn("Export comparison (Markdown) …");

    Path report = awaitFile(".md");
    String md = Files.readString(report);
    assertThat(report.getFileName().toString()).matches("wsarena-comparison-\\d{8}-\\d{6}\\.md");
    assertThat(md).startsWith("# wsarena: undertow-event-loop vs undertow-multi-reactor");
    assertThat(md).contains("| undertow-event-loop ", "| undertow-multi-reactor ");
    assertThat(md).contains("**Hardware**", "- CPU: " + SavedRuns.LAPTOP.cpuModel());
  }

  @Test
  void aRunMergedFromSegmentsOfThisMachineIsOneRowWithEveryLoadMachineInTheHostLine() throws IOException {
    awaitOpenedAndReady();
    HostInfo here = HostProbe.detect();
    RunResult one = SavedRuns.run(ThreadingModel.REACTOR_WORKERS, here);
    List<SegmentInfo> segments = List.of(
        new SegmentInfo(new Segment(1, 2), here, one.startedAt(), one.startedAt(), null, Outcome.COMPLETED, List.of()),
        new SegmentInfo(new Segment(2, 2), here, one.startedAt(), one.startedAt(), null, Outcome.COMPLETED, List.of()));
    RunResult merged = one.withSegments(segments);
    Path file = SavedRuns.write(merged, files.resolve("merged.wsarena"));
    // a run of this machine shown first: the merged run's host is equal to the one on screen
    Fx.get(() -> {
      window.openResults(List.of(workersHere));
      return null;
    });
    Fx.await(20, () -> window.dashboard().runs().size() == 3);

    Fx.get(() -> {
      window.openResults(List.of(file));
      return null;
    });

    Fx.await(20, () -> window.dashboard().runs().size() == 4);
    assertThat(Fx.get(() -> window.dashboard().hostText())).isEqualTo("2 load machines, each: " + Machines.summaryLine(here));
    assertThat(Fx.get(() -> window.dashboard().comparison().rowNames())).hasSize(4);
    assertThat(Fx.get(() -> ((Label) window.scene().lookup("#summary-host")).getText())).isEqualTo("Merged from 2 load machines");
    assertThat(Fx.get(() -> ((Label) window.scene().lookup("#host-line")).getTooltip().getText()))
        .contains("2 load machines, one segment each", "- Segment 2/2: " + here.cpuModel());
  }

  @Test
  void theDashboardOfOpenedRunsExportsAsPng(FxRobot robot) throws IOException {
    awaitOpenedAndReady();
    double width = Fx.get(() -> window.dashboard().getWidth());
    double height = Fx.get(() -> window.dashboard().getHeight());

    robot.clickOn("#export").clickOn("Page as PNG");

    Path png = awaitFile(".png");
    assertThat(png.getFileName().toString()).startsWith("wsarena-undertow-event-loop-");
    BufferedImage image = ImageIO.read(png.toFile());
    // the page as it is on screen (Xvfb: one pixel a point)
    assertThat((double) image.getWidth()).isCloseTo(width, org.assertj.core.data.Offset.offset(1.0));
    assertThat((double) image.getHeight()).isCloseTo(height, org.assertj.core.data.Offset.offset(1.0));
    assertThat(Pixels.distinctColours(image)).isGreaterThan(50);
    assertThat(Pixels.inkShare(image)).isGreaterThan(0.05);
  }

  @Test
  void settingTheOtherRunsAsideSaysSoAndAnUndoPutsThemBack(FxRobot robot) {
    awaitOpenedAndReady();

    robot.clickOn("#keep-only-shown");

    Fx.await(5, () -> window.dashboard().runs().size() == 1);
    assertThat(Fx.get(() -> window.notices().text())).isEqualTo("Set aside undertow-multi-reactor.");
    robot.clickOn("Undo");
    Fx.await(5, () -> window.dashboard().runs().size() == 2);
    assertThat(labels()).containsExactly("undertow-event-loop", "undertow-multi-reactor");
  }

  @Test
  void aThemeSwitchLeavesTheRunsTableItsRoom(FxRobot robot) {
    awaitOpenedAndReady();
    Fx.await(5, () -> window.dashboard().comparison().table().getColumns().get(1).getWidth() > 0);
    List<Double> before = columnWidths();

    // Ctrl+T twice, through the scene's keys: a robot's key held while the whole window restyles
    // (seconds on shared cores) repeats, and switched the theme back and forth for a minute
    var ctrlT = new javafx.scene.input.KeyCodeCombination(javafx.scene.input.KeyCode.T, javafx.scene.input.KeyCombination.SHORTCUT_DOWN);
    for (int i = 0; i < 2; i++) {
      Fx.get(() -> {
        window.scene().getAccelerators().get(ctrlT).run();
        return null;
      });
    }
    org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
    Fx.await(5, () -> columnWidths().equals(before));

    // each figure fits its column: none is cut to "3.43 …"
    for (javafx.scene.Node cell : robot.lookup("#comparison-table .table-cell").queryAll()) {
      if (cell instanceof javafx.scene.control.Labeled l && l.getText() != null && !l.getText().isEmpty()) {
        assertThat(Fx.get(() -> l.lookup(".text") instanceof javafx.scene.text.Text t ? t.getText() : l.getText())).as(l.getText()).doesNotContain("…");
      }
    }
  }

  /** The widths of the columns shown; a column given way counts as 0 (its width kept aside means nothing). */
  private List<Double> columnWidths() {
    return Fx.get(() -> window.dashboard().comparison().table().getColumns().stream()
        .map(c -> c.isVisible() ? (double) Math.round(c.getWidth()) : 0.0).toList());
  }

  @Test
  void theShownRunSavesAsAWsarenaFileThatOpensAgain(FxRobot robot) throws IOException {
    awaitOpenedAndReady();

    robot.clickOn("#export").clickOn("Save run as .wsarena …");

    Path saved = awaitFile(".wsarena");
    assertThat(saved.getFileName().toString()).matches("undertow-event-loop-\\d{8}-\\d{6}\\.wsarena");
    SavedRun read = SavedRunReader.read(saved);
    assertThat(read).isInstanceOf(SavedRun.Loaded.class);
    RunResult again = ((SavedRun.Loaded) read).result();
    RunResult original = Fx.get(() -> window.dashboard().shownResult());
    assertThat(again.samples()).isEqualTo(original.samples());
    assertThat(again.latency().getTotalCount()).isEqualTo(original.latency().getTotalCount());
  }

  @Test
  void aDamagedFileAndJsonOfSomethingElseAreSentencesAndTheWindowStaysUsable() throws IOException {
    awaitOpenedAndReady();
    String json = Files.readString(eventLoop);
    Path cut = Files.writeString(files.resolve("cut.wsarena"), json.substring(0, json.length() / 3));
    Path other = Files.writeString(files.resolve("package.json"), "{\"name\": \"left-pad\", \"version\": \"1.3.0\"}");

    Fx.get(() -> {
      window.openResults(List.of(cut));
      return null;
    });

    // the file is named as the window was given it: here, as the dialog and a drop give it, in full
    Fx.await(10, () -> window.notices().text().startsWith("Could not open " + cut));
    assertThat(Fx.get(() -> window.notices().text()))
        .matches(
            "Could not open " + java.util.regex.Pattern.quote(cut.toString())
                + ": it is damaged: its JSON breaks off at line \\d+, column \\d+ \\(cut short\\?\\)\\.");

    Fx.get(() -> {
      window.openResults(List.of(other));
      return null;
    });

    Fx.await(10, () -> window.notices().text().startsWith("Could not open " + other));
    assertThat(Fx.get(() -> window.notices().text()))
        .isEqualTo("Could not open " + other + ": it is JSON, but not a wsarena run result (it has no scenario).");
    assertThat(Fx.get(() -> window.notices().text())).doesNotContain("Exception").doesNotContain("\tat ");
    // nothing changed, and the window still opens, shows and runs
    assertThat(labels()).containsExactly("undertow-event-loop", "undertow-multi-reactor");
    assertThat(shownLabel()).isEqualTo("undertow-event-loop");
    assertThat(Fx.get(() -> ((Button) window.scene().lookup("#start")).isDisabled())).isFalse();
    Fx.get(() -> {
      window.openResults(List.of(workersHere));
      return null;
    });
    Fx.await(10, () -> window.dashboard().runs().size() == 3);
  }

  @Test
  void aRunStartedBesideOpenedRunsKeepsTheTimeChartsThenJoinsThem(FxRobot robot) {
    awaitOpenedAndReady();

    robot.clickOn("#start");

    Fx.await(10, () -> window.controller().state() == RunController.State.RUNNING
        && window.dashboard().timeCharts().getFirst().pointCount() > 0);
    // the row looked up as the click happens: the live run's table may have made its rows anew
    robot.clickOn((javafx.scene.Node n) -> n instanceof TableRow<?> r && r.getScene() != null
        && r.getItem() instanceof ComparedRun run && run.label().equals("undertow-multi-reactor"));
    assertThat(Fx.get(() -> window.dashboard().isLive())).isTrue();
    assertThat(Fx.get(() -> window.dashboard().titleText())).startsWith("Undertow (test)");

    Fx.await(20, () -> window.controller().state() == RunController.State.IDLE && window.dashboard().runs().size() == 3);
    assertThat(shownLabel()).isEqualTo("undertow-event-loop");
    assertThat(Fx.get(() -> window.dashboard().runs().shown().file())).isEmpty();
    assertThat(Fx.get(() -> window.dashboard().distribution().curveCount())).isEqualTo(3);
  }

  private Path awaitFile(String extension) throws IOException {
    Fx.await(20, () -> find(extension) != null && Files.size(find(extension)) > 0);
    return find(extension);
  }

  private Path find(String extension) throws IOException {
    try (Stream<Path> listed = Files.list(exports)) {
      return listed.filter(f -> f.toString().endsWith(extension)).findFirst().orElse(null);
    }
  }
}
