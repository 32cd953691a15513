package wsarena.run;

import java.net.URI;
import wsarena.client.TlsTrust;
import wsarena.engine.EngineException;
import wsarena.engine.EngineOptions;
import wsarena.engine.RunningServer;
import wsarena.engine.ServerEngine;
import wsarena.metrics.ResourceSampler;
import wsarena.scenario.TargetSpec;
import wsarena.scenario.ThreadingModel;
import wsarena.scenario.Workload;

/** An engine started in this JVM: quick, good for demos; its CPU is told apart by thread name. */
final class InProcessTarget implements StartedTarget {
  private final RunningServer server;
  private final URI uri;
  private final String description;
  private final ThreadingModel model;

  private InProcessTarget(RunningServer server, URI uri, String description, ThreadingModel model) {
    this.server = server;
    this.uri = uri;
    this.description = description;
    this.model = model;
  }

  static InProcessTarget start(ServerEngine engine, TargetSpec.Embedded spec, Workload workload)
      throws TargetException {
    EngineOptions options =
        new EngineOptions(
            spec.model(), EngineOptions.LOOPBACK, 0, spec.workerThreads(), spec.tls(), spec.compression(), spec.transport());
    try {
      RunningServer server = engine.start(options);
      String description = engine.displayName() + " · " + spec.model().displayName() + ChildProcessTarget.onTransport(spec) + " · this process";
      return new InProcessTarget(server, server.uri(workload.path()), description, spec.model());
    } catch (EngineException e) {
      throw new TargetException(e.getMessage(), e);
    }
  }

  @Override
  public URI uri() {
    return uri;
  }

  @Override
  public TlsTrust trust() {
    return server.certificateSha256().map(TlsTrust::pinned).orElse(TlsTrust.system());
  }

  @Override
  public String description() {
    return description;
  }

  @Override
  public ResourceSampler.TargetProcess process() {
    // Virtual threads run on the JDK's carrier pool, whose threads the engine cannot name.
    boolean carriers = model == ThreadingModel.VIRTUAL_THREADS;
    return new ResourceSampler.TargetProcess.SameJvm(
        name -> name.startsWith(ServerEngine.SERVER_THREAD_PREFIX) || (carriers && name.startsWith("ForkJoinPool-")));
  }

  @Override
  public void close() {
    server.close();
  }
}
