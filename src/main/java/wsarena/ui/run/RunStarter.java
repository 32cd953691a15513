package wsarena.ui.run;

import java.util.List;
import wsarena.engine.EngineCatalog;
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

  static RunStarter real(EngineCatalog catalog) {
    return (scenario, host, sink) -> Shootout.runs(catalog, host).prepare(scenario, List.of(sink));
  }
}
