package wsarena.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Scene;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import wsarena.scenario.TargetCatalog;
import wsarena.host.HostInfo;
import wsarena.metrics.ShootoutResult;
import wsarena.text.Units;
import wsarena.ui.chart.ChartCard;
import wsarena.ui.compare.CompareSetup;
import wsarena.ui.compare.CompareView;
import wsarena.ui.compare.ComparedRun;
import wsarena.ui.compare.ComparedRuns;
import wsarena.ui.compare.TargetChecklist;
import wsarena.ui.dashboard.Dashboard;
import wsarena.ui.export.SaveLocation;
import wsarena.ui.form.ScenarioForm;
import wsarena.ui.form.ScenarioPane;
import wsarena.ui.form.SweepForm;
import wsarena.ui.open.DialogOpenLocation;
import wsarena.ui.run.RunController;
import wsarena.run.RunSource;

/**
 * The window: the toolbar on top, the scenario and this machine's hardware on the left (with the
 * checklist of targets on the Compare page), the page in the middle (the dashboard of one run, or
 * the Compare view of many) with notices over it, the status line at the bottom. It builds the
 * pieces, wires them together and accepts dropped files; the pieces do the work, and what the
 * user can do is in {@link WindowActions}.
 */
public final class MainWindow {
  private final Stage stage;
  private final WindowOptions options;
  private final SettingsKeeper settings;
  private final ScenarioForm form;
  private final SweepForm sweepForm = new SweepForm();
  private final RunController controller;
  private final Dashboard dashboard;
  private final CompareSetup setup;
  private final CompareView compare;
  private final ObjectProperty<Page> page = new SimpleObjectProperty<>(Page.RUN);
  /** The last shootout that ended, which Export › Save the shootout writes. */
  private final ObjectProperty<ShootoutResult> lastShootout = new SimpleObjectProperty<>();
  private final HardwarePane hardware = new HardwarePane();
  private final Notices notices;
  private final StatusLine status;
  private final BorderPane root = new BorderPane();
  private final Scene scene;
  private final Exports exports;
  private final RunCommands runs;
  private final WindowActions actions;
  private final ShortcutList shortcuts;
  private final OpenedResults opened;
  private final ObjectProperty<HostInfo> host = new SimpleObjectProperty<>();
  private final FxThreadProbe probe;
  /** Why the saved scenario could not be loaded, said once the window shows; null when it could. */
  private final String unreadScenario;

  /**
   * @param saves makes the chooser of export locations for the stage (file dialogs in the app)
   */
  public MainWindow(
      Stage stage,
      WindowOptions options,
      UiSettings uiSettings,
      TargetCatalog catalog,
      RunSource source,
      Function<Window, SaveLocation> saves) {
    this.stage = stage;
    this.options = options;
    this.settings = new SettingsKeeper(uiSettings, options);
    this.form = new ScenarioForm(catalog);
    this.setup = new CompareSetup(catalog);
    this.controller = new RunController(source);
    this.dashboard = new Dashboard(catalog, this::copyMarkdown, this::saveComparison, this::setAside);
    this.compare = new CompareView(dashboard.runs(), catalog, this::setAside);
    StackPane pages = new StackPane(dashboard, compare);
    pages.setId("pages");
    Shown.when(dashboard, page.isEqualTo(Page.RUN));
    Shown.when(compare, page.isEqualTo(Page.COMPARE));
    // the notice bar slides over the dashboard's top, into the room the dashboard keeps for it
    this.notices = new Notices(pages);
    this.status = new StatusLine(controller, catalog);
    this.probe = options.fxProbe() ? new FxThreadProbe(System.out) : null;
    this.opened = new OpenedResults(new DialogOpenLocation(stage, uiSettings), dashboard, notices, status, page);
    if (options.page().isPresent()) {
      opened.keepPage();
    }
    this.unreadScenario = settings.restoreScenario(form).orElse(null);
    settings.restoreCompare(setup);

    Look look = new Look(root, settings.theme(), settings.presentation());
    settings.follow(look);
    compare.presentation().bind(look.presentation());
    dashboard.setPresentation(look.presentation().get());
    look.presentation().addListener((obs, was, on) -> dashboard.setPresentation(on));
    exports = new Exports(
        dashboard, compare, look.theme()::get, saves.apply(stage), notices, () -> form.check().scenario().orElse(null), status::say);
    List<ChartCard> cards = new java.util.ArrayList<>(dashboard.everyChart());
    cards.addAll(List.of(dashboard.summary(), dashboard.comparison()));
    cards.addAll(compare.charts());
    cards.addAll(compare.liveCharts());
    cards.forEach(c -> c.lookProperty().bind(look.chartLook()));
    dashboard.everyChart().forEach(c -> c.setExporter(exports));
    dashboard.summary().setExporter(exports);
    dashboard.comparison().setExporter(exports);
    compare.charts().forEach(c -> c.setExporter(exports));
    compare.liveCharts().forEach(c -> c.setExporter(exports));
    CompareWords words = new CompareWords(dashboard, compare);
    words.describe(exports);
    runs = new RunCommands(
        form, sweepForm, setup, page, catalog, controller, host, notices, s -> settings.saveScenario(s, status::say),
        this::setAsideEarlierRuns);
    actions = new WindowActions(new WindowActions.Targets(
        runs, opened::fromDialog, exports, dashboard, compare, page, lastShootout, look, () -> stage.setFullScreen(!stage.isFullScreen()),
        this::toggleShortcuts, this::quit));
    shortcuts = new ShortcutList(actions.all());

    ScenarioPane scenarioPane = new ScenarioPane(form, sweepForm, catalog);
    TargetChecklist checklist = new TargetChecklist(setup, () -> runs.shootoutScenarioOrNull());
    form.onChange(check -> checklist.scenarioChanged());
    VBox side = Sidebar.of(checklist, scenarioPane, hardware, page, look.sidebar());
    root.setTop(Toolbar.of(actions, look, shortcuts, page, exports.square()));
    root.setLeft(side);
    root.setCenter(notices.node());
    root.setBottom(status.node());
    root.getStyleClass().add("wsarena");
    status.say("Detecting hardware …");

    scene = new Scene(root, 1440, 900);
    scene.getStylesheets().add(MainWindow.class.getResource("/wsarena/ui/app.css").toExternalForm());
    actions.installKeys(scene);
    opened.acceptDrops(scene, root);

    RunTidings tidings = new RunTidings(stage, notices, status, dashboard, lastShootout, probe);
    controller.checkFirstProperty().bind(form.checkConformance);
    controller.addListener(dashboard::onEvents);
    controller.addListener(compare::onEvents);
    controller.addListener(status::onRunUpdates);
    controller.addListener(tidings::onRunUpdates);
    form.onChange(check -> check.scenario().ifPresent(dashboard::preview));
    form.check().scenario().ifPresent(dashboard::preview);
    scenarioPane.setEditable(true);
    controller.stateProperty().addListener((obs, old, now) -> scenarioPane.setEditable(now == RunController.State.IDLE));
  }

  /** Shows the window and starts detecting the hardware. */
  public void show() {
    StageLayout.apply(stage, scene, options.fullScreen());
    stage.setOnCloseRequest(e -> close());
    stage.show();
    if (probe != null) {
      probe.start();
    }
    if (unreadScenario != null) {
      notices.warn(unreadScenario);
    }
    if (options.screenshot().isPresent()) {
      Screenshot screenshot = new Screenshot(
          options.screenshot().get(), options, scene, controller, () -> dashboard.runs().size(), this::exit,
          () -> java.util.Map.of(
              "distribution.png", exports.picture(compare.distribution()).image(),
              "bars.png", exports.picture(compare.bars()).image()));
      if (probe != null) {
        // a snapshot of the whole window takes the FX thread a while: a gap of its own, not the run's
        screenshot.beforePicture(() -> probe.stretch("the screenshot and the stop"));
      }
      controller.addListener(screenshot::onRunUpdates);
      opened.tell(screenshot);
    }
    HostDetection.start(this::hostReady, notices::warn);
    opened.open(options.results());
  }

  private void hostReady(HostInfo info) {
    host.set(info);
    hardware.setHost(info);
    dashboard.setHost(info);
    if (dashboard.runs().size() == 0) {
      status.say("Ready: press Start (Ctrl+Enter) to measure, or open saved runs (Ctrl+O)");
    }
    options.page().ifPresent(page::set);
    if (options.compare()) {
      runs.compareModels();
      // Compare models opens the Compare view, unless the Run page was asked for
      options.page().ifPresent(page::set);
    } else if (options.demo()) {
      runs.start();
    }
  }

  /** Opens run result files ({@code .wsarena}, {@code .json}) side by side with the runs already there. */
  public void openResults(List<Path> files) {
    opened.open(files);
  }

  /** Something was set aside (a run of the comparison, or all but one): say so and offer to put it back. */
  private void setAside(ComparedRuns.Removal removal) {
    if (removal.isEmpty()) {
      return;
    }
    ComparedRuns all = dashboard.runs();
    String what = removal.runs().size() == 1 ? all.name(removal.runs().getFirst()) : Units.plural(removal.runs().size(), "run");
    notices.undoable("Set aside " + what + ".", () -> {
      all.restore(removal);
      status.say("Put back " + what);
    });
  }

  /** Before a shootout: the runs side by side go aside, with an undo, so it compares its own targets. */
  private void setAsideEarlierRuns() {
    ComparedRuns.Removal removal = dashboard.runs().clear();
    if (removal.isEmpty()) {
      return;
    }
    String what = Units.plural(removal.runs().size(), "earlier run");
    notices.undoable("Set aside " + what + ": this comparison holds its own targets only.", () -> {
      dashboard.runs().restore(removal);
      status.say("Put back " + what);
    });
  }

  private void setAside(ComparedRun run) {
    setAside(dashboard.runs().remove(run));
  }

  // the dashboard and the action table are built before what they call
  private void copyMarkdown() {
    exports.copyMarkdown();
  }

  private void saveComparison() {
    exports.saveComparison();
  }

  private void toggleShortcuts() {
    shortcuts.toggle();
  }

  /** Ctrl+Q: closes the window as its close button does; the app ends with it. */
  private void quit() {
    close();
    stage.close();
  }

  /** Closes the window and ends the app at once ({@code --screenshot} is done). */
  private void exit() {
    close();
    Platform.exit();
  }

  private void close() {
    controller.shutdown();
    settings.saveCompare(setup);
    settings.saveOnClose(form.check().scenario());
    if (probe != null) {
      probe.report("window closed");
      probe.stop();
    }
  }

  public Scene scene() {
    return scene;
  }

  public Dashboard dashboard() {
    return dashboard;
  }

  public CompareView compare() {
    return compare;
  }

  public CompareSetup compareSetup() {
    return setup;
  }

  /** The page on screen: the Run page's dashboard or the Compare view. */
  ObjectProperty<Page> page() {
    return page;
  }

  Exports exports() {
    return exports;
  }

  public RunController controller() {
    return controller;
  }

  public Notices notices() {
    return notices;
  }

  public ScenarioForm form() {
    return form;
  }

  public SweepForm sweepForm() {
    return sweepForm;
  }

  /** What the user can do, as the toolbar, the menu, the shortcut list and the keys have it. */
  WindowActions actions() {
    return actions;
  }
}
