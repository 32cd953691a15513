package wsarena.run;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import wsarena.host.HostInfo;
import wsarena.metrics.RunResult;
import wsarena.metrics.SampleSink;
import wsarena.scenario.InvalidScenarioException;
import wsarena.scenario.Scenario;

/**
 * The same load against several targets, one after the other, so their results sit side by side.
 * Targets run one at a time: they share the machine's cores with the generator, and a comparison
 * is only fair when each has them to itself.
 */
public final class Shootout {
  private final List<Scenario> scenarios;
  private final Targets targets;
  private final HostInfo host;
  private volatile Run current;
  private volatile boolean stopped;

  public Shootout(List<Scenario> scenarios, Targets targets, HostInfo host) {
    this.scenarios = List.copyOf(scenarios);
    this.targets = targets;
    this.host = host;
  }

  /**
   * Runs every scenario; a failed target does not stop the others.
   *
   * @param sinksFor the sinks for each scenario's run
   * @param afterEach called with each result as it arrives
   */
  public List<RunResult> execute(Function<Scenario, List<SampleSink>> sinksFor, Consumer<RunResult> afterEach)
      throws InvalidScenarioException {
    List<RunResult> results = new ArrayList<>();
    for (Scenario s : scenarios) {
      if (stopped) {
        break;
      }
      Run run = new Run(s, targets, host, sinksFor.apply(s));
      current = run;
      RunResult r = run.execute();
      results.add(r);
      afterEach.accept(r);
    }
    return results;
  }

  /** Stops the current run and skips the rest. */
  public void stop() {
    stopped = true;
    Run r = current;
    if (r != null) {
      r.stop();
    }
  }
}
