package wsarena.ui;

import atlantafx.base.theme.Styles;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Separator;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.controlsfx.control.StatusBar;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import wsarena.engine.EngineCatalog;
import wsarena.host.HostInfo;
import wsarena.host.HostProbe;
import wsarena.metrics.Outcome;
import wsarena.metrics.Phase;
import wsarena.metrics.RunResult;
import wsarena.metrics.Sample;
import wsarena.scenario.Scenario;
import wsarena.scenario.ScenarioJson;
import wsarena.scenario.TargetSpec;
import javafx.scene.input.TransferMode;
import wsarena.ui.chart.ChartCard;
import wsarena.ui.dashboard.Dashboard;
import wsarena.ui.compare.ComparedRuns;
import wsarena.ui.open.DialogOpenLocation;
import wsarena.ui.open.OpenLocation;
import wsarena.ui.open.ResultFile;
import wsarena.ui.open.ResultOpener;
import wsarena.ui.chart.LatencyScale;
import wsarena.ui.export.PngExport;
import wsarena.ui.export.SaveLocation;
import wsarena.ui.form.ScenarioForm;
import wsarena.ui.form.ScenarioPane;
import wsarena.ui.run.RunController;
import wsarena.ui.run.RunEvent;
import wsarena.ui.run.RunStarter;

/**
 * The window: toolbar (Start, Stop, Compare models, Open results, Export, view switches), the
 * scenario and this machine's hardware on the left, the dashboard in the middle with notices on
 * top, a status bar at the bottom. It wires the pieces together and owns the keyboard shortcuts
 * and the dropping of files; the pieces do the work.
 */
public final class MainWindow {
  private final Stage stage;
  private final WindowOptions options;
  private final UiSettings settings;
  private final EngineCatalog catalog;
  private final ScenarioForm form;
  private final RunController controller;
  private final Dashboard dashboard;
  private final HardwarePane hardware = new HardwarePane();
  private final ScenarioPane scenarioPane;
  private final Notices notices;
  private final StatusBar status = new StatusBar();
  private final BorderPane root = new BorderPane();
  private final Scene scene;
  private final Exports exports;
  private final ObjectProperty<HostInfo> host = new SimpleObjectProperty<>();
  private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(Theme.DARK);
  private final BooleanProperty presentation = new SimpleBooleanProperty();
  private final BooleanProperty sidebar = new SimpleBooleanProperty(true);
  private final FxThreadProbe probe;
  private final VBox side;
  private final Button start = new Button("Start", new FontIcon(Feather.PLAY));
  private final Button stop = new Button("Stop", new FontIcon(Feather.SQUARE));
  private final Button compare = new Button("Compare models", new FontIcon(Feather.LAYERS));
  private final ModelComparison comparison;
  private final ResultOpener opener;
  private final OpenLocation opens;
  private Scenario shownScenario;
  private Screenshot screenshot;
  private final PhaseClock progress = new PhaseClock();

  /**
   * @param saves makes the chooser of export locations for the stage (file dialogs in the app)
   */
  public MainWindow(
      Stage stage,
      WindowOptions options,
      UiSettings settings,
      EngineCatalog catalog,
      RunStarter starter,
      Function<Window, SaveLocation> saves) {
    this.stage = stage;
    this.options = options;
    this.settings = settings;
    this.catalog = catalog;
    this.form = new ScenarioForm(catalog);
    this.controller = new RunController(starter);
    this.dashboard = new Dashboard(catalog, this::copyMarkdown, this::saveComparison);
    this.scenarioPane = new ScenarioPane(form, catalog);
    this.notices = new Notices(dashboard);
    // the notice bar slides over the dashboard's top: make room, so the title stays in view
    notices
        .node()
        .showingProperty()
        .addListener((obs, was, showing) ->
            dashboard.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("notice"), showing));
    this.probe = options.fxProbe() ? new FxThreadProbe(System.out) : null;
    this.comparison = new ModelComparison(this::startScenario);
    this.opens = new DialogOpenLocation(stage, settings);
    this.opener =
        new ResultOpener(
            new ResultOpener.Outcome() {
              @Override
              public void loaded(List<ResultFile.Loaded> runs) {
                opened(runs);
              }

              @Override
              public void failed(String sentence) {
                notices.error(sentence);
                status.setText(sentence);
                if (screenshot != null) {
                  screenshot.openedFailed(sentence);
                }
              }
            });

    restoreScenario();
    theme.set(options.theme().or(settings::theme).orElse(Theme.DARK));
    presentation.set(options.presentation() || settings.presentation());

    exports =
        new Exports(
            dashboard,
            theme::get,
            saves.apply(stage),
            notices,
            () -> form.check().scenario().orElse(null),
            status::setText);
    dashboard.charts().forEach(c -> c.setExporter(exports));
    dashboard.summary().setExporter(exports);
    dashboard.comparison().setExporter(exports);

    side = new VBox(scenarioPane, hardware);
    side.getStyleClass().add("sidebar");
    side.setId("sidebar");
    VBox.setVgrow(scenarioPane, Priority.ALWAYS);
    side.visibleProperty().bind(sidebar);
    side.managedProperty().bind(sidebar);

    root.setTop(toolbar());
    root.setLeft(side);
    root.setCenter(notices.node());
    root.setBottom(status);
    root.getStyleClass().add("wsarena");
    status.setId("status");
    status.setText("Detecting hardware …");

    scene = new Scene(root, 1440, 900);
    scene.getStylesheets().add(MainWindow.class.getResource("/wsarena/ui/app.css").toExternalForm());
    installShortcuts();
    acceptDroppedFiles();

    // what the user switches is remembered; what a command-line option asked for is not
    theme.addListener((obs, old, now) -> {
      applyTheme();
      settings.setTheme(now);
    });
    presentation.addListener((obs, old, now) -> {
      applyPresentation();
      settings.setPresentation(now);
    });
    applyTheme();
    applyPresentation();

    // the title bar names the run on screen and its date, e.g. when several are side by side
    dashboard.shownResultProperty().addListener((obs, old, shown) -> {
      if (shown != null && dashboard.shownSince() != null) {
        stage.setTitle("wsarena · " + shown.target().label() + " · " + TITLE_DATE.format(dashboard.shownSince()));
      }
      if (shown != null && dashboard.runs().size() > 1) {
        // a run picked in the table (a finishing run or an open sets its own line after this)
        status.setText("On the time charts: " + shown.target().label() + " · click another row of Runs side by side to show it");
      }
    });
    controller.addListener(this::onRunEvents);
    controller.addListener(comparison::onEvents);
    form.onChange(check -> check.scenario().ifPresent(dashboard::preview));
    form.check().scenario().ifPresent(dashboard::preview);
    scenarioPane.setEditable(true);
    controller.stateProperty().addListener((obs, old, now) -> scenarioPane.setEditable(now == RunController.State.IDLE));
  }

  /** Shows the window and starts detecting the hardware. */
  public void show() {
    stage.setTitle("wsarena");
    stage.getIcons().setAll(AppIcons.load());
    stage.setScene(scene);
    stage.setMinWidth(1024);
    stage.setMinHeight(680);
    Rectangle2D screen = Screen.getPrimary().getVisualBounds();
    stage.setWidth(Math.min(1600, screen.getWidth() * 0.95));
    stage.setHeight(Math.min(1000, screen.getHeight() * 0.95));
    stage.setFullScreenExitHint("Press F11 or Esc to leave full screen");
    stage.setFullScreen(options.fullScreen());
    stage.setOnCloseRequest(e -> close());
    stage.show();
    if (probe != null) {
      probe.start();
    }
    if (options.screenshot().isPresent()) {
      screenshot = new Screenshot(options.screenshot().get());
    }
    detectHost();
    if (!options.results().isEmpty()) {
      openResults(options.results());
    }
  }

  private void detectHost() {
    Background.run(
        "host-probe",
        HostProbe::detect,
        this::hostReady,
        failure -> {
          hostReady(fallbackHost());
          notices.warn("Could not read the hardware (" + Background.reason(failure) + "); results show what the JVM knows");
        });
  }

  /** What the JVM alone can say about the machine, when the hardware probe fails. */
  private static HostInfo fallbackHost() {
    Runtime rt = Runtime.getRuntime();
    return new HostInfo(
        "unknown CPU",
        rt.availableProcessors(),
        rt.availableProcessors(),
        -1,
        System.getProperty("os.name"),
        System.getProperty("os.version"),
        System.getProperty("java.vendor"),
        System.getProperty("java.version"),
        ManagementFactory.getRuntimeMXBean().getInputArguments());
  }

  private void hostReady(HostInfo info) {
    host.set(info);
    hardware.setHost(info);
    dashboard.setHost(info);
    if (dashboard.runs().size() == 0) {
      status.setText("Ready: press Start (Ctrl+Enter) to measure, or open saved runs (Ctrl+O)");
    }
    if (options.compare()) {
      compareModels();
    } else if (options.demo()) {
      start();
    }
  }

  private ToolBar toolbar() {
    start.setId("start");
    start.getStyleClass().addAll(Styles.ACCENT, "start-button");
    start.setDefaultButton(false);
    start.setTooltip(new Tooltip("Start the run (Ctrl+Enter or F5)"));
    start.setOnAction(e -> start());
    start.disableProperty().bind(Bindings.createBooleanBinding(
        () -> controller.state() != RunController.State.IDLE || host.get() == null || !form.checkProperty().get().valid(),
        controller.stateProperty(), host, form.checkProperty()));

    stop.setId("stop");
    stop.getStyleClass().addAll(Styles.DANGER, "stop-button");
    stop.setTooltip(new Tooltip("Stop the run and keep what was measured (Ctrl+. or Shift+F5)"));
    stop.setOnAction(e -> stop());
    stop.disableProperty()
        .bind(controller.stateProperty().isNotEqualTo(RunController.State.RUNNING).and(comparison.activeProperty().not()));

    compare.setId("compare");
    compare.getStyleClass().add("compare-button");
    compare.setTooltip(new Tooltip("Run this scenario once per threading model of the engine, one after the other (Ctrl+Shift+Enter)"));
    compare.setOnAction(e -> compareModels());
    compare.disableProperty().bind(Bindings.createBooleanBinding(
        () -> start.isDisabled()
            || form.targetKind.get() != ScenarioForm.TargetKind.ENGINE
            || form.modelsProperty().get().size() < 2,
        start.disabledProperty(), form.targetKind, form.modelsProperty()));

    Button open = new Button("Open results…", new FontIcon(Feather.FOLDER));
    open.setId("open");
    open.setTooltip(
        new Tooltip("Open saved runs (.wsarena, or .json from wsarena run/bench --out) to lay them side by side"
            + " (Ctrl+O); dropping the files on the window does the same"));
    open.setOnAction(e -> openDialog());

    MenuButton export = new MenuButton("Export", new FontIcon(Feather.DOWNLOAD));
    export.setId("export");
    MenuItem dashboardPng = new MenuItem("Dashboard as PNG (2×)", new FontIcon(Feather.IMAGE));
    dashboardPng.setId("export-dashboard");
    dashboardPng.setAccelerator(new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN));
    dashboardPng.setOnAction(e -> exports.saveDashboard());
    export.getItems().addAll(dashboardPng, new SeparatorMenuItem());
    for (ChartCard card : dashboard.charts()) {
      MenuItem item = new MenuItem(card.title() + " as PNG");
      item.setId("export-" + card.slug());
      item.setOnAction(e -> exports.savePng(card));
      export.getItems().add(item);
    }
    MenuItem comparisonPng = new MenuItem("Runs side by side as PNG");
    comparisonPng.setId("export-comparison-png");
    comparisonPng.setOnAction(e -> exports.savePng(dashboard.comparison()));
    export.getItems().add(comparisonPng);
    MenuItem run = new MenuItem("Save run as .wsarena …", new FontIcon(Feather.SAVE));
    run.setId("export-run");
    run.setAccelerator(new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN));
    run.setOnAction(e -> exports.saveRun());
    MenuItem report = new MenuItem("Export comparison (Markdown) …", new FontIcon(Feather.FILE_TEXT));
    report.setId("export-comparison");
    report.setOnAction(e -> exports.saveComparison());
    MenuItem results = new MenuItem("Results: JSON, CSV, .hgrm …", new FontIcon(Feather.FILE));
    results.setId("export-results");
    results.setAccelerator(new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
    results.setOnAction(e -> exports.saveResults());
    MenuItem markdown = new MenuItem("Copy result as Markdown", new FontIcon(Feather.CLIPBOARD));
    markdown.setId("export-markdown");
    markdown.setAccelerator(new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
    markdown.setOnAction(e -> exports.copyMarkdown());
    var nothingShown = dashboard.shownResultProperty().isNull();
    var fewerThanTwo = Bindings.size(dashboard.runs().runs()).lessThan(2);
    run.disableProperty().bind(nothingShown);
    results.disableProperty().bind(nothingShown);
    markdown.disableProperty().bind(nothingShown);
    report.disableProperty().bind(fewerThanTwo);
    comparisonPng.disableProperty().bind(fewerThanTwo);
    export.getItems().addAll(new SeparatorMenuItem(), run, results, markdown, new SeparatorMenuItem(), report);

    ToggleButton side = iconToggle("sidebar-toggle", Feather.SIDEBAR, "Show the scenario (Ctrl+B)");
    side.selectedProperty().bindBidirectional(sidebar);
    Button themeButton = new Button();
    themeButton.setId("theme");
    themeButton.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
    themeButton.graphicProperty().bind(Bindings.createObjectBinding(
        () -> new FontIcon(theme.get() == Theme.DARK ? Feather.SUN : Feather.MOON), theme));
    themeButton.setTooltip(new Tooltip("Light or dark theme (Ctrl+T)"));
    themeButton.setOnAction(e -> theme.set(theme.get().other()));
    ToggleButton present = iconToggle("presentation", Feather.MONITOR, "Presentation mode: larger text, thicker lines (F12)");
    present.selectedProperty().bindBidirectional(presentation);
    Button full = new Button(null, new FontIcon(Feather.MAXIMIZE));
    full.setId("fullscreen");
    full.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
    full.setTooltip(new Tooltip("Full screen (F11)"));
    full.setOnAction(e -> stage.setFullScreen(!stage.isFullScreen()));

    Label keys = new Label(null, new FontIcon(Feather.HELP_CIRCLE));
    keys.setId("shortcuts");
    keys.getStyleClass().add("shortcuts-help");
    Tooltip keyList = new Tooltip(SHORTCUTS);
    keyList.setShowDelay(javafx.util.Duration.millis(150));
    keyList.setShowDuration(javafx.util.Duration.INDEFINITE);
    keys.setTooltip(keyList);

    Label brand = new Label("wsarena");
    brand.getStyleClass().add("brand");
    Region spacer = new Region();
    HBox.setHgrow(spacer, Priority.ALWAYS);
    ToolBar bar = new ToolBar(brand, new Separator(), start, stop, compare, spacer, open, export, new Separator(), side, themeButton, present, full, keys);
    bar.getStyleClass().add("main-toolbar");
    return bar;
  }

  /** The keyboard shortcuts, as the help icon in the toolbar lists them. */
  static final String SHORTCUTS =
      String.join(
          "\n",
          "Ctrl+Enter or F5\tStart",
          "Ctrl+Shift+Enter\tCompare models",
          "Ctrl+. or Shift+F5\tStop",
          "Ctrl+O\tOpen saved runs (or drop their files on the window)",
          "Ctrl+E\tSave the dashboard as PNG (2×)",
          "Ctrl+S\tSave the run as .wsarena",
          "Ctrl+Shift+S\tSave the result: JSON, CSV, .hgrm",
          "Ctrl+Shift+C\tCopy the result as Markdown",
          "Ctrl+L\tLatency scale: linear or log",
          "Ctrl+T\tLight or dark theme",
          "F12 or Ctrl+P\tPresentation mode",
          "Ctrl+B\tShow or hide the scenario",
          "F11\tFull screen",
          "Right click on a chart\tSave or copy it as a picture");

  private static ToggleButton iconToggle(String id, Feather icon, String tip) {
    ToggleButton b = new ToggleButton(null, new FontIcon(icon));
    b.setId(id);
    b.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
    b.setTooltip(new Tooltip(tip));
    return b;
  }

  private void installShortcuts() {
    var accelerators = scene.getAccelerators();
    Runnable startIfPossible = () -> {
      if (!start.isDisabled()) {
        start();
      }
    };
    accelerators.put(new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN), startIfPossible);
    accelerators.put(new KeyCodeCombination(KeyCode.F5), startIfPossible);
    accelerators.put(
        new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
        () -> {
          if (!compare.isDisabled()) {
            compareModels();
          }
        });
    accelerators.put(new KeyCodeCombination(KeyCode.PERIOD, KeyCombination.SHORTCUT_DOWN), this::stop);
    accelerators.put(new KeyCodeCombination(KeyCode.F5, KeyCombination.SHIFT_DOWN), this::stop);
    accelerators.put(new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN), exports::saveDashboard);
    accelerators.put(new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN), this::openDialog);
    accelerators.put(new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN), exports::saveRun);
    accelerators.put(
        new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN), exports::saveResults);
    accelerators.put(
        new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN), exports::copyMarkdown);
    accelerators.put(new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN), () -> {
      var scale = dashboard.scaleProperty();
      scale.set(scale.get() == LatencyScale.LOG ? LatencyScale.LINEAR : LatencyScale.LOG);
    });
    accelerators.put(new KeyCodeCombination(KeyCode.T, KeyCombination.SHORTCUT_DOWN), () -> theme.set(theme.get().other()));
    accelerators.put(new KeyCodeCombination(KeyCode.F12), () -> presentation.set(!presentation.get()));
    accelerators.put(new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN), () -> presentation.set(!presentation.get()));
    accelerators.put(new KeyCodeCombination(KeyCode.B, KeyCombination.SHORTCUT_DOWN), () -> sidebar.set(!sidebar.get()));
    accelerators.put(new KeyCodeCombination(KeyCode.F11), () -> stage.setFullScreen(!stage.isFullScreen()));
  }

  /** Asks for result files with the platform's dialog, then opens them. */
  private void openDialog() {
    List<Path> files = opens.files("Open saved runs");
    openResults(files);
  }

  /**
   * Opens run result files ({@code .wsarena}, {@code .json}): read off the FX thread, then laid
   * side by side with the runs already there; the first is shown on the time charts unless a run
   * is going. Files that are not results are named in one sentence; the window stays as it was.
   */
  public void openResults(List<Path> files) {
    if (files.isEmpty()) {
      return;
    }
    status.setText("Opening " + (files.size() == 1 ? files.getFirst().getFileName() : files.size() + " files") + " …");
    opener.open(files);
  }

  private void opened(List<ResultFile.Loaded> runs) {
    if (runs.isEmpty()) {
      return;
    }
    notices.clear();
    int setAside = dashboard.addOpened(runs);
    String names = String.join(", ", runs.stream().map(r -> r.result().target().label()).toList());
    if (dashboard.isLive()) {
      status.setText("Opened " + names + ": side by side with the run in progress, which keeps the time charts");
    } else if (dashboard.runs().size() > 1) {
      status.setText("Opened " + names + " · click a row of Runs side by side to show another run on the time charts");
    } else {
      status.setText("Opened " + names + " · Ctrl+E saves the dashboard as PNG");
    }
    if (setAside > 0) {
      notices.info(
          "wsarena lays " + ComparedRuns.CAPACITY + " runs side by side at most: the " + setAside
              + " oldest were set aside");
    }
    if (screenshot != null) {
      screenshot.openedShown();
    }
  }

  /** Files dropped anywhere on the window open as results, as with Open results. */
  private void acceptDroppedFiles() {
    scene.setOnDragOver(e -> {
      if (e.getDragboard().hasFiles()) {
        e.acceptTransferModes(TransferMode.COPY);
        root.pseudoClassStateChanged(DROP_TARGET, true);
      }
      e.consume();
    });
    scene.setOnDragExited(e -> root.pseudoClassStateChanged(DROP_TARGET, false));
    scene.setOnDragDropped(e -> {
      root.pseudoClassStateChanged(DROP_TARGET, false);
      boolean files = e.getDragboard().hasFiles();
      if (files) {
        openResults(e.getDragboard().getFiles().stream().map(java.io.File::toPath).toList());
      }
      e.setDropCompleted(files);
      e.consume();
    });
  }

  private static final java.time.format.DateTimeFormatter TITLE_DATE =
      java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private static final javafx.css.PseudoClass DROP_TARGET = javafx.css.PseudoClass.getPseudoClass("drop-target");

  private void applyTheme() {
    Application.setUserAgentStylesheet(theme.get().userAgentStylesheet());
    for (Theme t : Theme.values()) {
      root.getStyleClass().remove(t.styleClass());
    }
    root.getStyleClass().add(theme.get().styleClass());
  }

  private void applyPresentation() {
    if (presentation.get()) {
      if (!root.getStyleClass().contains("presentation")) {
        root.getStyleClass().add("presentation");
      }
    } else {
      root.getStyleClass().remove("presentation");
    }
    sidebar.set(!presentation.get());
  }

  /** Starts a run of the scenario in the form, when it is valid and nothing is running. */
  public void start() {
    formScenario().ifPresent(scenario -> {
      comparison.cancel();
      saveScenario(scenario);
      startScenario(scenario);
    });
  }

  /** Runs the form's scenario once per threading model of its engine, one after the other. */
  public void compareModels() {
    formScenario().ifPresent(scenario -> {
      List<Scenario> runs = ModelComparison.plan(scenario, form.modelsProperty().get());
      if (runs.size() < 2) {
        notices.info("Comparing needs an engine with two threading models or more");
        return;
      }
      saveScenario(scenario);
      comparison.start(runs);
    });
  }

  private Optional<Scenario> formScenario() {
    if (controller.state() != RunController.State.IDLE || host.get() == null) {
      return Optional.empty();
    }
    ScenarioForm.Check check = form.check();
    if (!check.valid()) {
      notices.error("Fix the scenario first: " + check.problems().getFirst().message());
      return Optional.empty();
    }
    return check.scenario();
  }

  private void startScenario(Scenario scenario) {
    if (controller.state() == RunController.State.IDLE && host.get() != null) {
      controller.start(scenario, host.get());
    }
  }

  public void stop() {
    comparison.cancel();
    controller.stop();
  }

  private void copyMarkdown() {
    exports.copyMarkdown();
  }

  private void saveComparison() {
    exports.saveComparison();
  }

  private void onRunEvents(List<RunEvent> batch) {
    dashboard.onEvents(batch);
    for (RunEvent event : batch) {
      switch (event) {
        case RunEvent.Started s -> {
          shownScenario = s.scenario();
          if (comparison.activeProperty().get() && s.scenario().target() instanceof TargetSpec.Embedded e) {
            form.model.set(e.model()); // the locked form shows the model being measured
          }
          notices.clear();
          stage.setTitle("wsarena · " + s.scenario().target().label());
          status.setText("Starting " + ScenarioText.target(s.scenario(), catalog) + " …");
          status.setProgress(0);
          progress.reset();
          if (probe != null) {
            probe.reset();
          }
        }
        case RunEvent.Warned w -> notices.warn(w.message());
        case RunEvent.Finished f -> finished(f.result());
        case RunEvent.Crashed c -> {
          status.setProgress(0);
          status.setText(c.message());
          notices.error(c.message());
          if (screenshot != null) {
            screenshot.failed(c.message());
          }
        }
        case RunEvent.PhaseChanged p -> {}
        case RunEvent.SampleArrived s -> {}
      }
    }
    for (RunEvent event : batch) {
      if (event instanceof RunEvent.SampleArrived s) {
        progress.add(s.sample());
      }
    }
    if (controller.state() != RunController.State.IDLE && shownScenario != null) {
      showProgress();
    }
    if (screenshot != null) {
      screenshot.check(batch);
    }
  }

  private void finished(RunResult result) {
    status.setProgress(0);
    if (result.outcome() == Outcome.FAILED) {
      notices.error("The run failed: " + result.failure());
      status.setText("Failed: " + result.failure());
    } else {
      var t = result.totals();
      String figures =
          t == null || t.latency() == null || t.latency().count() == 0
              ? "nothing was measured"
              : Units.perSecond(t.receivedPerSecond()) + " · p99 " + Units.latency(t.latency().p99Micros());
      status.setText(
          (result.outcome() == Outcome.STOPPED ? "Stopped: " : "Done: ")
              + figures
              + " · Ctrl+E saves the dashboard as PNG, Ctrl+S the run as .wsarena");
    }
    if (probe != null) {
      probe.report("run " + result.scenario().target().label());
    }
  }

  /** The status line while a run goes: where it is, how far, how fast. */
  private void showProgress() {
    Sample latest = controller.latestSampleProperty().get();
    var load = shownScenario.load();
    double durationSeconds = load.duration().toMillis() / 1000.0;
    status.setProgress(Math.min(1, progress.measuredMillis() / 1000.0 / durationSeconds));
    if (controller.state() == RunController.State.STOPPING) {
      status.setText("Stopping · keeping what was measured …");
      return;
    }
    Phase phase = controller.phaseProperty().get();
    String open = latest == null ? "0" : Units.whole(latest.connectionsOpen());
    String position = comparison.position();
    status.setText(
        (position.isEmpty() ? "" : "Comparing, " + position + " · ")
            + switch (phase == null ? Phase.STARTING : phase) {
          case STARTING -> "Starting " + ScenarioText.target(shownScenario, catalog) + " …";
          case RAMP -> "Ramp · " + open + " of " + Units.whole(load.connections()) + " connections open";
          case WARMUP ->
              "Warm-up · "
                  + Units.elapsed(progress.warmupMillis() / 1000.0)
                  + " of "
                  + Units.elapsed(load.warmup().toMillis() / 1000.0)
                  + " · not measured";
          case MEASURING ->
              "Measuring · "
                  + Units.elapsed(progress.measuredMillis() / 1000.0)
                  + " of "
                  + Units.elapsed(durationSeconds)
                  + " · "
                  + open
                  + " connections · "
                  + (latest == null ? "" : Units.perSecond(latest.receivedPerSecond()) + " received");
          case DRAINING -> "Draining · waiting for the last answers";
          case DONE -> "Finishing …";
        });
  }

  private void restoreScenario() {
    try {
      Optional<Scenario> saved =
          options.scenario().isPresent()
              ? Optional.of(ScenarioJson.read(options.scenario().get()))
              : settings.loadScenario();
      saved.ifPresent(form::load);
    } catch (IOException | RuntimeException e) {
      Path which = options.scenario().orElse(settings.dir().resolve("scenario.json"));
      status.setText("Could not read " + which + " (" + Background.reason(e) + "); the default scenario is shown");
    }
  }

  private void saveScenario(Scenario scenario) {
    Background.run(
        "save-scenario",
        () -> {
          settings.saveScenario(scenario);
          return scenario;
        },
        saved -> {},
        failure -> status.setText("Could not save the scenario: " + Background.reason(failure)));
  }

  private void close() {
    controller.shutdown();
    try {
      settings.savePreferences();
      form.check().scenario().ifPresent(s -> {
        try {
          settings.saveScenario(s);
        } catch (IOException e) {
          // the window is closing: nowhere left to show this
        }
      });
    } catch (IOException e) {
      // same
    }
    if (probe != null) {
      probe.report("window closed");
      probe.stop();
    }
  }

  /**
   * {@code --screenshot FILE}: a PNG of the whole window 80 % into the measured phase, then the run
   * is stopped and the app quits; used to regenerate the README's pictures.
   */
  private final class Screenshot {
    private final Path file;
    private boolean taken;
    private boolean written;
    private boolean finished;

    Screenshot(Path file) {
      this.file = file;
    }

    void check(List<RunEvent> batch) {
      for (RunEvent event : batch) {
        if (event instanceof RunEvent.Finished f) {
          if (comparison.activeProperty().get() && f.result().outcome() == Outcome.COMPLETED) {
            continue; // the comparison goes on with the next model
          }
          if (f.result().outcome() == Outcome.FAILED) {
            System.err.println("wsarena: the run failed: " + f.result().failure());
          }
          finished = true;
          if (!taken) {
            take();
          }
          quitWhenDone();
          return;
        }
      }
      long duration = shownScenario.load().duration().toMillis();
      boolean lastRun = !comparison.activeProperty().get() || comparison.onLastRun();
      if (!taken && lastRun && progress.measuredMillis() >= duration * 0.8) {
        take();
        stop();
      }
    }

    void failed(String message) {
      System.err.println("wsarena: " + message);
      finished = true;
      quitWhenDone();
    }

    /** Opened results are on screen: without a run to wait for, the picture is taken now. */
    void openedShown() {
      if (options.demo() || options.compare() || taken) {
        return;
      }
      finished = true;
      // a few frames for the charts to lay out their new data before the picture
      javafx.animation.PauseTransition settle = new javafx.animation.PauseTransition(javafx.util.Duration.millis(800));
      settle.setOnFinished(e -> {
        take();
        quitWhenDone();
      });
      settle.play();
    }

    void openedFailed(String sentence) {
      if (options.demo() || options.compare()) {
        return;
      }
      System.err.println("wsarena: " + sentence);
      if (dashboard.runs().size() == 0) {
        finished = true;
        quitWhenDone();
      }
    }

    /** Takes the picture on the FX thread and writes it on another, so no frame waits for it. */
    private void take() {
      taken = true;
      var image = scene.snapshot(null);
      Background.run(
          "screenshot",
          () -> {
            PngExport.write(image, file);
            return file;
          },
          saved -> {
            System.out.println("wsarena: window screenshot written to " + saved.toAbsolutePath());
            written = true;
            quitWhenDone();
          },
          failure -> {
            System.err.println("wsarena: could not write " + file + ": " + Background.reason(failure));
            written = true;
            quitWhenDone();
          });
    }

    /** Quits once the run has ended and the picture is on disk (or could not be written). */
    private void quitWhenDone() {
      if (finished && (written || !taken)) {
        close();
        Platform.exit();
      }
    }
  }

  public Scene scene() {
    return scene;
  }

  public Dashboard dashboard() {
    return dashboard;
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
}
