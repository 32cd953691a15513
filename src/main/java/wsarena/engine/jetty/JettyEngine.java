package wsarena.engine.jetty;

import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.jetty.io.ArrayByteBufferPool;
import org.eclipse.jetty.server.ConnectionFactory;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.SslConnectionFactory;
import org.eclipse.jetty.util.Jetty;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.eclipse.jetty.util.thread.ScheduledExecutorScheduler;
import org.eclipse.jetty.websocket.api.Session;
import org.eclipse.jetty.websocket.server.ServerWebSocketContainer;
import org.eclipse.jetty.websocket.server.WebSocketCreator;
import org.eclipse.jetty.websocket.server.WebSocketUpgradeHandler;
import wsarena.engine.EngineException;
import wsarena.engine.EngineOptions;
import wsarena.engine.RunningServer;
import wsarena.engine.ServerEngine;
import wsarena.engine.support.HandlerProbe;
import wsarena.engine.support.MessageLimits;
import wsarena.engine.support.StartFailures;
import wsarena.engine.tls.SelfSignedCertificate;
import wsarena.scenario.ThreadingModel;

/**
 * Jetty 12's own WebSocket API on its core (non-servlet) server. Selector threads (one per core)
 * watch the sockets and never run endpoint code: reserved threads are switched off, so Jetty's
 * adaptive strategy always hands a readable connection to another thread (PEC mode), a pool thread
 * in reactor-workers and a new virtual thread in virtual-threads.
 */
public final class JettyEngine implements ServerEngine {

  /** The listen backlog, as the other engines have it. */
  private static final int ACCEPT_QUEUE = 1024;

  /** Pool threads are named "wsarena-server-jetty-{server}-{id}". */
  static final String POOL_NAME_PREFIX = SERVER_THREAD_PREFIX + "-jetty-";

  /** Virtual threads are named "wsarena-server-jetty-{server}-virtual-{n}". */
  static final String VIRTUAL_INFIX = "-virtual-";

  private static final long STOP_TIMEOUT_MILLIS = 1_000;

  private static final AtomicInteger SERVERS = new AtomicInteger();

  private final HandlerProbe probe;

  /** The engine as the catalog loads it. */
  public JettyEngine() {
    this(HandlerProbe.NONE);
  }

  /** An engine that reports each handled message to {@code probe} (for tests). */
  public JettyEngine(HandlerProbe probe) {
    this.probe = probe;
  }

  @Override
  public String id() {
    return "jetty";
  }

  @Override
  public String displayName() {
    return "Jetty " + libraryVersion();
  }

  @Override
  public String libraryVersion() {
    return Jetty.VERSION;
  }

  @Override
  public Set<ThreadingModel> models() {
    return EnumSet.of(ThreadingModel.REACTOR_WORKERS, ThreadingModel.VIRTUAL_THREADS);
  }

  @Override
  public String describe(ThreadingModel model) {
    return switch (model) {
      case REACTOR_WORKERS ->
          "1 selector thread per core hands each readable connection to Jetty's QueuedThreadPool,"
              + " whose thread reads the message, runs the endpoint and sends the reply";
      case VIRTUAL_THREADS ->
          "1 selector thread per core hands each readable connection to a new virtual thread, which"
              + " reads the message and sends the reply with blocking calls";
      case EVENT_LOOP, MULTI_REACTOR -> "not offered by Jetty";
    };
  }

  @Override
  public boolean supportsTls() {
    return true;
  }

  @Override
  public boolean supportsCompression() {
    return true;
  }

  @Override
  public RunningServer start(EngineOptions options) throws EngineException {
    ThreadingModel model = options.model();
    requireModel(model);
    boolean virtual = model == ThreadingModel.VIRTUAL_THREADS;
    String poolName = POOL_NAME_PREFIX + SERVERS.incrementAndGet();
    int selectors = options.ioThreads();

    // Platform threads: the selectors, plus the endpoint workers in reactor-workers. Jetty leases
    // the selectors from the pool, so it must be at least that large.
    int poolSize = selectors + (virtual ? 1 : options.effectiveWorkerThreads());
    QueuedThreadPool pool = new QueuedThreadPool(poolSize, poolSize);
    pool.setName(poolName);
    pool.setDaemon(true);
    // Without reserved threads Jetty never lets a selector thread run a task itself (EPC mode):
    // every read is handed over, which is what this engine's models promise.
    pool.setReservedThreads(0);
    Optional<ExecutorService> virtualThreads = Optional.empty();
    if (virtual) {
      ExecutorService executor =
          Executors.newThreadPerTaskExecutor(
              Thread.ofVirtual().name(poolName + VIRTUAL_INFIX, 1).factory());
      pool.setVirtualThreadsExecutor(executor);
      virtualThreads = Optional.of(executor);
    }

    Server server =
        new Server(
            pool,
            new ScheduledExecutorScheduler(poolName + "-scheduler", true),
            new ArrayByteBufferPool());
    server.setStopTimeout(STOP_TIMEOUT_MILLIS);

    Optional<SelfSignedCertificate> certificate =
        options.tls() ? Optional.of(SelfSignedCertificate.generate()) : Optional.empty();
    // No acceptor threads: a selector accepts, as the listening socket is just another channel.
    ServerConnector connector =
        new ServerConnector(server, 0, selectors, connectionFactories(certificate));
    connector.setHost(options.host());
    connector.setPort(options.port());
    connector.setReuseAddress(true);
    // Jetty leaves the listen backlog to the JVM's 50, where Netty here asks 1024 and Undertow
    // 1000: a storm of connections then overflows Jetty's queue and waits out SYN retransmits.
    connector.setAcceptQueueSize(ACCEPT_QUEUE);
    server.addConnector(connector);

    Set<Session> subscribers = ConcurrentHashMap.newKeySet();
    Sending sending = virtual ? Sending.BLOCKING : Sending.ASYNC;
    boolean compression = options.compression();
    server.setHandler(
        WebSocketUpgradeHandler.from(
            server,
            container -> {
              configure(container);
              container.addMapping(
                  "/echo", creator(compression, () -> new EchoEndpoint(sending, probe)));
              container.addMapping(
                  "/broadcast",
                  creator(compression, () -> new BroadcastEndpoint(subscribers, sending, probe)));
            }));

    try {
      server.start();
    } catch (Exception e) {
      JettyServer.stop(server, virtualThreads);
      throw StartFailures.toEngineException(displayName(), options.host(), options.port(), e);
    }
    return new JettyServer(
        server,
        virtualThreads,
        connector.getLocalPort(),
        certificate.map(SelfSignedCertificate::sha256Fingerprint));
  }

  private static ConnectionFactory[] connectionFactories(
      Optional<SelfSignedCertificate> certificate) {
    HttpConfiguration http = new HttpConfiguration();
    http.setSendServerVersion(false);
    if (certificate.isEmpty()) {
      return new ConnectionFactory[] {new HttpConnectionFactory(http)};
    }
    SecureRequestCustomizer secure = new SecureRequestCustomizer();
    // Clients reach an embedded target by IP address, which TLS never sends as a server name.
    secure.setSniHostCheck(false);
    http.addCustomizer(secure);
    SslContextFactory.Server tls = new SslContextFactory.Server();
    tls.setSslContext(certificate.get().serverSslContext());
    HttpConnectionFactory httpFactory = new HttpConnectionFactory(http);
    return new ConnectionFactory[] {
      new SslConnectionFactory(tls, httpFactory.getProtocol()), httpFactory
    };
  }

  private static void configure(ServerWebSocketContainer container) {
    // Jetty's defaults (64 KiB messages and frames, 30 s idle timeout) would refuse large payloads
    // and drop the idle connections an IDLE_HOLD run keeps open; the other engines do neither.
    container.setMaxTextMessageSize(MessageLimits.MAX_MESSAGE_BYTES);
    container.setMaxBinaryMessageSize(MessageLimits.MAX_MESSAGE_BYTES);
    container.setMaxFrameSize(MessageLimits.MAX_MESSAGE_BYTES);
    container.setIdleTimeout(Duration.ZERO);
  }

  /**
   * Jetty accepts permessage-deflate whenever a client offers it; with compression off the creator
   * clears the negotiated extensions, so the 101 response carries none.
   */
  private static WebSocketCreator creator(
      boolean compression, java.util.function.Supplier<Session.Listener> endpoint) {
    return (request, response, callback) -> {
      if (!compression) {
        response.setExtensions(List.of());
      }
      return endpoint.get();
    };
  }
}
