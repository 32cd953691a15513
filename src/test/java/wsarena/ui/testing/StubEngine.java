package wsarena.ui.testing;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import wsarena.engine.EngineCatalog;
import wsarena.engine.EngineException;
import wsarena.engine.EngineOptions;
import wsarena.engine.RunningServer;
import wsarena.engine.ServerEngine;
import wsarena.run.Targets;
import wsarena.scenario.TargetCatalog;
import wsarena.scenario.ThreadingModel;

/** An engine entry for the window's tests: it has a name and models, and serves nothing. */
public record StubEngine(String id, String displayName, Set<ThreadingModel> models, boolean supportsTls)
    implements ServerEngine {

  /** What the window sees of these engines (and of the real Python servers). */
  public static TargetCatalog catalog(StubEngine... engines) {
    return new Targets(new EngineCatalog(List.of(engines))).catalog();
  }

  public static StubEngine undertowLike() {
    return new StubEngine(
        "undertow",
        "Undertow (test)",
        EnumSet.of(ThreadingModel.EVENT_LOOP, ThreadingModel.MULTI_REACTOR, ThreadingModel.REACTOR_WORKERS),
        true);
  }

  public static StubEngine jettyLike() {
    return new StubEngine(
        "jetty", "Jetty (test)", EnumSet.of(ThreadingModel.REACTOR_WORKERS, ThreadingModel.VIRTUAL_THREADS), false);
  }

  @Override
  public String libraryVersion() {
    return "test";
  }

  @Override
  public String describe(ThreadingModel model) {
    return displayName + " in " + model.displayName();
  }

  @Override
  public boolean supportsCompression() {
    return true;
  }

  @Override
  public RunningServer start(EngineOptions options) throws EngineException {
    throw new EngineException("the test engine serves nothing");
  }
}
