package wsarena.run;

import wsarena.scenario.TargetSpec;
import wsarena.scenario.Workload;

/**
 * The target a sweep keeps running between its steps: started by the first step's run (so a
 * target that cannot start fails that step with its sentence, as any run would), used by the
 * next, stopped when the sweep closes it.
 */
final class KeptTarget implements AutoCloseable {
  private final Targets targets;
  private final TargetSpec spec;
  private final Workload workload;
  private StartedTarget started;

  KeptTarget(Targets targets, TargetSpec spec, Workload workload) {
    this.targets = targets;
    this.spec = spec;
    this.workload = workload;
  }

  /** The target, started at the first call. */
  synchronized StartedTarget get() throws TargetException {
    if (started == null) {
      started = targets.start(spec, workload);
    }
    return started;
  }

  @Override
  public synchronized void close() {
    if (started != null) {
      started.close();
      started = null;
    }
  }
}
