package wsarena.ui;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.value.ObservableValue;
import wsarena.host.HostInfo;
import wsarena.scenario.Scenario;
import wsarena.scenario.TargetKind;
import wsarena.scenario.TargetSpec;
import wsarena.scenario.ThreadingModel;
import wsarena.ui.form.ScenarioForm;
import wsarena.ui.form.SweepForm;
import wsarena.ui.run.RunController;
import wsarena.ui.run.RunEvent;

/**
 * Start, Compare models, Sweep and Stop: each takes the scenario in the form, checks it, remembers
 * it and hands it to the controller, which runs one target, one per threading model of the engine
 * one after the other (the core's shootout), or one target under rising load (the core's sweep).
 */
final class RunCommands {
  private final ScenarioForm form;
  private final SweepForm sweepForm;
  private final RunController controller;
  private final ObservableValue<HostInfo> host;
  private final Notices notices;
  private final Consumer<Scenario> remember;
  private final BooleanBinding canStart;
  private final BooleanBinding canCompare;
  private final BooleanBinding canSweep;
  private final BooleanBinding canStop;

  /**
   * @param host this machine, null until detected: nothing starts before
   * @param remember keeps a scenario that is started for the next launch
   */
  RunCommands(
      ScenarioForm form,
      SweepForm sweepForm,
      RunController controller,
      ObservableValue<HostInfo> host,
      Notices notices,
      Consumer<Scenario> remember) {
    this.form = form;
    this.sweepForm = sweepForm;
    this.controller = controller;
    this.host = host;
    this.notices = notices;
    this.remember = remember;
    canStart = Bindings.createBooleanBinding(
        () -> controller.state() == RunController.State.IDLE && host.getValue() != null && form.checkProperty().get().valid(),
        controller.stateProperty(), host, form.checkProperty());
    canCompare = Bindings.createBooleanBinding(
        () -> canStart.get() && form.targetKind.get() == TargetKind.ENGINE && form.modelsProperty().get().size() >= 2,
        canStart, form.targetKind, form.modelsProperty());
    canSweep = Bindings.createBooleanBinding(
        () -> canStart.get() && sweepForm.checkProperty().get().valid(), canStart, sweepForm.checkProperty());
    canStop = controller.stateProperty().isEqualTo(RunController.State.RUNNING);
    controller.addListener(this::showModelMeasured);
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

  /** Starts a run of the scenario in the form, when it is valid and nothing is running. */
  void start() {
    formScenario().ifPresent(scenario -> {
      remember.accept(scenario);
      controller.start(scenario, host.getValue());
    });
  }

  /** Runs the form's scenario once per threading model of its engine, one after the other. */
  void compareModels() {
    formScenario().ifPresent(scenario -> {
      List<Scenario> runs = eachModel(scenario, form.modelsProperty().get());
      if (runs.size() < 2) {
        notices.info("Comparing needs an engine with two threading models or more");
        return;
      }
      remember.accept(scenario);
      controller.start(runs, host.getValue());
    });
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
      controller.startSweep(scenario, plan.plan().orElseThrow(), host.getValue());
    });
  }

  /** Ends the run going on, and the comparison it belongs to; what was measured is kept. */
  void stop() {
    controller.stop();
  }

  /** The base scenario in each of {@code models}, in that order; empty for a target that is not an engine. */
  static List<Scenario> eachModel(Scenario base, List<ThreadingModel> models) {
    if (!(base.target() instanceof TargetSpec.Embedded e)) {
      return List.of();
    }
    return models.stream()
        .map(m -> base.withTarget(new TargetSpec.Embedded(e.engine(), m, e.isolation(), e.workerThreads(), e.tls(), e.compression())))
        .toList();
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

  /** While comparing, the locked form shows the model being measured. */
  private void showModelMeasured(List<RunEvent> batch) {
    for (RunEvent event : batch) {
      if (event instanceof RunEvent.Started s && s.count() > 1 && s.scenario().target() instanceof TargetSpec.Embedded e) {
        form.model.set(e.model());
      }
    }
  }
}
