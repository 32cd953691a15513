package wsarena.ui.run;

import java.util.List;
import wsarena.run.Targets;
import wsarena.host.HostInfo;
import wsarena.metrics.SampleSink;
import wsarena.run.Shootout;
import wsarena.run.Sweep;
import wsarena.scenario.InvalidScenarioException;
import wsarena.scenario.Scenario;
import wsarena.scenario.SweepPlan;

/**
 * Prepares each run the controller's {@link Shootout} goes through. The window uses {@link #real},
 * the core's {@link wsarena.run.Run}; the seam lets view-model tests script a run without starting
 * servers.
 */
@FunctionalInterface
public interface RunStarter {

  /**
   * @return the run, ready: {@code execute()} blocks until it ends, {@code stop()} ends it early
   * @throws InvalidScenarioException when the core refuses the scenario
   */
  Shootout.Measurement prepare(Scenario scenario, HostInfo host, SampleSink sink)
      throws InvalidScenarioException;

  /**
   * A sweep of {@code scenario} under {@code plan}; its steps report to {@code sink}. By default
   * each step is a run {@link #prepare} gives; the window's own runs the core's sweep, which keeps
   * the target running between steps.
   *
   * @throws InvalidScenarioException when the core refuses the scenario or the plan
   */
  default Sweep sweep(Scenario scenario, SweepPlan plan, HostInfo host, SampleSink sink) throws InvalidScenarioException {
    return Sweep.over(scenario, plan, host, (step, sinks) -> prepare(step, host, sink));
  }

  static RunStarter real(Targets targets) {
    return new RunStarter() {
      @Override
      public Shootout.Measurement prepare(Scenario scenario, HostInfo host, SampleSink sink) throws InvalidScenarioException {
        return Shootout.runs(targets, host).prepare(scenario, List.of(sink));
      }

      @Override
      public Sweep sweep(Scenario scenario, SweepPlan plan, HostInfo host, SampleSink sink) throws InvalidScenarioException {
        return new Sweep(scenario, plan, targets, host);
      }
    };
  }
}
