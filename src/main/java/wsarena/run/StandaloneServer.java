package wsarena.run;

import wsarena.engine.EngineException;
import wsarena.engine.EngineOptions;
import wsarena.engine.RunningServer;
import wsarena.engine.ServerEngine;
import wsarena.scenario.IoTransport;
import wsarena.scenario.TargetSpec;

/**
 * One engine serving alone until closed: what {@code wsarena serve} runs, typed by a user or
 * started by a run as its target's own process ({@link ChildProcessTarget} reads the {@link
 * #announcement()} line).
 */
public final class StandaloneServer implements AutoCloseable {
  /** The address a server binds unless told otherwise. */
  public static final String LOOPBACK = EngineOptions.LOOPBACK;

  private final RunningServer server;
  private final String summary;

  private StandaloneServer(RunningServer server, String summary) {
    this.server = server;
    this.summary = summary;
  }

  static StandaloneServer start(ServerEngine engine, TargetSpec.Embedded spec, String host, int port, IoTransport transport)
      throws TargetException {
    RunningServer server;
    try {
      server =
          engine.start(
              new EngineOptions(spec.model(), host, port, spec.workerThreads(), spec.tls(), spec.compression(), transport));
    } catch (EngineException e) {
      throw new TargetException(e.getMessage(), e);
    }
    String summary =
        engine.displayName()
            + " · "
            + spec.model().displayName()
            + (transport == null ? "" : " on " + transport.cliName())
            + " · serving "
            + server.uri("/echo")
            + " and /broadcast"
            + (spec.tls()
                ? " (self-signed certificate, sha256 " + server.certificateSha256().orElse("?") + ")"
                : "");
    return new StandaloneServer(server, summary);
  }

  /** The line that tells a run the port, the pid and the certificate. */
  public ServeAnnouncement announcement() {
    return new ServeAnnouncement(
        server.port(), ProcessHandle.current().pid(), server.certificateSha256().orElse(null));
  }

  /** E.g. {@code Undertow 2.4.4.Final · Single event loop · serving ws://127.0.0.1:8080/echo and /broadcast}. */
  public String summary() {
    return summary;
  }

  @Override
  public void close() {
    server.close();
  }
}
