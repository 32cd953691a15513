package wsarena.run;

import wsarena.host.HostInfo;
import wsarena.scenario.InvalidScenarioException;
import wsarena.scenario.Scenario;
import wsarena.scenario.ShootoutPlan;
import wsarena.scenario.SweepPlan;

/**
 * Where a front that follows runs (the window) gets them: the core's, on real targets ({@link
 * #of}), or a test's scripted ones, which start no server.
 */
public interface RunSource {

  /**
   * {@code plan}'s trials, each the core's run on {@code host}.
   *
   * @param checkFirst each run checks its target before the load ({@link QuickChecks}), its
   *     result carrying what the probe and the suite found
   */
  Shootout shootout(ShootoutPlan plan, HostInfo host, boolean checkFirst);

  /**
   * A sweep of {@code scenario} under {@code plan}.
   *
   * @throws InvalidScenarioException when the core refuses the scenario or the plan
   */
  Sweep sweep(Scenario scenario, SweepPlan plan, HostInfo host) throws InvalidScenarioException;

  /** The core's runs, starting targets through {@code targets}; a sweep keeps its target between steps. */
  static RunSource of(Targets targets) {
    return new RunSource() {
      @Override
      public Shootout shootout(ShootoutPlan plan, HostInfo host, boolean checkFirst) {
        return new Shootout(plan, checkFirst ? QuickChecks.eachRun(targets, host) : Shootout.runs(targets, host));
      }

      @Override
      public Sweep sweep(Scenario scenario, SweepPlan plan, HostInfo host) throws InvalidScenarioException {
        return new Sweep(scenario, plan, targets, host);
      }
    };
  }
}
