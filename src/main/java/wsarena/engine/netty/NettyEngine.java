package wsarena.engine.netty;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.group.ChannelGroup;
import io.netty.channel.group.DefaultChannelGroup;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import io.netty.util.Version;
import io.netty.util.concurrent.DefaultEventExecutorGroup;
import io.netty.util.concurrent.DefaultThreadFactory;
import io.netty.util.concurrent.EventExecutorGroup;
import io.netty.util.concurrent.GlobalEventExecutor;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.net.ssl.SSLException;
import wsarena.engine.EngineException;
import wsarena.engine.EngineOptions;
import wsarena.engine.RunningServer;
import wsarena.engine.ServerEngine;
import wsarena.engine.support.HandlerProbe;
import wsarena.engine.support.StartFailures;
import wsarena.engine.tls.SelfSignedCertificate;
import wsarena.scenario.IoTransport;
import wsarena.scenario.ThreadingModel;

/**
 * Netty's WebSocket server codec on native epoll (NIO where epoll is missing). The fastest echo we
 * have: the received frame is written back as is and flushed once per read batch.
 */
public final class NettyEngine implements ServerEngine {

  /** Event loop threads are named "wsarena-server-netty-io-{pool}-{n}". */
  static final String IO_THREAD_NAME = SERVER_THREAD_PREFIX + "-netty-io";

  /** Handler threads of reactor-workers are named "wsarena-server-netty-worker-{pool}-{n}". */
  static final String WORKER_THREAD_NAME = SERVER_THREAD_PREFIX + "-netty-worker";

  private static final int BACKLOG = 1024;

  private final HandlerProbe probe;

  /** The engine as the catalog loads it. */
  public NettyEngine() {
    this(HandlerProbe.NONE);
  }

  /** An engine that reports each handled message to {@code probe} (for tests). */
  public NettyEngine(HandlerProbe probe) {
    this.probe = probe;
  }

  @Override
  public String id() {
    return "netty";
  }

  @Override
  public String displayName() {
    return "Netty " + libraryVersion();
  }

  @Override
  public String libraryVersion() {
    Version version = Version.identify().get("netty-codec-http");
    return version == null ? "4.2" : version.artifactVersion();
  }

  @Override
  public Set<ThreadingModel> models() {
    return EnumSet.of(
        ThreadingModel.EVENT_LOOP, ThreadingModel.MULTI_REACTOR, ThreadingModel.REACTOR_WORKERS);
  }

  @Override
  public String describe(ThreadingModel model) {
    String transport = Transport.best().name();
    return switch (model) {
      case EVENT_LOOP ->
          "1 " + transport + " event loop accepts, reads, echoes and writes every connection";
      case MULTI_REACTOR ->
          "1 "
              + transport
              + " event loop per core, connections spread round-robin; each loop echoes its own";
      case REACTOR_WORKERS ->
          "1 "
              + transport
              + " event loop per core reads and writes; the echo handler runs on a separate"
              + " executor group (each connection pinned to one executor)";
      case VIRTUAL_THREADS -> "not offered by Netty";
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
  public boolean choosesTransport() {
    return true;
  }

  @Override
  public Optional<String> transportProblem(IoTransport transport) {
    try {
      Transport.chosen(transport);
      return Optional.empty();
    } catch (IllegalArgumentException e) {
      return Optional.of("Netty cannot serve on " + e.getMessage());
    }
  }

  @Override
  public RunningServer start(EngineOptions options) throws EngineException {
    ThreadingModel model = options.model();
    requireModel(model);
    Transport transport;
    try {
      transport = Transport.chosen(options.transport());
    } catch (IllegalArgumentException e) {
      throw new EngineException("Netty cannot serve on " + e.getMessage(), e);
    }
    Optional<SelfSignedCertificate> certificate =
        options.tls() ? Optional.of(SelfSignedCertificate.generate()) : Optional.empty();
    SslContext ssl = certificate.isPresent() ? serverSsl(certificate.get()) : null;

    List<EventExecutorGroup> groups = new ArrayList<>();
    EventLoopGroup loops =
        new MultiThreadIoEventLoopGroup(
            options.ioThreads(),
            new DefaultThreadFactory(IO_THREAD_NAME, true),
            transport.handlerFactory().get());
    groups.add(loops);
    EventExecutorGroup handlerExecutors = null;
    if (model == ThreadingModel.REACTOR_WORKERS) {
      handlerExecutors =
          new DefaultEventExecutorGroup(
              options.effectiveWorkerThreads(), new DefaultThreadFactory(WORKER_THREAD_NAME, true));
      groups.add(handlerExecutors);
    }

    ChannelGroup connections = new DefaultChannelGroup(GlobalEventExecutor.INSTANCE);
    ServerBootstrap bootstrap =
        new ServerBootstrap()
            // One group for the listening socket and the connections: in event-loop that single
            // thread also accepts, as Tornado's IOLoop does.
            .group(loops)
            .channel(transport.serverChannel())
            .option(ChannelOption.SO_BACKLOG, BACKLOG)
            .option(ChannelOption.SO_REUSEADDR, true)
            .childOption(ChannelOption.TCP_NODELAY, true)
            .childHandler(
                new ServerInitializer(
                    connections,
                    ssl,
                    new EchoHandler(probe),
                    new BroadcastHandler(probe),
                    options.compression(),
                    handlerExecutors));

    ChannelFuture bind = bootstrap.bind(options.host(), options.port()).awaitUninterruptibly();
    if (!bind.isSuccess()) {
      NettyServer.shutdown(groups);
      throw StartFailures.toEngineException(
          displayName(), options.host(), options.port(), bind.cause());
    }
    int port = ((InetSocketAddress) bind.channel().localAddress()).getPort();
    return new NettyServer(
        bind.channel(),
        connections,
        groups,
        port,
        certificate.map(SelfSignedCertificate::sha256Fingerprint));
  }

  private static SslContext serverSsl(SelfSignedCertificate certificate) throws EngineException {
    try {
      return SslContextBuilder.forServer(certificate.privateKey(), certificate.certificate())
          .build();
    } catch (SSLException e) {
      throw new EngineException("Netty cannot set up TLS: " + e.getMessage(), e);
    }
  }
}
