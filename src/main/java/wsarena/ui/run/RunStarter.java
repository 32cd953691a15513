package wsarena.ui.run;

import java.util.List;
import java.util.Optional;
import wsarena.conformance.ConformanceException;
import wsarena.conformance.ConformanceRunner;
import wsarena.conformance.SuiteSetup;
import wsarena.host.HostInfo;
import wsarena.metrics.RunResult;
import wsarena.metrics.SampleSink;
import wsarena.run.Shootout;
import wsarena.run.Sweep;
import wsarena.run.TargetChecks;
import wsarena.run.Targets;
import wsarena.scenario.InvalidScenarioException;
import wsarena.scenario.Problem;
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
   * @param checkFirst check the target before the load: the feature probe and the
   *     Autobahn|Testsuite's quick set, both kept in the result
   * @return the run, ready: {@code execute()} blocks until it ends, {@code stop()} ends it early
   * @throws InvalidScenarioException when the core refuses the scenario (or the suite is missing)
   */
  Shootout.Measurement prepare(Scenario scenario, HostInfo host, SampleSink sink, boolean checkFirst)
      throws InvalidScenarioException;

  /**
   * A sweep of {@code scenario} under {@code plan}; its steps report to {@code sink}. By default
   * each step is a run {@link #prepare} gives (unchecked: a sweep measures, step after step, one
   * target); the window's own runs the core's sweep, which keeps the target running between steps.
   *
   * @throws InvalidScenarioException when the core refuses the scenario or the plan
   */
  default Sweep sweep(Scenario scenario, SweepPlan plan, HostInfo host, SampleSink sink) throws InvalidScenarioException {
    return Sweep.over(scenario, plan, host, (step, sinks) -> prepare(step, host, sink, false));
  }

  static RunStarter real(Targets targets) {
    return new RunStarter() {
      @Override
      public Shootout.Measurement prepare(Scenario scenario, HostInfo host, SampleSink sink, boolean checkFirst)
          throws InvalidScenarioException {
        return checkFirst
            ? checked(targets, scenario, host, sink)
            : Shootout.runs(targets, host).prepare(scenario, List.of(sink));
      }

      @Override
      public Sweep sweep(Scenario scenario, SweepPlan plan, HostInfo host, SampleSink sink) throws InvalidScenarioException {
        return new Sweep(scenario, plan, targets, host);
      }
    };
  }

  /** The core's run with the feature probe and the suite's quick set before the load. */
  private static Shootout.Measurement checked(Targets targets, Scenario scenario, HostInfo host, SampleSink sink)
      throws InvalidScenarioException {
    SuiteSetup suite;
    try {
      suite = SuiteSetup.quick(Optional.empty());
    } catch (ConformanceException e) {
      throw new InvalidScenarioException(List.of(new Problem(Problem.TARGET, e.getMessage())));
    }
    Shootout.Measurement run;
    try {
      TargetChecks checks = TargetChecks.featuresAndSuite(suite.runner(), new ConformanceRunner.Listener() {});
      run = Shootout.runs(targets, host, checks).prepare(scenario, List.of(sink));
    } catch (InvalidScenarioException | RuntimeException e) {
      suite.close();
      throw e;
    }
    // the suite's reports are read into the result; their temporary folder goes with the run
    return new Shootout.Measurement() {
      @Override
      public RunResult execute() {
        try (suite) {
          return run.execute();
        }
      }

      @Override
      public void stop() {
        run.stop();
      }
    };
  }
}
