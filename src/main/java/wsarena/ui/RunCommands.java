package wsarena.ui;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.value.ObservableValue;
import wsarena.host.FileLimit;
import wsarena.host.HostInfo;
import wsarena.scenario.Scenario;
import wsarena.scenario.ShootoutPlan;
import wsarena.scenario.TargetCatalog;
import wsarena.scenario.TargetKind;
import wsarena.scenario.TargetSpec;
import wsarena.ui.compare.CompareSetup;
import wsarena.ui.form.ScenarioForm;
import wsarena.ui.form.SweepForm;
import wsarena.ui.run.RunController;

/**
 * Start, Compare models, Sweep and Stop. On the Run page, Start runs the form's scenario; on the
 * Compare page, a shootout of the ticked targets under the form's load. Compare models ticks the
 * engine's models, opens the Compare page and starts: the form itself stays as it was. Sweep runs
 * the form's scenario under rising load to its knee (the core's sweep), on the Run page. Each is
 * checked and handed to the controller, which runs it through the core's shootout or sweep.
 */
final class RunCommands {
  private final ScenarioForm form;
  private final SweepForm sweepForm;
  private final CompareSetup setup;
  private final ObjectProperty<Page> page;
  private final TargetCatalog catalog;
  private final RunController controller;
  private final ObservableValue<HostInfo> host;
  private final Notices notices;
  private final Consumer<Scenario> remember;
  private final Runnable setAsideEarlierRuns;
  private final BooleanBinding canStart;
  private final BooleanBinding canCompare;
  private final BooleanBinding canSweep;
  private final BooleanBinding canStop;

  /**
   * @param host this machine, null until detected: nothing starts before
   * @param remember keeps a scenario that is started for the next launch
   * @param setAsideEarlierRuns sets the runs side by side aside (with an undo) before a shootout,
   *     so its title, exports and report count its own targets only
   */
  RunCommands(
      ScenarioForm form, SweepForm sweepForm, CompareSetup setup, ObjectProperty<Page> page, TargetCatalog catalog,
      RunController controller, ObservableValue<HostInfo> host, Notices notices, Consumer<Scenario> remember,
      Runnable setAsideEarlierRuns) {
    this.form = form;
    this.sweepForm = sweepForm;
    this.setup = setup;
    this.page = page;
    this.catalog = catalog;
    this.controller = controller;
    this.host = host;
    this.notices = notices;
    this.remember = remember;
    this.setAsideEarlierRuns = setAsideEarlierRuns;
    BooleanBinding ready = Bindings.createBooleanBinding(
        () -> controller.state() == RunController.State.IDLE && host.getValue() != null, controller.stateProperty(), host);
    canStart = Bindings.createBooleanBinding(
        () -> ready.get() && (page.get() == Page.COMPARE ? shootoutScenario().isPresent() : form.checkProperty().get().valid()),
        ready, page, form.checkProperty(), setup.revisionProperty());
    canCompare = Bindings.createBooleanBinding(
        () -> ready.get() && form.target.kind.get() == TargetKind.ENGINE && form.target.modelsProperty().get().size() >= 2
            && form.target.engine.get() != null,
        ready, form.target.kind, form.target.modelsProperty(), form.target.engine);
    canSweep = Bindings.createBooleanBinding(
        () -> ready.get() && form.checkProperty().get().valid() && sweepForm.checkProperty().get().valid(),
        ready, form.checkProperty(), sweepForm.checkProperty());
    canStop = controller.stateProperty().isEqualTo(RunController.State.RUNNING);
  }

  BooleanBinding canStart() {
    return canStart;
  }

  BooleanBinding canCompare() {
    return canCompare;
  }

  BooleanBinding canSweep() {
    return canSweep;
  }

  BooleanBinding canStop() {
    return canStop;
  }

  /** Start: the form's run on the Run page, the shootout of the ticked targets on the Compare page. */
  void start() {
    if (page.get() == Page.COMPARE) {
      startShootout();
      return;
    }
    formScenario().ifPresent(scenario -> {
      remember.accept(scenario);
      controller.start(scenario, host.getValue());
    });
  }

  /** Measures each threading model of the form's engine in the Compare view; the form stays as it is. */
  void compareModels() {
    formScenario().ifPresent(scenario -> {
      if (!(scenario.target() instanceof TargetSpec.Embedded e) || form.target.modelsProperty().get().size() < 2) {
        notices.info("Comparing models needs an engine with two threading models or more");
        return;
      }
      setup.isolation().set(e.isolation());
      setup.tickOnly(form.target.modelsProperty().get().stream().map(m -> e.engine() + ":" + m.cliName()).toList());
      remember.accept(scenario);
      page.set(Page.COMPARE);
      startShootout();
    });
  }

  /** The shootout of the ticked targets under the form's load, checked first: a target that cannot run is a sentence. */
  void startShootout() {
    if (controller.state() != RunController.State.IDLE || host.getValue() == null) {
      return;
    }
    if (setup.targets().isEmpty()) {
      notices.info("Tick the targets to compare on the left first");
      return;
    }
    Optional<Scenario> scenario = shootoutScenario();
    if (scenario.isEmpty()) {
      ScenarioForm.Check check = form.checkWith(setup.targets().getFirst());
      notices.error("Fix the scenario first: " + check.problems().getFirst().message());
      return;
    }
    ShootoutPlan plan = setup.plan(scenario.get(), ShootoutPlan.DEFAULT_COOL_DOWN).orElseThrow();
    List<String> problems = plan.problems(catalog, FileLimit.openFiles().orElse(0));
    if (!problems.isEmpty()) {
      notices.error("These targets cannot run this scenario: " + String.join("; ", problems));
      return;
    }
    // a shootout is a comparison of its own: earlier single runs (a stopped 5 s one among them)
    // would fold into its "6 targets", its exports' titles and its report
    setAsideEarlierRuns.run();
    controller.start(plan, host.getValue());
  }

  /** The form's load with the first ticked target, when the form's load is valid and a target is ticked. */
  private Optional<Scenario> shootoutScenario() {
    List<TargetSpec> targets = setup.targets();
    if (targets.isEmpty()) {
      return Optional.empty();
    }
    return form.checkWith(targets.getFirst()).scenario();
  }

  /** The scenario a shootout would run, for the checklist's line; null while none can run. */
  Scenario shootoutScenarioOrNull() {
    return shootoutScenario().orElse(null);
  }

  /** Sweeps the form's scenario under the sweep fields' plan: rising load, step by step, to its knee. */
  void sweep() {
    formScenario().ifPresent(scenario -> {
      SweepForm.Check plan = sweepForm.check();
      if (!plan.valid()) {
        notices.error("Fix the sweep first: " + plan.problems().getFirst());
        return;
      }
      remember.accept(scenario);
      page.set(Page.RUN); // the knee chart grows on the dashboard
      controller.startSweep(scenario, plan.plan().orElseThrow(), host.getValue());
    });
  }

  /** Ends the run going on, and the comparison it belongs to; what was measured is kept. */
  void stop() {
    controller.stop();
  }

  private Optional<Scenario> formScenario() {
    if (controller.state() != RunController.State.IDLE || host.getValue() == null) {
      return Optional.empty();
    }
    ScenarioForm.Check check = form.check();
    if (!check.valid()) {
      notices.error("Fix the scenario first: " + check.problems().getFirst().message());
      return Optional.empty();
    }
    return check.scenario();
  }
}
