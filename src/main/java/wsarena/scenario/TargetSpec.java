package wsarena.scenario;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.net.URI;

/**
 * What is measured: an engine of this app in a threading model, a Python server (Tornado,
 * Autobahn|Twisted) started by the run, or a server at a URL.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
@JsonSubTypes({
  @JsonSubTypes.Type(value = TargetSpec.Embedded.class, name = "embedded"),
  @JsonSubTypes.Type(value = TargetSpec.External.class, name = "external"),
  @JsonSubTypes.Type(value = TargetSpec.Peer.class, name = "peer")
})
public sealed interface TargetSpec {

  /** A short name for titles and file names, e.g. {@code undertow-event-loop} or the URL's host. */
  String label();

  /** True when the target runs on this machine and so shares its cores with the generator. */
  default boolean onThisMachine() {
    return true;
  }

  /**
   * An engine embedded in wsarena.
   *
   * @param engine the engine id, e.g. {@code undertow}
   * @param model how the engine spends its threads
   * @param isolation in this JVM or in a child process
   * @param workerThreads the worker pool size for {@link ThreadingModel#REACTOR_WORKERS}; 0 means
   *     the engine's default
   * @param tls serve {@code wss://} with a self-signed certificate made at start
   * @param compression offer permessage-deflate
   */
  record Embedded(
      String engine,
      ThreadingModel model,
      Isolation isolation,
      int workerThreads,
      boolean tls,
      boolean compression)
      implements TargetSpec {

    public static Embedded of(String engine, ThreadingModel model, Isolation isolation) {
      return new Embedded(engine, model, isolation, 0, false, false);
    }

    @Override
    public String label() {
      return engine + "-" + model.cliName();
    }
  }

  /**
   * A server outside wsarena, at a {@code ws://} or {@code wss://} URL.
   *
   * @param trustAnyCertificate skip certificate checks for {@code wss://}: an explicit choice, and
   *     the result carries a warning
   * @param processId the server's process id when it runs on this machine, so its CPU and memory
   *     are measured too; 0 when unknown
   */
  record External(URI url, boolean trustAnyCertificate, long processId) implements TargetSpec {
    public External(URI url, boolean trustAnyCertificate) {
      this(url, trustAnyCertificate, 0);
    }

    public static External of(URI url) {
      return new External(url, false, 0);
    }

    @Override
    public boolean onThisMachine() {
      String host = url.getHost() == null ? "" : url.getHost().toLowerCase(java.util.Locale.ROOT);
      return processId > 0
          || host.equals("localhost")
          || host.startsWith("127.")
          || host.equals("[::1]")
          || host.equals("::1");
    }

    @Override
    public String label() {
      String host = url.getHost() == null ? "external" : url.getHost();
      return url.getPort() > 0 ? host + "-" + url.getPort() : host;
    }
  }

  /**
   * One of the Python servers from {@code src/peers}, started by the run in its own
   * process on a free port, measured like an engine in its own process.
   *
   * @param peer the Python server's id, e.g. {@code tornado} (see {@link TargetCatalog#pythonServers()})
   */
  record Peer(String peer) implements TargetSpec {
    @Override
    public String label() {
      return peer;
    }
  }
}
