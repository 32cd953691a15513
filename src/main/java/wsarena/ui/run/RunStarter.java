package wsarena.ui.run;

import java.util.List;
import wsarena.host.HostInfo;
import wsarena.metrics.RunResult;
import wsarena.metrics.SampleSink;
import wsarena.run.Run;
import wsarena.run.Targets;
import wsarena.scenario.InvalidScenarioException;
import wsarena.scenario.Scenario;

/**
 * Prepares a run for the controller. The window uses {@link #real}, the core's {@link Run}; the
 * seam lets view-model tests script a run without starting servers.
 */
@FunctionalInterface
public interface RunStarter {

  /** A prepared run: {@link #execute()} blocks until it ends, {@link #stop()} ends it early. */
  interface Execution {
    RunResult execute();

    void stop();
  }

  /**
   * @throws InvalidScenarioException when the core refuses the scenario
   */
  Execution prepare(Scenario scenario, HostInfo host, SampleSink sink)
      throws InvalidScenarioException;

  static RunStarter real(Targets targets) {
    return (scenario, host, sink) -> {
      Run run = new Run(scenario, targets, host, List.of(sink));
      return new Execution() {
        @Override
        public RunResult execute() {
          return run.execute();
        }

        @Override
        public void stop() {
          run.stop();
        }
      };
    };
  }
}
