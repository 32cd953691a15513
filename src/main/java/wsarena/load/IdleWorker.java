package wsarena.load;

import io.netty.bootstrap.Bootstrap;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.EventLoop;
import io.netty.channel.socket.SocketChannel;
import io.netty.handler.codec.http.websocketx.WebSocketClientProtocolConfig;
import io.netty.handler.codec.http.websocketx.WebSocketClientProtocolHandler;
import java.net.InetSocketAddress;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import wsarena.metrics.ConnectFailure;
import wsarena.metrics.IntervalRecorder;
import wsarena.metrics.ProtocolError;

/**
 * One idle-run thread (a Netty event loop) and the connections it holds: it opens its share of
 * them (at most its share of the handshakes in flight, or at the ramp rate), then pings each on
 * its slot of the interval and times the pongs in its own recorder.
 */
final class IdleWorker {
  private final IdleHolder holder;
  private final EventLoop loop;
  private final ClientChannels channels;
  private final Bootstrap bootstrap;
  private final InetSocketAddress remote;
  private final WebSocketClientProtocolConfig protocol;
  private final IntervalRecorder recorder = new IntervalRecorder();
  private final AttemptPacer pacer;
  private final Set<IdleConnection> connections = new LinkedHashSet<>();
  private final AtomicLong pending = new AtomicLong();
  private final AtomicReference<String> firstError = new AtomicReference<>();
  /** Connections of this worker that could not be opened: the ramp is over when all settled. */
  private final AtomicLong failedToOpen = new AtomicLong();
  /** This worker's connections are those whose index is {@code offset} modulo {@code stride}. */
  private final int offset;
  private final int stride;

  IdleWorker(
      IdleHolder holder, EventLoop loop, ClientChannels channels, int connections, int offset, int stride,
      int maxInFlight, AttemptSchedule schedule) {
    this.holder = holder;
    this.loop = loop;
    this.channels = channels;
    this.remote = channels.remoteAddress();
    this.offset = offset;
    this.stride = stride;
    this.protocol = channels.protocol().dropPongFrames(false).build();
    this.bootstrap = channels.bootstrap().group(loop);
    long mine = connections <= offset ? 0 : (connections - offset + stride - 1) / stride;
    this.pacer = new AttemptPacer(loop, maxInFlight, mine, schedule, holder::active, this::open);
  }

  EventLoop loop() {
    return loop;
  }

  IntervalRecorder recorder() {
    return recorder;
  }

  long pending() {
    return pending.get();
  }

  long failedToOpen() {
    return failedToOpen.get();
  }

  String firstError() {
    return firstError.get();
  }

  boolean pinging() {
    return holder.pinging();
  }

  void start() {
    loop.execute(pacer::fill);
  }

  private void open(long startNanos) {
    int index = offset + (int) (pacer.attempts() - 1) * stride;
    IdleConnection c = new IdleConnection(this, index);
    holder.attemptStarted();
    Bootstrap b =
        bootstrap.clone().handler(
            new ChannelInitializer<SocketChannel>() {
              @Override
              protected void initChannel(SocketChannel ch) {
                channels.addHttp(ch);
                ch.pipeline().addLast(new WebSocketClientProtocolHandler(protocol), c);
              }
            });
    ChannelFuture f = b.connect(remote);
    c.connecting(f.channel());
    f.addListener(done -> {
      if (!done.isSuccess()) {
        c.fail(done.cause());
      }
    });
  }

  /** Every open connection pings on its own slot of the interval: the pings spread evenly. */
  void startPinging(long intervalNanos, int total) {
    loop.execute(
        () -> {
          for (IdleConnection c : connections) {
            c.startPinging((long) ((double) c.index() / total * intervalNanos), intervalNanos);
          }
        });
  }

  // ------------------------------------------------------------ from connections

  void opened(IdleConnection c) {
    connections.add(c);
    recorder.handshake();
    holder.attemptOpened();
    pacer.settled();
  }

  void failed(Throwable cause) {
    ConnectFailure why = FailureCauses.of(cause);
    recorder.connectFailed(why);
    failedToOpen.incrementAndGet();
    holder.attemptFailed(cause);
    if (why.clientExhausted()) {
      pacer.pause(StormWorker.EXHAUSTED_PAUSE_NANOS);
    }
    pacer.settled();
  }

  void closed(IdleConnection c, boolean byServer) {
    connections.remove(c);
    holder.connectionClosed(byServer);
  }

  void pingSent() {
    recorder.sent(IdleConnection.PING_BYTES);
    pending.incrementAndGet();
  }

  void pongReceived(long roundTripNanos) {
    recorder.received(roundTripNanos / 1000, IdleConnection.PING_BYTES);
    pending.decrementAndGet();
    holder.pongReceived();
  }

  void error(ProtocolError kind, String reason) {
    recorder.protocolError(kind);
    firstError.compareAndSet(null, reason);
  }

  void closeAll() {
    for (IdleConnection c : List.copyOf(connections)) {
      c.closeNormally();
    }
  }
}
