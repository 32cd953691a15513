package wsarena.run;

import java.nio.file.Path;
import java.util.Optional;
import wsarena.engine.EngineCatalog;
import wsarena.engine.EngineException;
import wsarena.engine.ServerEngine;
import wsarena.peers.PeerKind;
import wsarena.peers.Balancer;
import wsarena.peers.PythonPeer;
import wsarena.peers.PythonServer;
import wsarena.scenario.Balance;
import wsarena.probe.EngineProbe;
import wsarena.probe.FeatureReport;
import wsarena.probe.ProbeOptions;
import wsarena.scenario.Isolation;
import wsarena.scenario.ServerDescription;
import wsarena.scenario.TargetCatalog;
import wsarena.scenario.IoTransport;
import wsarena.scenario.TargetSpec;
import wsarena.scenario.ThreadingModel;
import wsarena.scenario.Workload;

/**
 * What this build can measure, and the one place that starts it: the engines of an {@link
 * EngineCatalog} and the Python servers of {@link PeerKind}. The window and the commands read
 * {@link #catalog()}, plain descriptions, to fill pickers and check names; they hand a {@code
 * Targets} to {@link Run} and {@link Shootout}, which start what a scenario names.
 *
 * <pre>{@code
 * Targets targets = Targets.standard();
 * for (ServerDescription e : targets.catalog().engines()) { ... e.threadingModels() ... }
 * RunResult r = new Run(scenario, targets, host, listeners).execute();
 * }</pre>
 */
public final class Targets {
  private final EngineCatalog engines;
  private final TargetCatalog catalog;

  /** The engines of {@code engines} (tests pass stand-ins) and every Python server. */
  public Targets(EngineCatalog engines) {
    this.engines = engines;
    this.catalog =
        new TargetCatalog(
            engines.engines().stream().map(Targets::describe).toList(),
            PythonServer.all().stream().map(Targets::describe).toList());
  }

  /** Every engine on the class path and every Python server. */
  public static Targets standard() {
    return new Targets(EngineCatalog.standard());
  }

  /** What can be measured, as descriptions. */
  public TargetCatalog catalog() {
    return catalog;
  }

  /**
   * What this machine lacks to run a Python server (the interpreter or the library), as a sentence
   * with the install command; empty when it can run. Starts a short Python process to find out.
   */
  public Optional<String> missingRequirement(ServerDescription pythonServer) {
    PythonServer server = PythonServer.fromId(pythonServer.id());
    return PythonPeer.missingRequirement(server.kind(), server.runtime().path());
  }

  /**
   * What this machine lacks to run {@code spec}: the interpreter or library as {@link
   * #missingRequirement(ServerDescription)} says, on the interpreter {@code --python} names, and
   * HAProxy when the instances are behind it; empty when it can run.
   */
  public Optional<String> missingRequirement(TargetSpec.Peer spec) {
    PythonServer server = PythonServer.fromId(spec.peer());
    Path python = spec.python() != null ? Path.of(spec.python()) : server.runtime().path();
    Optional<String> missing = PythonPeer.missingRequirement(server.kind(), python);
    return missing.isPresent() || spec.balance() != Balance.HAPROXY ? missing : Balancer.missingRequirement();
  }

  /**
   * Starts the engine {@code spec} names on {@code host:port} (0: a free port), to serve until
   * closed; {@code spec}'s isolation does not matter here, this process is the server's own.
   *
   * @throws TargetException with a sentence: an unknown engine, a model it lacks, a port in use
   */
  public StandaloneServer serve(TargetSpec.Embedded spec, String host, int port) throws TargetException {
    return serve(spec, host, port, null);
  }

  /**
   * As {@link #serve(TargetSpec.Embedded, String, int)}, the engine's event loops on {@code
   * transport} (engines built on Netty; null: the engine's default).
   */
  public StandaloneServer serve(TargetSpec.Embedded spec, String host, int port, IoTransport transport) throws TargetException {
    ServerEngine engine = engine(spec.engine());
    try {
      engine.requireModel(spec.model());
    } catch (EngineException e) {
      throw new TargetException(e.getMessage(), e);
    }
    return StandaloneServer.start(engine, spec, host, port, transport);
  }

  /**
   * Tries each WebSocket feature on an engine of this build, started in this process with
   * everything it offers switched on ({@link EngineProbe}).
   *
   * @throws TargetException with a sentence when the engine is unknown or cannot start
   */
  public FeatureReport probeFeatures(String engineId, ThreadingModel model, ProbeOptions options)
      throws TargetException, InterruptedException {
    try {
      return EngineProbe.probe(engine(engineId), model, options);
    } catch (EngineException e) {
      throw new TargetException(e.getMessage(), e);
    }
  }

  /**
   * Starts what {@code spec} names (for the echo workload), runs {@code checks} on it and stops it:
   * the window's check of a target, and {@code wsarena conformance} target by target.
   *
   * @param label the target's name in the suite's reports, e.g. {@code netty-event-loop}
   * @throws TargetException with a sentence when the target cannot be started
   * @throws InterruptedException when interrupted: the suite's JVM and the target are stopped
   */
  public TargetChecks.Findings check(TargetSpec spec, String label, TargetChecks checks, RunEvent.Listener listener)
      throws TargetException, InterruptedException {
    try (StartedTarget target = start(spec, Workload.ECHO)) {
      return checks.check(this, target, spec, label, target.uri(), RunEvent.suiteProgress(listener));
    }
  }

  /** Starts what {@code spec} names, for {@code workload}; the caller closes it. */
  StartedTarget start(TargetSpec spec, Workload workload) throws TargetException {
    return switch (spec) {
      case TargetSpec.External x -> new ExternalTarget(x);
      case TargetSpec.Peer p -> PeerTarget.start(p, workload);
      case TargetSpec.Embedded e -> {
        ServerEngine engine = engine(e.engine());
        yield e.isolation() == Isolation.PROCESS
            ? ChildProcessTarget.start(engine, e, workload)
            : InProcessTarget.start(engine, e, workload);
      }
    };
  }

  ServerEngine engine(String id) throws TargetException {
    return engines.find(id).orElseThrow(() -> new TargetException(catalog.unknownEngine(id)));
  }

  private static ServerDescription describe(ServerEngine e) {
    return new ServerDescription(
        e.id(),
        e.displayName(),
        e.libraryVersion(),
        e.models().stream().map(m -> new ServerDescription.Model(m, e.describe(m))).toList(),
        e.supportsTls(),
        e.supportsCompression(),
        ""); // no runtime of its own: it runs on this JVM
  }

  /**
   * A run starts a Python server over {@code ws://} only (its scripts take PEM files for {@code
   * wss://}, which the feature probe uses); both accept permessage-deflate.
   */
  private static ServerDescription describe(PythonServer s) {
    PeerKind k = s.kind();
    return new ServerDescription(
        s.id(),
        k.displayName(),
        k.libraryVersion(),
        java.util.List.of(new ServerDescription.Model(k.model(), k.threads())),
        false,
        true,
        s.runtimeLabel());
  }
}
