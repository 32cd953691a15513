package wsarena.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import wsarena.report.chart.TablePicture;
import wsarena.scenario.Isolation;
import wsarena.scenario.TargetCatalog;
import wsarena.scenario.TargetSpec;
import wsarena.scenario.ThreadingModel;
import wsarena.ui.chart.ChartCard;
import wsarena.ui.chart.ChartView;
import wsarena.ui.chart.DistributionCard;
import wsarena.ui.chart.TimeSeriesCard;
import wsarena.ui.compare.BarsCard;
import wsarena.ui.testing.CutText;
import wsarena.ui.testing.FolderSaveLocation;
import wsarena.ui.testing.Fx;
import wsarena.ui.testing.FxTesting;
import wsarena.ui.testing.Pixels;
import wsarena.ui.testing.SavedRuns;
import wsarena.ui.testing.ScriptedRun;
import wsarena.ui.testing.StubEngine;
import wsarena.ui.testing.TickLabels;

/**
 * The window on any screen, twelve saved runs open: 1280×720 (a common projector), 1366×768,
 * 1920×1080 and 2560×1440, in presentation mode and out of it. Every chart on screen keeps a plot
 * at least a third of its card's height, no result figure is cut to "…", no run's name on the
 * Compare page is cut (its bars name every run, the key of the distribution, which has no legend
 * of its own), neither runs table scrolls sideways or cuts a name, figure or heading, every
 * toolbar action stays on the toolbar; in presentation mode the result tile keeps every figure (the
 * runs table is the Compare page's there); in presentation mode at 1280×720 and
 * 1920×1080 Ctrl+E draws each page as a picture that shows something, and the runs table's
 * picture names every run whole.
 */
@ExtendWith(ApplicationExtension.class)
@Timeout(120)
class PresentationUiTest {
  static {
    FxTesting.init();
  }

  private static final int RUNS = 12;
  /** A warning as long as the core writes them (a run of 2026-12-08 on two cores): it wraps to many lines in the result tile. */
  private static final String GENERATOR_BOUND = "load generator bound: in 4 of 4 measured intervals a generator thread was busy or"
      + " waiting for a core 98 % of the time (24 % waiting), so the figures describe the generator as much as the target."
      + " Give it more threads (--threads) if cores are free, or put the target on another machine.";

  @TempDir static Path files;
  @TempDir Path settings;
  @TempDir Path exports;

  private static final List<Path> saved = new ArrayList<>();
  private MainWindow window;
  private Stage stage;

  @BeforeAll
  static void writeTwelveRuns() throws IOException {
    ThreadingModel[] models = {ThreadingModel.EVENT_LOOP, ThreadingModel.MULTI_REACTOR, ThreadingModel.REACTOR_WORKERS};
    String[] engines = {"undertow", "jetty"};
    for (int i = 0; i < RUNS; i++) {
      TargetSpec target = TargetSpec.Embedded.of(engines[i % 2], models[i % 3], Isolation.IN_PROCESS);
      saved.add(SavedRuns.write(SavedRuns.run(target, SavedRuns.LAPTOP).withWarnings(List.of(GENERATOR_BOUND)), files.resolve("run-" + i + ".wsarena")));
    }
  }

  @Start
  void start(Stage stage) {
    this.stage = stage;
    List<String> args = new ArrayList<>(List.of("--presentation", "--theme", "dark"));
    saved.forEach(p -> args.add(p.toString()));
    TargetCatalog catalog = StubEngine.catalog(StubEngine.undertowLike(), StubEngine.jettyLike());
    window = new MainWindow(stage, WindowOptions.parse(args), new UiSettings(settings), catalog,
        ScriptedRun.starter(ScriptedRun.Ending.COMPLETE, 100, 10), owner -> new FolderSaveLocation(exports));
    window.show();
  }

  @AfterEach
  void stop() {
    Fx.get(() -> {
      window.controller().stop();
      return null;
    });
  }

  @Test
  void at1280By720EveryChartIsLegibleAndEveryPageExports(FxRobot robot) throws IOException {
    checkAt(robot, 1280, 720);
  }

  @Test
  void at1920By1080EveryChartIsLegibleAndEveryPageExports(FxRobot robot) throws IOException {
    checkAt(robot, 1920, 1080);
  }

  @ParameterizedTest(name = "{0}x{1}, presentation {2}")
  @CsvSource({"1366, 768, true", "2560, 1440, true", "1280, 720, false", "1366, 768, false", "1920, 1080, false", "2560, 1440, false"})
  void onAnyScreenEveryChartIsLegibleAndEveryNameWhole(int width, int height, boolean presentation) {
    sizeTo(width, height, presentation);
    checkPages(width, height, presentation);
  }

  private void sizeTo(int width, int height, boolean presentation) {
    Fx.get(() -> {
      stage.setMinWidth(0);
      stage.setMinHeight(0);
      stage.setWidth(width);
      stage.setHeight(height);
      return null;
    });
    Fx.await(30, () -> window.dashboard().runs().size() == RUNS && !window.dashboard().hostText().startsWith("Detecting"));
    if (!presentation) {
      Fx.get(() -> {
        window.actions().presentation.run();
        return null;
      });
    }
    Fx.await(10, () -> window.scene().getWidth() == width && window.scene().getHeight() > 0);
    assertThat(Fx.get(() -> window.scene().getRoot().getStyleClass().contains("presentation"))).isEqualTo(presentation);
  }

  /** The Run page (both sets of presentation tiles), then the Compare page, checked on screen; back on the Run page after. */
  private void checkPages(int width, int height, boolean presentation) {
    // three tiles at a time in presentation mode, and on a window too short for six: both sets
    boolean threeAtATime = Fx.get(() -> window.dashboard().tilesFocusedProperty().get());
    assertThat(threeAtATime || !presentation).isTrue();
    // the status line names the twelve runs in what it shows whole, every name in its tooltip
    org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
    assertThat(Fx.get(() -> window.scene().lookup("#status").lookup(".status-label") instanceof Label l ? l.getText() : null))
        .as("status line at %dx%d", width, height).startsWith("Opened " + RUNS + " runs of "
            + Fx.get(() -> window.dashboard().runs().runs().stream().map(r -> r.result().target().label()).distinct().count()) + " targets: ");
    assertThat(Fx.get(() -> CutText.under(window.scene().getRoot(), ".status-label"))).as("status line cut at %dx%d", width, height).isEmpty();
    if (presentation) {
      // no runs table on the Run page in presentation mode: the hint names the page that has them
      assertThat(Fx.get(() -> ((javafx.scene.control.Control) window.scene().lookup("#status")).getTooltip().getText()))
          .as("status hint at %dx%d", width, height).doesNotContain("click a row").endsWith("on the Compare page (Ctrl+2)");
    }
    assertThat(Fx.get(() -> ((javafx.scene.control.Control) window.scene().lookup("#status")).getTooltip().getText()))
        .contains(Fx.get(() -> window.dashboard().runs().runs().stream().map(r -> r.result().target().label()).distinct().toList()));
    for (int set = 0; set < (threeAtATime ? 2 : 1); set++) {
      awaitLegiblePlots(width, height);
      assertThat(Fx.get(this::cutFigures)).as("result figures cut at %dx%d", width, height).isEmpty();
      assertThat(Fx.get(this::legendEntriesOutOfSight)).as("legend entries out of sight at %dx%d", width, height).isEmpty();
      assertThat(tickLabelsPastTheCharts()).as("tick labels cut at a chart's edge at %dx%d", width, height).isEmpty();
      if (Fx.get(() -> window.dashboard().summary().isVisible())) {
        assertThat(Fx.get(this::warningShown)).as("the result tile's warning at %dx%d", width, height).startsWith("⚠ load generator bound");
      }
      assertThat(Fx.get(this::toolbarItemsOffScreen)).as("toolbar actions out of reach at %dx%d", width, height).isEmpty();
      if (!presentation) {
        // the runs side by side (only off the projector: presentation mode leaves them to the Compare page)
        assertThat(Fx.get(() -> scrollsSideways("#comparison-table"))).as("runs table scrolls sideways at %dx%d", width, height).isEqualTo(false);
        assertThat(Fx.get(() -> cutInTable("#comparison-table"))).as("runs table cut at %dx%d", width, height).isEmpty();
      } else if (set == 0) {
        // no runs table under the tiles: the result tile keeps the figures it would leave to it
        assertThat(Fx.get(this::resultCaptions)).as("result tile at %dx%d", width, height).contains("p50", "max", "errors");
      }
      if (threeAtATime) {
        press(new KeyCodeCombination(KeyCode.F8));
      }
    }
    press(new KeyCodeCombination(KeyCode.DIGIT2, KeyCombination.SHORTCUT_DOWN));
    Fx.await(10, () -> window.page().get() == Page.COMPARE);
    awaitLegiblePlots(width, height);
    org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
    assertThat(Fx.get(() -> window.compare().distribution().legendSize())).isZero();
    assertThat(Fx.get(() -> window.compare().bars().names())).hasSize(RUNS);
    assertThat(Fx.get(() -> window.compare().bars().cutNames())).as("bar names cut at %dx%d", width, height).isEmpty();
    assertThat(Fx.get(() -> window.compare().bars().crowdedTicks())).as("value ticks run together at %dx%d", width, height).isEmpty();
    assertThat(Fx.get(() -> window.compare().bars().cutValues())).as("bar values cut at %dx%d", width, height).isEmpty();
    assertThat(Fx.get(() -> CutText.under(window.compare(), ".run-name"))).as("table names cut at %dx%d", width, height).isEmpty();
    assertThat(Fx.get(() -> scrollsSideways("#compare-table"))).as("Compare table scrolls sideways at %dx%d", width, height).isEqualTo(false);
    assertThat(Fx.get(() -> cutInTable("#compare-table"))).as("Compare table cut at %dx%d", width, height).isEmpty();
    assertThat(Fx.get(() -> shownColumns("#compare-table"))).as("Compare table at %dx%d", width, height)
        .contains("run", "msgs/s", "p99 ms", "p99.9 ms", "baseline");
    assertThat(Fx.get(this::toolbarItemsOffScreen)).as("toolbar actions out of reach at %dx%d", width, height).isEmpty();
    press(new KeyCodeCombination(KeyCode.DIGIT1, KeyCombination.SHORTCUT_DOWN));
    Fx.await(10, () -> window.page().get() == Page.RUN);
  }

  /**
   * Whether the table {@code selector} (the Run page's runs side by side, the Compare page's table)
   * shows a horizontal scroll bar (columns wider than the table); null when it is not on screen.
   */
  private Boolean scrollsSideways(String selector) {
    Node table = window.scene().lookup(selector);
    if (table == null || !table.isVisible() || !table.getParent().isVisible() || table.getLayoutBounds().getWidth() <= 0) {
      return null;
    }
    for (Node n : table.lookupAll(".scroll-bar")) {
      if (n instanceof javafx.scene.control.ScrollBar bar && bar.getOrientation() == javafx.geometry.Orientation.HORIZONTAL
          && bar.isVisible()) {
        return true;
      }
    }
    return false;
  }

  /** The texts of the table {@code selector} drawn cut to "…": headings, names, figures, spreads and deltas. */
  private List<String> cutInTable(String selector) {
    javafx.scene.Parent table = (javafx.scene.Parent) window.scene().lookup(selector);
    List<String> cut = new ArrayList<>();
    for (String part : List.of(".column-header .label", ".table-cell", ".run-name", ".metric-median", ".metric-range", ".metric-sub")) {
      cut.addAll(CutText.under(table, part));
    }
    return cut;
  }

  /** The headings of the columns the table {@code selector} shows. */
  private List<String> shownColumns(String selector) {
    var table = (javafx.scene.control.TableView<?>) window.scene().lookup(selector);
    return table.getVisibleLeafColumns().stream().map(javafx.scene.control.TableColumn::getText).toList();
  }

  /** The captions of the result tile's figures on screen. */
  private List<String> resultCaptions() {
    List<String> captions = new ArrayList<>();
    for (Node n : window.dashboard().summary().lookupAll(".tile-caption")) {
      if (n instanceof Label l && n.getParent().isVisible()) {
        captions.add(l.getText());
      }
    }
    return captions;
  }

  /** The toolbar's items folded into its overflow menu ("»") or drawn past the window's edge. */
  private List<String> toolbarItemsOffScreen() {
    javafx.scene.control.ToolBar bar = (javafx.scene.control.ToolBar) window.scene().lookup(".main-toolbar");
    List<String> out = new ArrayList<>();
    for (Node item : bar.getItems()) {
      if (item instanceof javafx.scene.control.Separator || item instanceof javafx.scene.layout.Region r && r.getStyleClass().isEmpty()) {
        continue;
      }
      boolean onBar = item.getScene() != null && item.isVisible() && item.getParent() != null && item.getParent().isVisible();
      var bounds = onBar ? item.localToScene(item.getLayoutBounds()) : null;
      if (!onBar || bounds.getMaxX() > window.scene().getWidth() + 1 || bounds.getWidth() <= 0) {
        out.add(item.getId() != null ? item.getId() : item.getClass().getSimpleName());
      }
    }
    return out;
  }

  private void checkAt(FxRobot robot, int width, int height) throws IOException {
    sizeTo(width, height, true);
    checkPages(width, height, true);

    // Ctrl+E on the Run page, then on the Compare page: each a picture of what is on screen
    press(CTRL_E);
    Path runPage = awaitPng(p -> !p.startsWith("wsarena-compare"));
    press(new KeyCodeCombination(KeyCode.DIGIT2, KeyCombination.SHORTCUT_DOWN));
    Fx.await(10, () -> window.page().get() == Page.COMPARE);
    Fx.await(10, this::everyPlotAThirdOfItsCard);
    press(CTRL_E);
    Path comparePage = awaitPng(p -> p.startsWith("wsarena-compare"));
    for (Path png : List.of(runPage, comparePage)) {
      BufferedImage image = ImageIO.read(png.toFile());
      // the middle of the picture, where the charts are: more than one colour, i.e. not blank
      BufferedImage middle = image.getSubimage(image.getWidth() / 4, image.getHeight() / 4, image.getWidth() / 2, image.getHeight() / 2);
      assertThat(Pixels.distinctColours(middle)).as(png.getFileName().toString()).isGreaterThan(20);
      assertThat(Pixels.inkShare(image)).as(png.getFileName().toString()).isGreaterThan(0.03);
    }

    // the runs table drawn for a slide: a one-line title, every run by its whole name
    var picture = Fx.get(() -> window.exports().picture(window.dashboard().comparison()));
    assertThat(picture.title()).isEqualTo(RUNS + " runs side by side");
    assertThat(Pixels.distinctColours(javafx.embed.swing.SwingFXUtils.fromFXImage(picture.image(), null))).isGreaterThan(12);
    TablePicture.Table table = Fx.get(() -> window.dashboard().comparison().pictureTable());
    List<String> names = Fx.get(() -> window.dashboard().runs().runs().stream().map(window.dashboard().runs()::name).toList());
    assertThat(table.rows()).hasSize(RUNS);
    assertThat(table.rows().stream().map(r -> r.cells().getFirst()).toList()).isEqualTo(names);
    assertThat(names).doesNotHaveDuplicates().noneMatch(n -> n.contains("…"));
  }

  private static final KeyCombination CTRL_E = new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN);

  /**
   * What the window does on {@code keys}, as its scene has them registered. Not the robot: an
   * export of the page takes seconds on shared cores, and a key held that long repeats.
   */
  private void press(KeyCombination keys) {
    Fx.get(() -> {
      Runnable action = window.scene().getAccelerators().get(keys);
      assertThat(action).as(keys.getDisplayText()).isNotNull();
      action.run();
      return null;
    });
  }

  /** True when every chart on the page on screen has drawn a plot at least a third of its card's height. */
  private boolean everyPlotAThirdOfItsCard() {
    return smallPlots().isEmpty();
  }

  /** Waits for every plot on the page to take a third of its card; says which did not. */
  private void awaitLegiblePlots(int width, int height) {
    try {
      Fx.await(10, this::everyPlotAThirdOfItsCard);
    } catch (AssertionError e) {
      assertThat(Fx.get(this::smallPlots)).as("plots under a third of their card at %dx%d", width, height).isEmpty();
      throw e;
    }
  }

  /** The charts on the page on screen whose plot is under a third of their card's height, with the two heights; "none drawn" when no chart is there. */
  private List<String> smallPlots() {
    List<ChartCard> cards = new ArrayList<>();
    if (window.page().get() == Page.RUN) {
      cards.addAll(window.dashboard().charts());
    } else {
      cards.addAll(window.compare().charts());
    }
    boolean any = false;
    List<String> small = new ArrayList<>();
    for (ChartCard card : cards) {
      ChartView view = card instanceof TimeSeriesCard t ? t.view()
          : card instanceof DistributionCard d ? d.plot()
          : card instanceof BarsCard b ? b.plot()
          : null;
      if (view == null || !card.isVisible() || card.getScene() == null) {
        continue;
      }
      any = true;
      if (!view.settled()) {
        // drawn on the chart thread: what is on screen may not show the last change yet
        small.add(card.getId() + ": still drawing");
        continue;
      }
      double plot = view.plotArea().getHeight();
      if (plot < card.getHeight() / 3) {
        small.add(card.getId() + ": plot " + Math.round(plot) + " of " + Math.round(card.getHeight()) + " px");
      }
    }
    return any ? small : List.of("none drawn");
  }

  /**
   * The result tile's texts as drawn that end in "…": its figures and their captions, and its
   * lines (status, accounting, host, warnings, explanation).
   */
  private List<String> cutFigures() {
    List<String> cut = new ArrayList<>();
    for (Node tile : window.scene().getRoot().lookupAll(".tile")) {
      if (!tile.isVisible() || tile.getScene() == null || !(tile instanceof javafx.scene.Parent p)) {
        continue;
      }
      for (Node child : p.getChildrenUnmodifiable()) {
        if (child instanceof Label label && label.lookup(".text") instanceof Text shown && shown.getText().endsWith("…")) {
          cut.add(label.getText() + " drawn as " + shown.getText());
        }
      }
    }
    // the warnings are cut to the room left rather than left out: warningShown
    for (String line : List.of(".summary-status", ".summary-accounting", ".summary-host", ".summary-explanation")) {
      cut.addAll(CutText.under(window.dashboard(), line));
    }
    return cut;
  }

  /**
   * The result tile's warning as drawn, or what stood in its place: at 1280×720 the host line was
   * kept and the warning left out. Drawn cut, it is the last line: the host line gave way.
   */
  private String warningShown() {
    Label warnings = (Label) window.dashboard().summary().lookup(".summary-warnings");
    Label host = (Label) window.dashboard().summary().lookup(".summary-host");
    if (!warnings.isVisible()) {
      return "no warning; the host line " + (host.isVisible() ? "shown" : "not shown either");
    }
    String drawn = ((Text) warnings.lookup(".text")).getText();
    if (!drawn.equals(warnings.getText()) && host.isVisible()) {
      return "the host line shown beside the warning cut to " + drawn;
    }
    return drawn;
  }

  /**
   * The entries of the time charts' legends out of sight (below the card's edge, or under a scroll
   * pane's fold) while their pane could have grown: at 1366×768 "max" of the latency chart was
   * under the fold of a pane half its allowed height (its rows counted for 400 px). A pane at its
   * full share of the card scrolls rather than take the plot's room (1280×720, the seven readouts
   * of CPU & memory).
   */
  private List<String> legendEntriesOutOfSight() {
    List<String> out = new ArrayList<>();
    for (ChartCard card : window.dashboard().charts()) {
      if (!(card instanceof TimeSeriesCard) || !card.isVisible() || card.getScene() == null) {
        continue;
      }
      for (Node item : card.lookupAll(".legend-item")) {
        if (!shownWithin(item, card)) {
          continue;
        }
        javafx.scene.layout.Region pane = card;
        for (Node up = item.getParent(); up != card; up = up.getParent()) {
          if (up instanceof javafx.scene.control.ScrollPane scroll) {
            pane = scroll;
          }
        }
        javafx.geometry.Bounds seen = pane.localToScene(pane.getLayoutBounds());
        javafx.geometry.Bounds at = item.localToScene(item.getLayoutBounds());
        boolean atItsFullShare = pane != card && pane.getHeight() >= pane.getMaxHeight() - 1;
        if ((at.getMaxY() > seen.getMaxY() + 1 || at.getMinY() < seen.getMinY() - 1) && !atItsFullShare) {
          out.add(card.getId() + ": " + item.lookupAll(".label").stream().map(l -> ((Label) l).getText()).toList()
              + " under a fold at " + Math.round(pane.getHeight()) + " of " + Math.round(pane.getMaxHeight()) + " px");
        }
      }
    }
    return out;
  }

  /** True when {@code node} and every parent up to {@code card} are visible. */
  private static boolean shownWithin(Node node, Node card) {
    for (Node up = node; up != null && up != card; up = up.getParent()) {
      if (!up.isVisible()) {
        return false;
      }
    }
    return true;
  }

  /** The value axes' tick labels of the Run page's charts on screen that reach past their chart's top or bottom. */
  private List<String> tickLabelsPastTheCharts() {
    List<String> out = new ArrayList<>();
    List<ChartView> views = Fx.get(() -> window.dashboard().charts().stream()
        .filter(c -> c.isVisible() && c.getScene() != null)
        .map(c -> c instanceof TimeSeriesCard t ? t.view() : c instanceof DistributionCard d ? d.plot() : null)
        .filter(v -> v != null && v.getWidth() > 0 && v.getHeight() > 0)
        .toList());
    for (ChartView view : views) {
      double w = Fx.get(view::getWidth);
      double h = Fx.get(view::getHeight);
      view.read(chart -> TickLabels.outside(chart, w, h)).forEach(t -> out.add(view.getId() + ": " + t));
    }
    return out;
  }

  private Path awaitPng(java.util.function.Predicate<String> name) throws IOException {
    Fx.await(30, () -> find(name) != null && Files.size(find(name)) > 0);
    return find(name);
  }

  private Path find(java.util.function.Predicate<String> name) throws IOException {
    try (Stream<Path> list = Files.list(exports)) {
      return list.filter(f -> f.toString().endsWith(".png") && name.test(f.getFileName().toString())).findFirst().orElse(null);
    }
  }
}
