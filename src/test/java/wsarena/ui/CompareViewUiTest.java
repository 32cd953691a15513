package wsarena.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import wsarena.host.HostProbe;
import wsarena.scenario.TargetCatalog;
import wsarena.scenario.TargetSpec;
import wsarena.ui.chart.DistributionCard;
import wsarena.ui.compare.ComparedRun;
import wsarena.ui.export.Picture;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import wsarena.report.chart.ChartLook;
import wsarena.report.chart.ExportLayout;
import wsarena.ui.run.RunController;
import wsarena.ui.testing.FolderSaveLocation;
import wsarena.ui.testing.Fx;
import wsarena.ui.testing.FxTesting;
import wsarena.ui.testing.Pixels;
import wsarena.ui.testing.CutText;
import wsarena.ui.testing.SavedRuns;
import wsarena.ui.testing.ScriptedRun;
import wsarena.ui.testing.StubEngine;

/**
 * The Compare view with twelve runs of a saved shootout opened at once: the distribution keeps
 * the most of its tile (the bars beside, naming every run whole, are its key), bars and table hold
 * every run, a run hides and shows from the table, sets aside with an undo, renames and becomes the baseline; its charts
 * export as pictures with a one-line title, the chart itself naming the runs. And a shootout started from its checklist, scripted, with its
 * progress across the targets and each target's repeats in one row.
 */
@ExtendWith(ApplicationExtension.class)
@Timeout(60)
class CompareViewUiTest {
  static {
    FxTesting.init();
  }

  @TempDir static Path files;
  @TempDir Path settings;
  @TempDir Path exports;

  private static Path twelve;
  private MainWindow window;

  @BeforeAll
  static void aShootoutOfTwelveTargets() throws IOException {
    List<TargetSpec> targets = IntStream.rangeClosed(1, 12)
        .<TargetSpec>mapToObj(port -> TargetSpec.External.of(URI.create("ws://127.0.0.1:" + (9000 + port) + "/echo")))
        .toList();
    twelve = SavedRuns.shootout(targets, 1, HostProbe.detect(), files.resolve("twelve"));
  }

  @Start
  void start(Stage stage) {
    TargetCatalog catalog = StubEngine.catalog(StubEngine.undertowLike(), StubEngine.jettyLike());
    window =
        new MainWindow(
            stage,
            WindowOptions.parse(List.of(twelve.toString())),
            new UiSettings(settings),
            catalog,
            ScriptedRun.starter(ScriptedRun.Ending.COMPLETE, 50, 6),
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

  private void awaitTwelve() {
    Fx.await(20, () -> window.dashboard().runs().size() == 12 && window.page().get() == Page.COMPARE
        && !window.dashboard().hostText().startsWith("Detecting"));
    Fx.await(10, () -> window.compare().distribution().curveCount() == 12 && window.compare().distribution().getHeight() > 0);
  }

  private static double area(Node n) {
    Bounds b = n.getLayoutBounds();
    return b.getWidth() * b.getHeight();
  }

  @Test
  void twelveRunsOpenLegiblyTheDistributionPlotKeepsMostOfItsTile() {
    awaitTwelve();

    DistributionCard card = Fx.get(() -> window.compare().distribution());
    double share = Fx.get(() -> area(card.plot()) / area(card));
    assertThat(share).as("the plot's share of its tile").isGreaterThanOrEqualTo(0.6);
    // no legend of its own: the bars beside are the key, every name whole in its run's colour
    assertThat(Fx.get(card::legendSize)).isZero();
    Fx.await(10, () -> window.compare().bars().plot().settled() && window.compare().bars().plot().plotArea().getHeight() > 0);
    assertThat(Fx.get(() -> window.compare().bars().cutNames())).isEmpty();
    assertThat(Fx.get(() -> CutText.under(window.compare(), ".run-name"))).isEmpty();
    assertThat(Fx.get(() -> window.compare().bars().names())).hasSize(12);
    assertThat(Fx.get(() -> window.compare().rowNames())).hasSize(12).contains("127.0.0.1-9001", "127.0.0.1-9012");
    assertThat(Fx.get(() -> window.compare().subtitleText())).contains("12 targets");
  }

  @Test
  void inPresentationModeTheTwelveRunsChartsKeepMostOfThePage() {
    awaitTwelve();
    Fx.get(() -> {
      window.actions().presentation.run();
      return null;
    });
    Fx.await(10, () -> window.compare().presentation().get() && window.compare().distribution().getHeight() > 0);
    org.testfx.util.WaitForAsyncUtils.waitForFxEvents();

    DistributionCard card = Fx.get(() -> window.compare().distribution());
    double plotShare = Fx.get(() -> area(card.plot()) / area(card));
    double cardShare = Fx.get(() -> card.getHeight() / window.compare().getHeight());
    assertThat(plotShare).as("the plot's share of its tile, in presentation mode").isGreaterThanOrEqualTo(0.5);
    assertThat(cardShare).as("the charts' share of the page's height, in presentation mode").isGreaterThanOrEqualTo(0.4);
    assertThat(Fx.get(() -> window.compare().bars().names())).hasSize(12);
  }

  @Test
  void aRunHidesFromTheTableSetsAsideWithAnUndoAndTakesANameAndTheBaseline(FxRobot robot) {
    awaitTwelve();
    ComparedRun third = Fx.get(() -> window.dashboard().runs().runs().get(2));

    robot.clickOn(cellOfRow(robot, ".check-box", 2));
    Fx.await(5, () -> !third.visible());
    assertThat(Fx.get(() -> window.compare().bars().names())).hasSize(11).doesNotContain("127.0.0.1-9003");
    assertThat(Fx.get(() -> window.compare().rowNames())).hasSize(12);

    Fx.get(() -> {
      window.dashboard().runs().rename(third, "nginx, tuned");
      window.dashboard().runs().setBaseline(third);
      return null;
    });
    assertThat(Fx.get(() -> window.compare().rowNames())).contains("nginx, tuned");

    robot.clickOn(removeButtonOfFirstRow(robot));
    Fx.await(5, () -> window.dashboard().runs().size() == 11);
    assertThat(Fx.get(() -> window.notices().text())).isEqualTo("Set aside 127.0.0.1-9001.");
    robot.clickOn("Undo");
    Fx.await(5, () -> window.dashboard().runs().size() == 12);
    assertThat(Fx.get(() -> window.compare().rowNames().getFirst())).isEqualTo("127.0.0.1-9001");
    assertThat(Fx.get(() -> window.dashboard().runs().baseline())).isSameAs(third);
  }

  /**
   * The ⊗ of the Compare table's first row. The table recycles its cells, so a lookup also finds
   * cells set aside out of the scene: the one shown on row 0 is picked.
   */
  private static Node removeButtonOfFirstRow(FxRobot robot) {
    return cellOfRow(robot, ".remove-run", 0);
  }

  /** The control {@code selector} in row {@code row} of the Compare table, on screen. */
  private static Node cellOfRow(FxRobot robot, String selector, int row) {
    org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
    return Fx.get(() -> robot.lookup("#compare-table " + selector).queryAll().stream()
        .filter(n -> n.getScene() != null && n.isVisible())
        .filter(n -> {
          Node up = n;
          while (up != null && !(up instanceof javafx.scene.control.TableCell<?, ?>)) {
            up = up.getParent();
          }
          return up instanceof javafx.scene.control.TableCell<?, ?> cell && cell.getIndex() == row;
        })
        .findFirst()
        .orElseThrow());
  }

  @Test
  void anExportedChartHasTheRequestedSizeAOneLineTitleAndItsRunsNamedInTheChart() throws IOException {
    awaitTwelve();

    for (boolean square : List.of(false, true)) {
      Picture bars = Fx.get(() -> {
        window.exports().square().set(square);
        return window.exports().picture(window.compare().bars());
      });
      Picture distribution = Fx.get(() -> window.exports().picture(window.compare().distribution()));

      for (Picture p : List.of(bars, distribution)) {
        assertThat(List.of(p.image().getWidth(), p.image().getHeight()))
            .containsExactly(square ? 2160.0 : 3200.0, square ? 2160.0 : 1800.0);
        assertThat(Pixels.distinctColours(javafx.embed.swing.SwingFXUtils.fromFXImage(p.image(), null))).isGreaterThan(12);
        if (System.getProperty("wsarena.keep.pictures") != null) {
          wsarena.ui.export.PngExport.write(p.image(), Path.of(System.getProperty("wsarena.keep.pictures"),
              (p == bars ? "bars" : "distribution") + (square ? "-square" : "") + ".png"));
        }
      }
      // one line, not twelve names run over three: the chart names each run (axis, legend)
      assertThat(bars.title()).isEqualTo("Throughput · 12 targets");
      assertThat(distribution.title()).isEqualTo("Latency distribution · 12 targets");
    }
    ExportLayout layout = Fx.get(() -> window.exports().layout());
    List<String> names = IntStream.rangeClosed(9001, 9012).mapToObj(port -> "127.0.0.1-" + port).toList();
    JFreeChart barsChart = Fx.get(() -> window.compare().bars().picture(layout, "", "", "", ChartLook.LIGHT));
    assertThat(((CategoryPlot) barsChart.getPlot()).getCategories()).as("the names beside the bars").containsExactlyInAnyOrderElementsOf(names);
    JFreeChart curves = Fx.get(() -> window.compare().distribution().picture(layout, "", "", "", ChartLook.LIGHT));
    List<String> legend = new java.util.ArrayList<>();
    for (int i = 0; i < curves.getPlot().getLegendItems().getItemCount(); i++) {
      legend.add(curves.getPlot().getLegendItems().get(i).getLabel());
    }
    assertThat(curves.getLegend().isVisible()).isTrue();
    assertThat(legend).as("the distribution's legend").containsAll(names);
    // and the cards are back on the page, with their controls
    assertThat(Fx.get(() -> window.compare().bars().getScene())).isSameAs(Fx.get(() -> window.scene()));
    assertThat(Fx.get(() -> window.scene().lookup("#bars-metric").isVisible())).isTrue();
  }

  @Test
  void saveReportWritesTheReportOfTheRunsUnderTheirNamesHere() throws IOException {
    awaitTwelve();
    ComparedRun first = Fx.get(() -> window.dashboard().runs().runs().getFirst());
    Fx.get(() -> {
      window.dashboard().runs().rename(first, "the first server");
      window.actions().saveReport.run();
      return null;
    });

    Fx.await(30, () -> reportIn(exports).isPresent() && Files.exists(reportIn(exports).get().resolve("report.html")));
    Path dir = reportIn(exports).orElseThrow();
    String md = Files.readString(dir.resolve("report.md"));
    assertThat(md).contains("| the first server | ", "| 127.0.0.1-9012 | ", "Export › Save report");
    // twelve URL targets, none of them Tornado or Autobahn: the article's claims do not apply, and the
    // report says how to check claims about these targets instead of listing 31 untested ones
    assertThat(md).doesNotContain("## Claims checked").contains("--claims");
    assertThat(dir.resolve("latency-distribution.png")).exists();
    assertThat(Files.readString(dir.resolve("report.html"))).contains("<h2>Latency</h2>", "data:image/png;base64,");
  }

  private static java.util.Optional<Path> reportIn(Path folder) {
    try (var entries = Files.list(folder)) {
      return entries.filter(p -> p.getFileName().toString().startsWith("wsarena-report-") && Files.exists(p.resolve("report.md"))).findFirst();
    } catch (IOException e) {
      return java.util.Optional.empty();
    }
  }

  @Test
  void aShootoutFromTheChecklistSaysWhereItIsAndKeepsEachTargetsRepeatsInOneRow() throws IOException {
    awaitTwelve();
    Fx.get(() -> {
      window.dashboard().runs().clear();
      window.compareSetup().tickOnly(List.of("undertow:event-loop", "jetty:virtual-threads", "tornado"));
      window.compareSetup().repeats().set(2);
      return null;
    });
    assertThat(Fx.get(() -> window.compareSetup().isolationWarning())).isEmpty();

    // Every line the progress shows, as it is set: a scripted run lasts 0.3 s and the next starts
    // at once, so a poll of the label may already find the second or third target.
    List<String> lines = new java.util.concurrent.CopyOnWriteArrayList<>();
    Fx.get(() -> {
      Label line = (Label) window.scene().lookup("#compare-progress");
      line.textProperty().addListener((text, old, now) -> {
        if (!now.isEmpty()) {
          lines.add(now);
        }
      });
      window.actions().start.run();
      return null;
    });

    Fx.await(10, () -> !lines.isEmpty());
    assertThat(lines.getFirst())
        .matches("Undertow \\(test\\) · Single event loop, repeat 1 of 2 · target 1 of 3 · about \\d+ (s|min) left");
    Fx.await(40, () -> window.controller().state() == RunController.State.IDLE);
    assertThat(lines).anyMatch(l -> l.matches("Tornado .*, repeat 2 of 2 · target 3 of 3 · about \\d+ (s|min) left"));
    assertThat(Fx.get(() -> window.compare().rowNames()))
        .containsExactly("undertow-event-loop", "jetty-virtual-threads", "tornado");
    assertThat(Fx.get(() -> window.dashboard().runs().runs().stream().map(r -> r.runs().size()).toList())).containsExactly(2, 2, 2);
    assertThat(Fx.get(() -> window.compare().progressText())).isEmpty();

    // Export › Save the shootout leaves the folder the command line leaves, and it opens again
    Fx.get(() -> {
      window.actions().saveShootout.run();
      return null;
    });
    Fx.await(10, () -> findIndex() != null);
    var read = wsarena.report.SavedRunReader.read(List.of(findIndex()));
    assertThat(wsarena.report.SavedRunReader.loaded(read)).hasSize(6);
    assertThat(java.nio.file.Files.readString(findIndex().resolveSibling("report.md"))).contains("| jetty-virtual-threads | own process | 2 |");
  }

  private Path findIndex() throws IOException {
    try (var found = java.nio.file.Files.walk(exports)) {
      return found.filter(f -> f.getFileName().toString().equals("shootout.json")).findFirst().orElse(null);
    }
  }
}
