package wsarena.engine.undertow;

import io.undertow.Handlers;
import io.undertow.Undertow;
import io.undertow.UndertowOptions;
import io.undertow.Version;
import io.undertow.websockets.WebSocketConnectionCallback;
import io.undertow.websockets.WebSocketProtocolHandshakeHandler;
import io.undertow.websockets.extensions.PerMessageDeflateHandshake;
import java.net.InetSocketAddress;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.Deflater;
import org.xnio.Options;
import wsarena.engine.EngineException;
import wsarena.engine.EngineOptions;
import wsarena.engine.RunningServer;
import wsarena.engine.ServerEngine;
import wsarena.engine.support.HandlerProbe;
import wsarena.engine.support.StartFailures;
import wsarena.engine.tls.SelfSignedCertificate;
import wsarena.scenario.ThreadingModel;

/**
 * Undertow's WebSocket API on XNIO. The models differ only in how many XNIO I/O threads there are
 * and whether a message is handled on its I/O thread or handed to XNIO's worker pool.
 *
 * <p>XNIO 3.8 always accepts sockets on one extra thread of its own ({@code ... Accept}), which
 * hands each new socket to an I/O thread; from then on the I/O thread does everything.
 */
public final class UndertowEngine implements ServerEngine {

  /**
   * XNIO names its threads "{name} I/O-n", "{name} Accept" and "{name} task-n"; each server gets
   * its own name ("wsarena-server-undertow-3") so two servers in one process stay apart.
   */
  static final String WORKER_NAME_PREFIX = SERVER_THREAD_PREFIX + "-undertow-";

  private static final AtomicInteger SERVERS = new AtomicInteger();

  static {
    // Undertow and XNIO log through JBoss Logging, which would fall back to java.util.logging and
    // print INFO lines on every start and stop; route it to slf4j, configured like every library.
    if (System.getProperty("org.jboss.logging.provider") == null) {
      System.setProperty("org.jboss.logging.provider", "slf4j");
    }
  }

  private static final int SHUTDOWN_TIMEOUT_MILLIS = 2_000;

  private final HandlerProbe probe;

  /** The engine as the catalog loads it. */
  public UndertowEngine() {
    this(HandlerProbe.NONE);
  }

  /** An engine that reports each handled message to {@code probe} (for tests). */
  public UndertowEngine(HandlerProbe probe) {
    this.probe = probe;
  }

  @Override
  public String id() {
    return "undertow";
  }

  @Override
  public String displayName() {
    return "Undertow " + libraryVersion();
  }

  @Override
  public String libraryVersion() {
    return Version.getVersionString();
  }

  @Override
  public Set<ThreadingModel> models() {
    return EnumSet.of(
        ThreadingModel.EVENT_LOOP, ThreadingModel.MULTI_REACTOR, ThreadingModel.REACTOR_WORKERS);
  }

  @Override
  public String describe(ThreadingModel model) {
    return switch (model) {
      case EVENT_LOOP ->
          "1 XNIO I/O thread reads, echoes and writes every connection (XNIO's accept thread only"
              + " hands it new sockets)";
      case MULTI_REACTOR ->
          "1 XNIO I/O thread per core (each connection placed on one at random) reads, echoes and"
              + " writes its own connections";
      case REACTOR_WORKERS ->
          "1 XNIO I/O thread per core reads each message and hands it to the XNIO worker pool,"
              + " which sends the reply (per connection in order)";
      case VIRTUAL_THREADS -> "not offered by Undertow";
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
    boolean workers = model == ThreadingModel.REACTOR_WORKERS;
    boolean compression = options.compression();

    Undertow.Builder builder =
        Undertow.builder()
            .setIoThreads(options.ioThreads())
            // XNIO needs a task pool even when no message ever reaches it; keep it at one thread.
            .setWorkerThreads(workers ? options.effectiveWorkerThreads() : 1)
            .setWorkerOption(Options.WORKER_NAME, WORKER_NAME_PREFIX + SERVERS.incrementAndGet())
            .setWorkerOption(Options.THREAD_DAEMON, true)
            .setServerOption(UndertowOptions.SHUTDOWN_TIMEOUT, SHUTDOWN_TIMEOUT_MILLIS)
            .setHandler(
                Handlers.path()
                    .addExactPath("/echo", endpoint(EchoListener::new, workers, compression))
                    .addExactPath(
                        "/broadcast", endpoint(BroadcastListener::new, workers, compression)));

    Optional<SelfSignedCertificate> certificate =
        options.tls() ? Optional.of(SelfSignedCertificate.generate()) : Optional.empty();
    if (certificate.isPresent()) {
      builder.addHttpsListener(
          options.port(), options.host(), certificate.get().serverSslContext());
      if (!workers) {
        // TLS handshakes hand their key computations to the task pool by default; in the I/O-thread
        // models that would quietly add worker threads, so run them where the connection lives.
        builder.setSslEngineDelegatedTaskExecutor(Runnable::run);
      }
    } else {
      builder.addHttpListener(options.port(), options.host());
    }

    Undertow undertow = builder.build();
    try {
      undertow.start();
    } catch (RuntimeException e) {
      // Undertow shuts its worker down itself when start fails.
      throw StartFailures.toEngineException(displayName(), options.host(), options.port(), e);
    }
    int port = ((InetSocketAddress) undertow.getListenerInfo().getFirst().getAddress()).getPort();
    return new UndertowServer(
        undertow, port, certificate.map(SelfSignedCertificate::sha256Fingerprint));
  }

  private WebSocketProtocolHandshakeHandler endpoint(
      ListenerFactory listeners, boolean workers, boolean compression) {
    WebSocketConnectionCallback onConnect =
        (exchange, channel) -> {
          Executor handoff = workers ? new SerialExecutor(channel.getWorker()) : null;
          channel.getReceiveSetter().set(listeners.create(handoff, probe));
          channel.resumeReceives();
        };
    WebSocketProtocolHandshakeHandler handler = new WebSocketProtocolHandshakeHandler(onConnect);
    if (compression) {
      handler.addExtension(new PerMessageDeflateHandshake(false, Deflater.DEFAULT_COMPRESSION));
    }
    return handler;
  }

  /** Makes one connection's listener: echo or broadcast. */
  @FunctionalInterface
  private interface ListenerFactory {
    MessageListener create(Executor handoff, HandlerProbe probe);
  }
}
