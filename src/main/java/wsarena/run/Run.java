package wsarena.run;

import java.util.List;
import wsarena.engine.EngineCatalog;
import wsarena.host.HostInfo;
import wsarena.metrics.RunResult;
import wsarena.metrics.SampleSink;
import wsarena.scenario.InvalidScenarioException;
import wsarena.scenario.Scenario;

/**
 * One scenario, run once: start the target, ramp, warm up, measure, drain, stop the target.
 *
 * <pre>{@code
 * Run run = new Run(scenario, EngineCatalog.standard(), HostProbe.detect(), List.of(sink));
 * RunResult result = run.execute();   // blocks; another thread may call run.stop()
 * }</pre>
 *
 * <p>{@link #execute()} never loses data: when the user stops the run or the target fails, the
 * result holds everything measured until then, with {@code outcome} STOPPED or FAILED and the cause
 * as a sentence.
 */
public final class Run {
  private final Scenario scenario;
  private final EngineCatalog catalog;
  private final HostInfo host;
  private final List<SampleSink> sinks;

  /**
   * @throws InvalidScenarioException when the scenario cannot run, listing every problem
   */
  public Run(Scenario scenario, EngineCatalog catalog, HostInfo host, List<SampleSink> sinks)
      throws InvalidScenarioException {
    this.scenario = scenario;
    this.catalog = catalog;
    this.host = host;
    this.sinks = List.copyOf(sinks);
  }

  /** Runs to the end and returns the result; the sinks see every phase and sample on the way. */
  public RunResult execute() {
    throw new UnsupportedOperationException("being written: issue 2");
  }

  /** Ends the run early from any thread; {@link #execute()} then returns with outcome STOPPED. */
  public void stop() {}
}
