package wsarena.scenario;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.net.URI;
import java.nio.file.Path;

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
   * @param transport how the engine's event loops wait for the kernel (engines built on Netty:
   *     {@code --server-transport}, or a third part of the name, {@code netty:event-loop:io_uring});
   *     null: the engine's default. Absent from files saved before it existed, which read as null.
   */
  record Embedded(
      String engine,
      ThreadingModel model,
      Isolation isolation,
      int workerThreads,
      boolean tls,
      boolean compression,
      IoTransport transport)
      implements TargetSpec {

    /** On the engine's default transport. */
    public static Embedded of(
        String engine, ThreadingModel model, Isolation isolation, int workerThreads, boolean tls, boolean compression) {
      return new Embedded(engine, model, isolation, workerThreads, tls, compression, null);
    }

    /** On the engine's default transport and worker threads, without TLS or compression. */
    public static Embedded of(String engine, ThreadingModel model, Isolation isolation) {
      return of(engine, model, isolation, 0, false, false);
    }

    /** The same target with its event loops on {@code t} (null: the engine's default). */
    public Embedded withTransport(IoTransport t) {
      return new Embedded(engine, model, isolation, workerThreads, tls, compression, t);
    }

    /** e.g. {@code netty-event-loop}, or {@code netty-event-loop-io_uring} on a transport asked for. */
    @Override
    public String label() {
      return engine + "-" + model.cliName() + (transport == null ? "" : "-" + transport.cliName());
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
   * One of the Python servers from {@code src/peers}, started by the run in its own process (or
   * several, behind a balancer) on a free port, measured like an engine in its own process.
   *
   * @param peer the Python server's id, e.g. {@code tornado} or {@code tornado-pypy} (see {@link
   *     TargetCatalog#pythonServers()})
   * @param python the interpreter to run it on ({@code --python}); null: the one {@code peer} names
   * @param instances how many processes serve ({@code --instances}); 1 when absent
   * @param balance how they share the load ({@code --balance}); absent: directly for one instance,
   *     HAProxy for more
   */
  record Peer(String peer, String python, int instances, Balance balance) implements TargetSpec {
    /** More instances than this on one machine measure the scheduler, not the library. */
    public static final int MAX_INSTANCES = 16;

    public Peer {
      instances = Math.max(1, instances);
      if (balance == null) {
        balance = instances > 1 ? Balance.HAPROXY : Balance.DIRECT;
      }
      if (python != null && python.isBlank()) {
        python = null;
      }
    }

    /** One instance on the interpreter {@code peer} names. */
    public Peer(String peer) {
      this(peer, null, 1, null);
    }

    /**
     * e.g. {@code tornado}, {@code tornado-pypy}, {@code tornado-pypy3.9} (for {@code --python
     * /usr/bin/pypy3.9}) or {@code tornado-x2-haproxy}.
     */
    @Override
    public String label() {
      StringBuilder label = new StringBuilder(peer);
      if (python != null) {
        Path name = Path.of(python).getFileName();
        String file = name == null ? python : name.toString();
        label.append('-').append(file);
      }
      if (instances > 1 || balance != Balance.DIRECT) {
        label.append("-x").append(instances).append('-').append(balance.cliName());
      }
      return label.toString();
    }
  }
}
