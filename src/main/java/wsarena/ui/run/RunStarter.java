package wsarena.ui.run;

import java.util.List;
import wsarena.run.Targets;
import wsarena.host.HostInfo;
import wsarena.metrics.SampleSink;
import wsarena.run.Shootout;
import wsarena.scenario.InvalidScenarioException;
import wsarena.scenario.Scenario;

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

  static RunStarter real(Targets targets) {
    return (scenario, host, sink) -> Shootout.runs(targets, host).prepare(scenario, List.of(sink));
  }
}
