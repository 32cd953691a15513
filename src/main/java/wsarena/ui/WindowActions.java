package wsarena.ui;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.kordamp.ikonli.feather.Feather;
import javafx.beans.property.ObjectProperty;
import wsarena.ui.chart.ChartCard;
import wsarena.ui.compare.CompareView;
import wsarena.ui.dashboard.Dashboard;
import wsarena.ui.chart.LatencyScale;

/**
 * The table of what the user can do in the window, each {@link Action} with its name, keys,
 * handler and the condition it needs. The toolbar and its Export menu are built from it, the
 * shortcut list is read from it and its keys are registered from it, so a shortcut is declared in
 * one place and registered in one.
 */
final class WindowActions {
  private static final KeyCombination.Modifier CTRL = KeyCombination.SHORTCUT_DOWN;
  private static final KeyCombination.Modifier SHIFT = KeyCombination.SHIFT_DOWN;
  private static final KeyCombination.Modifier ALT = KeyCombination.ALT_DOWN;

  /** What the window's actions act on. */
  record Targets(
      RunCommands runs,
      Runnable openResults,
      Exports exports,
      Dashboard dashboard,
      CompareView compare,
      ObjectProperty<Page> page,
      javafx.beans.property.ReadOnlyObjectProperty<wsarena.metrics.ShootoutResult> lastShootout,
      Look look,
      Runnable fullScreen,
      Runnable shortcuts,
      Runnable quit) {}

  final Action start;
  final Action stop;
  final Action compare;
  final Action runPage;
  final Action comparePage;
  final Action sweep;
  final Action open;
  final Action dashboardPng;
  final List<Action> chartPngs = new ArrayList<>();
  final Action comparisonPng;
  final List<Action> comparePngs = new ArrayList<>();
  final Action saveRun;
  final Action saveResults;
  final Action copyMarkdown;
  final Action comparisonReport;
  final Action saveShootout;
  final Action saveReport;
  final Action latencyScale;
  final Action theme;
  final Action presentation;
  final Action nextCharts;
  final Action sidebar;
  final Action fullScreen;
  final Action shortcuts;
  final Action quit;

  WindowActions(Targets t) {
    ObservableBooleanValue always = new ReadOnlyBooleanWrapper(true);
    Dashboard d = t.dashboard();
    ObservableBooleanValue runShown = d.shownResultProperty().isNotNull();
    ObservableBooleanValue twoRuns = Bindings.size(d.runs().runs()).greaterThanOrEqualTo(2);

    start = new Action("start", "Start", "Start the run",
        Feather.PLAY, keys(key(KeyCode.ENTER, CTRL), key(KeyCode.F5)), t.runs()::start, t.runs().canStart());
    compare = new Action("compare", "Compare models",
        "Measure each threading model of the engine in the Compare view, one after the other", Feather.LAYERS,
        keys(key(KeyCode.ENTER, CTRL, SHIFT)), t.runs()::compareModels, t.runs().canCompare());
    runPage = new Action("page-run", "Run", "The Run page: one run on the dashboard", Feather.ACTIVITY,
        keys(key(KeyCode.DIGIT1, CTRL)), () -> t.page().set(Page.RUN), always);
    comparePage = new Action("page-compare", "Compare", "The Compare page: any targets side by side, fairly",
        Feather.BAR_CHART_2, keys(key(KeyCode.DIGIT2, CTRL)), () -> t.page().set(Page.COMPARE), always);
    sweep = new Action("sweep", "Sweep",
        "Raise the load step by step, each step a whole run, to the highest load within the sweep's p99 bound",
        Feather.TRENDING_UP, keys(key(KeyCode.ENTER, CTRL, ALT)), t.runs()::sweep, t.runs().canSweep());
    stop = new Action("stop", "Stop", "Stop the run and keep what was measured", Feather.SQUARE,
        keys(key(KeyCode.ESCAPE), key(KeyCode.PERIOD, CTRL), key(KeyCode.F5, SHIFT)), t.runs()::stop, t.runs().canStop());
    open = new Action("open", "Open results…",
        "Open saved runs (.wsarena, .json of run --out, a shootout's shootout.json) side by side, or drop their files here",
        Feather.FOLDER, keys(key(KeyCode.O, CTRL)), t.openResults(), always);

    Exports x = t.exports();
    dashboardPng = new Action("export-dashboard", "Page as PNG", "Save the page as it is on screen (the dashboard or Compare) as PNG",
        Feather.IMAGE, keys(key(KeyCode.E, CTRL)), () -> x.savePage(t.page().get()), always);
    for (ChartCard card : d.everyChart()) {
      // a card the workload on screen does not show (a storm's handshakes during echo) greys out
      chartPngs.add(new Action("export-" + card.slug(), card.title() + " as PNG", "Save " + card.title() + " as PNG",
          null, List.of(), () -> x.savePng(card), card.parentProperty().isNotNull()));
    }
    comparisonPng = new Action("export-comparison-png", "Runs side by side as PNG", "Save the runs side by side as PNG",
        null, List.of(), () -> x.savePng(d.comparison()), twoRuns);
    ObservableBooleanValue anyRun = Bindings.size(d.runs().runs()).greaterThanOrEqualTo(1);
    for (ChartCard card : t.compare().charts()) {
      String name = card == t.compare().bars() ? "bars" : "distribution";
      comparePngs.add(new Action("export-compare-" + name, "Compare: " + (card == t.compare().bars() ? "bar chart" : "latency distribution") + " as PNG",
          "Save the Compare view's " + (card == t.compare().bars() ? "bar chart" : "latency distribution") + " as PNG",
          null, List.of(), () -> x.savePng(card), anyRun));
    }
    saveRun = new Action("export-run", "Save run as .wsarena …", "Save the run as .wsarena", Feather.SAVE,
        keys(key(KeyCode.S, CTRL)), x::saveRun, runShown);
    saveResults = new Action("export-results", "Results: JSON, CSV, .hgrm …", "Save the result: JSON, CSV, .hgrm",
        Feather.FILE, keys(key(KeyCode.S, CTRL, SHIFT)), x::saveResults, runShown);
    copyMarkdown = new Action("export-markdown", "Copy result as Markdown", "Copy the result as Markdown",
        Feather.CLIPBOARD, keys(key(KeyCode.C, CTRL, SHIFT)), x::copyMarkdown, runShown);
    saveShootout = new Action("export-shootout", "Save the shootout (folder) …",
        "Save the last shootout as a folder of its runs, shootout.json and report.md", Feather.FOLDER_PLUS, List.of(),
        () -> x.saveShootout(t.lastShootout().get()), t.lastShootout().isNotNull());
    saveReport = new Action("export-report", "Save report (Markdown + HTML) …",
        "Save the Compare view's runs as the report a reviewer publishes: report.md, one report.html, the article's claims checked",
        Feather.BOOK_OPEN, List.of(), () -> x.saveReport(d.runs().table(d.runs().runs()).contenders()), anyRun);
    comparisonReport = new Action("export-comparison", "Export comparison (Markdown) …",
        "Save the runs side by side as a Markdown report", Feather.FILE_TEXT, List.of(), x::saveComparison, twoRuns);

    latencyScale = new Action("latency-scale", null, "Latency scale: linear or log", null,
        keys(key(KeyCode.L, CTRL)), () -> toggle(d), always);
    theme = new Action("theme", null, "Light or dark theme", null,
        keys(key(KeyCode.T, CTRL)), t.look()::toggleTheme, always);
    presentation = new Action("presentation", null, "Presentation mode: larger text, thicker lines", Feather.MONITOR,
        keys(key(KeyCode.F12), key(KeyCode.P, CTRL)), t.look()::togglePresentation, always);
    nextCharts = new Action("next-charts", null, "The other charts of the dashboard, when it shows three at a time", null,
        keys(key(KeyCode.F8)), d::nextCharts, d.tilesFocusedProperty());
    sidebar = new Action("sidebar-toggle", null, "Show or hide the scenario", Feather.SIDEBAR,
        keys(key(KeyCode.B, CTRL)), t.look()::toggleSidebar, always);
    fullScreen = new Action("fullscreen", null, "Full screen", Feather.MAXIMIZE,
        keys(key(KeyCode.F11)), t.fullScreen(), always);
    shortcuts = new Action("shortcuts", null, "Keyboard shortcuts", Feather.HELP_CIRCLE,
        keys(key(KeyCode.F1)), t.shortcuts(), always);
    quit = new Action("quit", null, "Quit", null, keys(key(KeyCode.Q, CTRL)), t.quit(), always);

    Set<KeyCombination> seen = new HashSet<>();
    for (Action a : all()) {
      for (KeyCombination k : a.keys()) {
        if (!seen.add(k)) {
          throw new IllegalStateException(Action.keyName(k) + " is given to two actions");
        }
      }
    }
  }

  /** Every action, in the order the shortcut list shows them. */
  List<Action> all() {
    return Stream.of(
            List.of(start, compare, sweep, stop, runPage, comparePage, open, dashboardPng),
            chartPngs,
            comparePngs,
            List.of(comparisonPng, saveRun, saveResults, copyMarkdown, comparisonReport, saveShootout, saveReport),
            List.of(latencyScale, theme, presentation, nextCharts, sidebar, fullScreen, shortcuts, quit))
        .flatMap(List::stream)
        .toList();
  }

  /** The Export menu, section by section. */
  List<List<Action>> exportMenu() {
    List<Action> pictures = new ArrayList<>(chartPngs);
    pictures.add(comparisonPng);
    pictures.addAll(comparePngs);
    return List.of(List.of(dashboardPng), pictures, List.of(saveRun, saveResults, copyMarkdown), List.of(comparisonReport, saveShootout, saveReport));
  }

  /**
   * Registers the keys of every action with the scene, each once. A menu item's key is registered
   * by JavaFX itself, from the item's accelerator (which the menu also shows), so the Export
   * menu's are left to it. A key does nothing while its action cannot be done.
   */
  void installKeys(Scene scene) {
    Set<Action> inMenu = new HashSet<>();
    exportMenu().forEach(inMenu::addAll);
    for (Action a : all()) {
      if (!inMenu.contains(a)) {
        a.keys().forEach(k -> scene.getAccelerators().put(k, a::run));
      }
    }
  }

  private static void toggle(Dashboard d) {
    var scale = d.scaleProperty();
    scale.set(scale.get() == LatencyScale.LOG ? LatencyScale.LINEAR : LatencyScale.LOG);
  }

  private static KeyCombination key(KeyCode code, KeyCombination.Modifier... modifiers) {
    return new KeyCodeCombination(code, modifiers);
  }

  private static List<KeyCombination> keys(KeyCombination... keys) {
    return List.of(keys);
  }
}
