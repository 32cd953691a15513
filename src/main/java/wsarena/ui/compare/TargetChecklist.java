package wsarena.ui.compare;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import wsarena.text.Units;
import wsarena.run.Shootout;
import wsarena.scenario.Isolation;
import wsarena.scenario.Scenario;
import wsarena.scenario.ShootoutPlan;
import wsarena.scenario.TargetNames;
import wsarena.ui.SegmentedChoice;

/**
 * The Compare view's side panel: a checklist of every target (each engine in each model, both
 * Python servers, the URLs the user added), how many times to measure each, where the engines
 * run, and what that plan comes to (its length, and the core's warning when the ticked targets
 * would not run on equal terms). It edits a {@link CompareSetup}; the scenario below it is the
 * form's.
 */
public final class TargetChecklist extends VBox {
  private final CompareSetup setup;
  private final Supplier<Scenario> scenario;
  private final VBox choices = new VBox();
  private final List<CheckBox> boxes = new ArrayList<>();
  private final Label planLine = new Label();
  private final Label warning = new Label();
  private final Label urlProblem = new Label();

  /** @param scenario the form's scenario (its target aside), null while the form is not valid */
  public TargetChecklist(CompareSetup setup, Supplier<Scenario> scenario) {
    this.setup = setup;
    this.scenario = scenario;
    getStyleClass().add("target-checklist");
    setId("target-checklist");

    Label title = new Label("Targets to compare");
    title.getStyleClass().add("form-section");
    Hyperlink all = new Hyperlink("all");
    all.setId("tick-all");
    all.setOnAction(e -> setup.tickAll(true));
    Hyperlink none = new Hyperlink("none");
    none.setId("tick-none");
    none.setOnAction(e -> setup.tickAll(false));
    Region spacer = new Region();
    HBox.setHgrow(spacer, Priority.ALWAYS);
    HBox head = new HBox(4, title, spacer, all, new Label("·"), none);
    head.setAlignment(Pos.BASELINE_LEFT);

    choices.getStyleClass().add("checklist-choices");
    TextField url = new TextField();
    url.setId("compare-url");
    url.setPromptText("ws://127.0.0.1:9000/echo");
    HBox.setHgrow(url, Priority.ALWAYS);
    Button add = new Button("Add");
    add.setId("compare-add-url");
    add.disableProperty().bind(url.textProperty().isEmpty());
    Runnable addUrl = () -> setup.addUrl(url.getText()).ifPresentOrElse(
        problem -> show(urlProblem, problem),
        () -> {
          url.clear();
          show(urlProblem, "");
        });
    add.setOnAction(e -> addUrl.run());
    url.setOnAction(e -> addUrl.run());
    HBox urlRow = new HBox(6, url, add);
    urlProblem.getStyleClass().add("field-message");
    urlProblem.setWrapText(true);
    show(urlProblem, "");

    Spinner<Integer> repeats = new Spinner<>(1, ShootoutPlan.MAX_REPEATS, setup.repeats().get());
    repeats.setId("compare-repeats");
    repeats.setEditable(true);
    repeats.setPrefWidth(90);
    repeats.valueProperty().addListener((obs, old, now) -> setup.repeats().set(now));
    setup.repeats().addListener((obs, old, now) -> repeats.getValueFactory().setValue(now.intValue()));
    Label repeatsHint = new Label("3 on a shared machine: the median of 3, with their spread");
    repeatsHint.getStyleClass().add("model-explanation");
    repeatsHint.setWrapText(true);
    HBox repeatRow = new HBox(8, new Label("Repeats"), repeats);
    repeatRow.setAlignment(Pos.CENTER_LEFT);

    SegmentedChoice<Isolation> isolation =
        new SegmentedChoice<>(i -> i == Isolation.PROCESS ? "Own process" : "In-process", Isolation.PROCESS, Isolation.IN_PROCESS);
    isolation.setId("compare-isolation");
    isolation.valueProperty().bindBidirectional(setup.isolation());
    isolation.setTooltip(new Tooltip("Where the engines run; the Python servers always run in their own process"));
    Label isolationCaption = new Label("Engines run in");
    isolationCaption.getStyleClass().add("field-caption-above");

    warning.setId("compare-isolation-warning");
    warning.getStyleClass().add("compare-notes");
    warning.setWrapText(true);
    planLine.setId("compare-plan");
    planLine.getStyleClass().add("model-explanation");
    planLine.setWrapText(true);

    getChildren().addAll(
        head, choices, urlRow, urlProblem, repeatRow, repeatsHint, isolationCaption, isolation, warning, planLine);
    setup.urls().addListener((ListChangeListener<String>) c -> rebuild());
    setup.isolation().addListener(o -> rebuild());
    setup.revisionProperty().addListener(o -> refresh());
    rebuild();
  }

  private static void show(Label label, String text) {
    label.setText(text);
    label.setVisible(!text.isEmpty());
    label.setManaged(!text.isEmpty());
  }

  /** The checklist anew: its targets changed (a URL added or removed, the engines moved). */
  private void rebuild() {
    choices.getChildren().clear();
    boxes.clear();
    String group = null;
    for (CompareSetup.Choice c : setup.choices()) {
      if (!c.group().equals(group)) {
        group = c.group();
        Label g = new Label(group);
        g.getStyleClass().add("checklist-group");
        choices.getChildren().add(g);
      }
      CheckBox box = new CheckBox(c.name());
      box.setId("tick-" + TargetNames.name(c.target()).replaceAll("[^A-Za-z0-9]+", "-"));
      box.setUserData(c);
      box.setSelected(setup.isTicked(c));
      box.selectedProperty().addListener((obs, old, now) -> setup.tick(c, now));
      box.setMnemonicParsing(false);
      boxes.add(box);
      if (c.group().equals("URLs")) {
        Button remove = new Button(null, new FontIcon(Feather.X));
        remove.getStyleClass().addAll("flat", "card-tool");
        remove.setTooltip(new Tooltip("Remove this URL from the list"));
        String url = c.name();
        remove.setOnAction(e -> setup.removeUrl(url));
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox row = new HBox(box, gap, remove);
        row.setAlignment(Pos.CENTER_LEFT);
        choices.getChildren().add(row);
      } else {
        choices.getChildren().add(box);
      }
    }
    refresh();
  }

  /** The ticks, the warning and the plan's line as the setup now is. */
  private void refresh() {
    for (CheckBox box : boxes) {
      boolean on = setup.isTicked((CompareSetup.Choice) box.getUserData());
      if (box.isSelected() != on) {
        box.setSelected(on);
      }
    }
    show(warning, setup.isolationWarning().map(w -> "Not on equal terms: " + w + ".").orElse(""));
    if (setup.targets().isEmpty()) {
      show(planLine, "Tick two targets or more to compare them, then press Start");
      return;
    }
    Scenario s = scenario.get();
    var plan = s == null ? java.util.Optional.<ShootoutPlan>empty() : setup.plan(s, ShootoutPlan.DEFAULT_COOL_DOWN);
    if (plan.isEmpty()) {
      show(planLine, "Fix the scenario below: Start stays grey until it can run");
      return;
    }
    Duration total = Shootout.estimate(plan.get());
    int targets = plan.get().targets().size();
    show(planLine,
        Units.plural(targets, "target") + (plan.get().repeats() > 1 ? " × " + Units.plural(plan.get().repeats(), "repeat") + ", interleaved" : "")
            + " · " + Units.timeLeft(total).replace(" left", "") + " in all · each target started afresh for every run");
  }

  /** Lays the line of the plan out again, e.g. after the form's scenario changed. */
  public void scenarioChanged() {
    refresh();
  }
}
