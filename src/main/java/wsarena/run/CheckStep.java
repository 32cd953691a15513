package wsarena.run;

import java.util.Optional;
import wsarena.conformance.ConformanceRunner;
import wsarena.scenario.Scenario;
import wsarena.scenario.TargetSpec;

/**
 * A run's checks on its target before the load ({@link TargetChecks}), and the stop that cuts them
 * short: the probe and the suite's JVM end when the checking thread is interrupted, which a stop
 * does only while they run, so the load that follows never inherits an interrupt.
 */
final class CheckStep {
  private final TargetChecks checks;
  private final Targets targets;
  private final Object lock = new Object();
  /** The thread running the checks, null when none runs; guarded by {@link #lock}. */
  private Thread checking;
  private boolean stopped;

  CheckStep(TargetChecks checks, Targets targets) {
    this.checks = checks;
    this.targets = targets;
  }

  boolean any() {
    return checks.any();
  }

  /** Runs the checks on the calling thread; empty when a stop came first or cut them short. */
  Optional<TargetChecks.Findings> run(StartedTarget target, Scenario scenario, ConformanceRunner.Listener progress) {
    synchronized (lock) {
      if (stopped) {
        return Optional.empty();
      }
      checking = Thread.currentThread();
    }
    try {
      TargetSpec spec = scenario.target();
      return Optional.of(
          checks.check(targets, target, spec, ConformanceRunner.label(spec), TargetChecks.echoEndpoint(target, scenario), progress));
    } catch (InterruptedException e) {
      return Optional.empty();
    } finally {
      synchronized (lock) {
        checking = null;
      }
      // a stop that came while checking interrupted this thread; the load must not inherit it
      Thread.interrupted();
    }
  }

  /** From any thread: the checks running now end, and none start after. */
  void stop() {
    synchronized (lock) {
      stopped = true;
      if (checking != null) {
        checking.interrupt();
      }
    }
  }
}
