package wsarena.load;

import io.netty.bootstrap.Bootstrap;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.ChannelPipeline;
import io.netty.channel.EventLoop;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.WriteBufferWaterMark;
import io.netty.channel.socket.SocketChannel;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.websocketx.WebSocketClientProtocolConfig;
import io.netty.handler.codec.http.websocketx.WebSocketClientProtocolHandler;
import io.netty.handler.codec.http.websocketx.WebSocketFrameAggregator;
import io.netty.handler.codec.http.websocketx.extensions.compression.WebSocketClientCompressionHandler;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import wsarena.client.ClientTls;
import wsarena.client.ConnectFailures;
import wsarena.client.TlsTrust;
import wsarena.metrics.IntervalRecorder;
import wsarena.scenario.LoadProfile;
import wsarena.scenario.Payload;
import wsarena.scenario.Rate;
import wsarena.scenario.Workload;

/**
 * Drives the client side of a run: worker threads (Netty event loops, native epoll where
 * available) that each own many connections, opened at the ramp rate, sending in open or closed
 * loop, recording latencies per worker.
 *
 * <pre>{@code
 * try (LoadGenerator g = new LoadGenerator(uri, Workload.ECHO, profile, trust, 2)) {
 *   g.start();                 // connections open at the ramp rate; load starts on each at once
 *   ... sample g.recorders() every interval ...
 *   g.stopSending();           // answers still arrive; g.pending() counts those awaited
 * }                            // closes every connection with a normal close frame
 * }</pre>
 *
 * <p>Thread names start with {@value #THREAD_PREFIX}, so the run can measure the generator's own CPU.
 */
public final class LoadGenerator implements ClientLoad {
  public static final String THREAD_PREFIX = "wsarena-client";
  /**
   * Netty's own switch for its buffer-leak detector; the launcher turns it off for the client and
   * the Netty engine alike unless it is set (the tests set it).
   */
  public static final String LEAK_DETECTION_PROPERTY = "io.netty.leakDetection.level";
  static final int PUBLISHER_SHIFT = 40;
  static final long SEQUENCE_MASK = (1L << PUBLISHER_SHIFT) - 1;
  /** Per connection: past this many queued bytes the target is not reading, and sends are dropped. */
  private static final int WRITE_BUFFER_HIGH_BYTES = 8 * 1024 * 1024;

  private final URI uri;
  private final Workload workload;
  private final LoadProfile profile;
  private final ClientChannels channels;
  private final MultiThreadIoEventLoopGroup group;
  private final List<Worker> workers = new ArrayList<>();
  private final List<ClientConnection> connections = new ArrayList<>();
  private final AtomicInteger open = new AtomicInteger();
  private final AtomicInteger connecting = new AtomicInteger();
  private final AtomicInteger failed = new AtomicInteger();
  private final AtomicLong droppedSends = new AtomicLong();
  private final AtomicReference<String> firstFailure = new AtomicReference<>();
  private final AtomicReference<String> negotiatedExtensions = new AtomicReference<>("");
  private final CountDownLatch allSettled;
  private final long thinkTimeNanos;
  private volatile boolean sending;
  private volatile boolean closing;

  /**
   * @param threads worker threads (Netty event loops), at least 1
   */
  public LoadGenerator(URI uri, Workload workload, LoadProfile profile, TlsTrust trust, int threads) {
    this.uri = uri;
    this.workload = workload;
    this.profile = profile;
    this.channels = new ClientChannels(uri, trust);
    this.thinkTimeNanos =
        profile.rate() instanceof Rate.ClosedLoop c ? c.thinkTime().toNanos() : 0;
    this.allSettled = new CountDownLatch(profile.connections());
    this.group = ClientChannels.newGroup(threads);
    PayloadTemplate template = new PayloadTemplate(profile.payload());
    for (var executor : group) {
      workers.add(new Worker((EventLoop) executor, template, this));
    }
    for (int i = 0; i < profile.connections(); i++) {
      Worker w = workers.get(i % workers.size());
      ClientConnection c = new ClientConnection(i, w, this);
      w.add(c);
      connections.add(c);
    }
  }

  /**
   * Opens the connections at the ramp rate. Echo load starts on each connection as soon as it is
   * open; broadcast publishing waits for {@link #rampFinished()}, so every publish reaches every
   * subscriber.
   */
  @Override
  public void start() {
    if (!broadcast()) {
      startLoad();
    }
    Bootstrap base = bootstrap();
    for (ClientConnection c : connections) {
      long delayNanos =
          profile.rampPerSecond() > 0 ? (long) (c.index() * 1e9 / profile.rampPerSecond()) : 0;
      Worker w = workersOf(c);
      w.loop().schedule(() -> connect(base, c, w), delayNanos, TimeUnit.NANOSECONDS);
    }
  }

  /** The ramp is over: broadcast publishers start now (echo load is running already). */
  @Override
  public void rampFinished() {
    if (broadcast() && !sending && !closing) {
      startLoad();
      for (Worker w : workers) {
        w.loop().execute(() -> w.connections().stream().filter(ClientConnection::publisher).forEach(ClientConnection::startClosedLoop));
      }
    }
  }

  private void startLoad() {
    sending = true;
    if (profile.rate() instanceof Rate.OpenLoop o) {
      long startNanos = System.nanoTime();
      int senders = broadcast() ? profile.publishers() : profile.connections();
      for (Worker w : workers) {
        w.startOpenLoop(startNanos, o.messagesPerSecond(), senders);
      }
    }
  }

  private Worker workersOf(ClientConnection c) {
    return workers.get(c.index() % workers.size());
  }

  private Bootstrap bootstrap() {
    return ClientChannels.bootstrap()
        .option(
            ChannelOption.WRITE_BUFFER_WATER_MARK,
            new WriteBufferWaterMark(WRITE_BUFFER_HIGH_BYTES / 2, WRITE_BUFFER_HIGH_BYTES));
  }

  private void connect(Bootstrap base, ClientConnection c, Worker w) {
    if (closing) {
      settle();
      return;
    }
    connecting.incrementAndGet();
    Bootstrap b = base.clone(w.loop()).handler(initializer(c));
    ChannelFuture f = b.connect(channels.host(), channels.port());
    c.connecting(f.channel());
    f.addListener(
        done -> {
          if (!done.isSuccess()) {
            c.fail(done.cause());
          }
        });
  }

  private ChannelInitializer<SocketChannel> initializer(ClientConnection c) {
    return new ChannelInitializer<>() {
      @Override
      protected void initChannel(SocketChannel ch) {
        channels.addHttp(ch);
        ChannelPipeline p = ch.pipeline();
        p.addLast(new HandshakeResponseSniffer(LoadGenerator.this));
        if (profile.compression()) {
          p.addLast(WebSocketClientCompressionHandler.INSTANCE);
        }
        p.addLast(new WebSocketClientProtocolHandler(protocolConfig()));
        p.addLast(new WebSocketFrameAggregator(Payload.MAX_BYTES + 1024));
        p.addLast(c);
      }
    };
  }

  private WebSocketClientProtocolConfig protocolConfig() {
    return channels.protocol().allowExtensions(profile.compression()).dropPongFrames(true).build();
  }

  // ------------------------------------------------------ called by connections

  void connectionOpened() {
    connecting.decrementAndGet();
    open.incrementAndGet();
    settle();
  }

  void connectionEnded(ClientConnection.State was, boolean byUs, Throwable cause) {
    if (was == ClientConnection.State.OPEN) {
      open.decrementAndGet();
    } else if (was == ClientConnection.State.CONNECTING) {
      connecting.decrementAndGet();
      settle();
    }
    if (!byUs && !closing) {
      failed.incrementAndGet();
      String why =
          cause != null
              ? ConnectFailures.describe(cause, uri)
              : "the server at " + uri.getHost() + ":" + ClientTls.port(uri) + " closed the connection";
      firstFailure.compareAndSet(null, why);
    }
  }

  private void settle() {
    allSettled.countDown();
  }

  void noteNegotiatedExtensions(String extensions) {
    negotiatedExtensions.compareAndSet("", extensions == null ? "" : extensions);
  }

  void noteDroppedSend() {
    droppedSends.incrementAndGet();
  }

  boolean sending() {
    return sending;
  }

  boolean closedLoop() {
    return profile.rate() instanceof Rate.ClosedLoop;
  }

  long thinkTimeNanos() {
    return thinkTimeNanos;
  }

  boolean broadcast() {
    return workload == Workload.BROADCAST;
  }

  boolean isPublisher(int index) {
    return !broadcast() || (index >= 0 && index < profile.publishers());
  }

  // ---------------------------------------------------------- for the run

  @Override
  public List<IntervalRecorder> recorders() {
    return workers.stream().map(Worker::recorder).toList();
  }

  @Override
  public int connectionsOpen() {
    return open.get();
  }

  @Override
  public int connectionsConnecting() {
    return connecting.get();
  }

  @Override
  public int connectionsFailed() {
    return failed.get();
  }

  /** True once every connection was attempted and is open or failed. */
  @Override
  public boolean rampSettled() {
    return allSettled.getCount() == 0;
  }

  @Override
  public boolean anyConnected() {
    return open.get() > 0;
  }

  @Override
  public boolean lostEveryConnection() {
    return open.get() == 0 && connecting.get() == 0;
  }

  /** The first connection failure, as a sentence; null when none. */
  @Override
  public String firstFailure() {
    return firstFailure.get();
  }

  /** The first wrong or unexpected message, as a sentence; null when none. */
  @Override
  public String firstMessageError() {
    return workers.stream().map(Worker::firstError).filter(e -> e != null).findFirst().orElse(null);
  }

  /** Messages that could not be sent because the target stopped reading. */
  @Override
  public long droppedSends() {
    return droppedSends.get();
  }

  /** The Sec-WebSocket-Extensions the server accepted, e.g. {@code permessage-deflate}. */
  @Override
  public String negotiatedExtensions() {
    return negotiatedExtensions.get();
  }

  /** Messages and broadcast deliveries received since the start, all phases. */
  @Override
  public long receivedSoFar() {
    return workers.stream().mapToLong(Worker::receivedSoFar).sum();
  }

  /** Messages sent and still waiting for their answer. */
  @Override
  public long pending() {
    return workers.stream().mapToLong(Worker::pending).sum();
  }

  /** Stops sending new messages; answers still arrive and are recorded. */
  @Override
  public void stopSending() {
    sending = false;
    workers.forEach(Worker::stopTimer);
  }

  /** The ids of the generator's threads, to measure their CPU. */
  @Override
  public List<Long> threadIds() {
    return ClientChannels.threadIds(workers.stream().map(Worker::loop).toList());
  }

  /** Closes every connection with a normal close frame, then stops the threads. */
  @Override
  public void close() {
    sending = false;
    closing = true;
    for (Worker w : workers) {
      w.stopTimer();
      w.loop().execute(() -> w.connections().forEach(ClientConnection::closeNormally));
    }
    group.shutdownGracefully(0, 2, TimeUnit.SECONDS).awaitUninterruptibly(5, TimeUnit.SECONDS);
  }

  /** Reads the handshake response's extensions header on its way to the protocol handler. */
  private static final class HandshakeResponseSniffer extends io.netty.channel.ChannelInboundHandlerAdapter {
    private final LoadGenerator generator;

    HandshakeResponseSniffer(LoadGenerator generator) {
      this.generator = generator;
    }

    @Override
    public void channelRead(io.netty.channel.ChannelHandlerContext ctx, Object msg) {
      if (msg instanceof FullHttpResponse r && r.status().code() == 101) {
        generator.noteNegotiatedExtensions(r.headers().get(HttpHeaderNames.SEC_WEBSOCKET_EXTENSIONS));
        ctx.pipeline().remove(this);
      }
      ctx.fireChannelRead(msg);
    }
  }
}
