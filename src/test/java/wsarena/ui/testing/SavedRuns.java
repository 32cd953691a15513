package wsarena.ui.testing;

import wsarena.scenario.ShootoutPlan;
import wsarena.run.RunEvent;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import wsarena.host.HostInfo;
import wsarena.metrics.RunResult;
import wsarena.report.ResultJson;
import wsarena.scenario.InvalidScenarioException;
import wsarena.scenario.Isolation;
import wsarena.scenario.Scenario;
import wsarena.scenario.TargetSpec;
import wsarena.scenario.ThreadingModel;
import wsarena.testsupport.CollectingSink;

/**
 * Run result files for the window's tests: a {@link ScriptedRun} (phases, samples with figures, a
 * measured histogram, totals) written by the core's {@link ResultJson}, as {@code wsarena run
 * --out} writes them.
 */
public final class SavedRuns {
  private SavedRuns() {}

  /** The machine the tests' runs were "measured" on, unlike this one. */
  public static final HostInfo LAPTOP =
      new HostInfo(
          "Intel(R) Core(TM) i7-8565U CPU @ 1.80GHz", 4, 8, 16L << 30, "Windows 10", "10.0",
          "Eclipse Adoptium", "25.0.1+8-LTS", List.of());

  /** A finished scripted run of Undertow (test engine) in {@code model}, measured on {@code host}. */
  public static RunResult run(ThreadingModel model, HostInfo host) {
    return run(TargetSpec.Embedded.of("undertow", model, Isolation.IN_PROCESS), host);
  }

  /** A finished scripted run of {@code target}, measured on {@code host}. */
  public static RunResult run(TargetSpec target, HostInfo host) {
    return run(Scenario.defaults().withTarget(target), host);
  }

  /** A finished scripted run of {@code scenario}, measured on {@code host}. */
  public static RunResult run(Scenario scenario, HostInfo host) {
    try {
      return ScriptedRun.starter(ScriptedRun.Ending.COMPLETE, 20, 10).shootout(
          ShootoutPlan.once(scenario, List.of(scenario.target()), java.time.Duration.ZERO), host, false)
          .execute(RunEvent.Listener.NONE).runs().getFirst();
    } catch (InvalidScenarioException e) {
      throw new AssertionError("a scripted run takes any scenario", e);
    }
  }

  /**
   * A saved shootout of {@code targets}, each run {@code repeats} times (scripted), written as
   * {@code wsarena shootout --out} writes it.
   *
   * @return its index, {@code shootout.json}
   */
  public static Path shootout(java.util.List<TargetSpec> targets, int repeats, HostInfo host, Path dir) throws IOException {
    return shootout(Scenario.defaults(), targets, repeats, host, dir);
  }

  /** {@link #shootout(java.util.List, int, HostInfo, Path)} of {@code scenario}'s load (an open-loop rate, say). */
  public static Path shootout(Scenario scenario, java.util.List<TargetSpec> targets, int repeats, HostInfo host, Path dir) throws IOException {
    var plan = new wsarena.scenario.ShootoutPlan(scenario.withTarget(targets.getFirst()), targets, repeats, java.time.Duration.ZERO);
    java.util.List<wsarena.metrics.ShootoutResult.TrialResult> trials = new java.util.ArrayList<>();
    for (var t : plan.trials()) {
      trials.add(new wsarena.metrics.ShootoutResult.TrialResult(t, run(plan.scenarioFor(t.target()), host)));
    }
    return wsarena.report.ShootoutFiles.write(
        new wsarena.metrics.ShootoutResult(plan, java.time.Instant.now(), trials, plan.isolationWarning().stream().toList()), dir);
  }

  public static Path write(RunResult result, Path file) throws IOException {
    ResultJson.write(result, file);
    return file;
  }
}
