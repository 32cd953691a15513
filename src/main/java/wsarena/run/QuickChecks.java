package wsarena.run;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import wsarena.conformance.ConformanceException;
import wsarena.conformance.SuiteSetup;
import wsarena.host.HostInfo;
import wsarena.metrics.RunResult;
import wsarena.scenario.InvalidScenarioException;
import wsarena.scenario.Problem;

/**
 * "Check the target first": the feature probe and the Autobahn|Testsuite's quick set on the very
 * server a run measures, before its load, both kept in the result. The one place the suite is set
 * up and closed for it, whichever front asks: {@code run --conformance} and {@code bench
 * --conformance} keep one suite for the command ({@link #open}), the window opens one per run
 * ({@link #eachRun}), its reports in a temporary folder removed when the run ends.
 *
 * <pre>{@code
 * try (QuickChecks quick = QuickChecks.open(Optional.of(out.resolve("conformance")))) {
 *   new Run(scenario, targets, host, listeners, quick.checks()).execute();
 * }
 * }</pre>
 */
public final class QuickChecks implements AutoCloseable {
  private final SuiteSetup suite;

  private QuickChecks(SuiteSetup suite) {
    this.suite = suite;
  }

  /**
   * @param keepIn the folder to keep the suite's reports in; empty for a temporary one, removed on
   *     {@link #close()}
   * @throws ConformanceException when the suite is not installed: the sentence says how to get it
   */
  public static QuickChecks open(Optional<Path> keepIn) throws ConformanceException {
    return new QuickChecks(SuiteSetup.quick(keepIn));
  }

  /** The probe and the suite's quick set, for each run given them. */
  public TargetChecks checks() {
    return TargetChecks.featuresAndSuite(suite.runner());
  }

  @Override
  public void close() {
    suite.close();
  }

  /**
   * The core's runs on {@code host}, each checking its target first with a suite of its own, closed
   * when the run ends (or when it cannot be prepared).
   */
  public static Shootout.Runs eachRun(Targets targets, HostInfo host) {
    return (scenario, listener) -> {
      QuickChecks quick;
      try {
        quick = open(Optional.empty());
      } catch (ConformanceException e) {
        throw new InvalidScenarioException(List.of(new Problem(Problem.TARGET, e.getMessage())));
      }
      Shootout.Measurement run;
      try {
        run = Shootout.runs(targets, host, quick.checks()).prepare(scenario, listener);
      } catch (InvalidScenarioException | RuntimeException e) {
        quick.close();
        throw e;
      }
      // the suite's reports are read into the result; their temporary folder goes with the run
      return new Shootout.Measurement() {
        @Override
        public RunResult execute() {
          try (quick) {
            return run.execute();
          }
        }

        @Override
        public void stop() {
          run.stop();
        }
      };
    };
  }
}
