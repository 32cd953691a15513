package wsarena.run;

import wsarena.engine.EngineCatalog;
import wsarena.engine.EngineException;
import wsarena.engine.ServerEngine;
import wsarena.scenario.Isolation;
import wsarena.scenario.TargetSpec;
import wsarena.scenario.Workload;

/** Starts what a {@link TargetSpec} names. */
final class Targets {
  private Targets() {}

  static StartedTarget start(TargetSpec spec, EngineCatalog catalog, Workload workload) throws TargetException {
    return switch (spec) {
      case TargetSpec.External x -> new ExternalTarget(x);
      case TargetSpec.Peer p -> PeerTarget.start(p.peer(), workload);
      case TargetSpec.Embedded e -> {
        ServerEngine engine;
        try {
          engine = catalog.require(e.engine());
        } catch (EngineException ex) {
          throw new TargetException(ex.getMessage(), ex);
        }
        yield e.isolation() == Isolation.PROCESS
            ? ChildProcessTarget.start(engine, e, workload)
            : InProcessTarget.start(engine, e, workload);
      }
    };
  }
}
