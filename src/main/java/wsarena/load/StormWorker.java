package wsarena.load;

import io.netty.bootstrap.Bootstrap;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.EventLoop;
import io.netty.channel.epoll.EpollChannelOption;
import io.netty.channel.epoll.Epoll;
import io.netty.channel.socket.SocketChannel;
import io.netty.handler.codec.http.websocketx.WebSocketClientProtocolConfig;
import io.netty.handler.codec.http.websocketx.WebSocketClientProtocolHandler;
import java.net.InetSocketAddress;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import wsarena.metrics.ConnectFailure;
import wsarena.metrics.IntervalRecorder;

/**
 * One storm thread (a Netty event loop): it keeps up to its share of the handshakes in flight, or
 * starts attempts when the ramp says they are due, and times each from its TCP connect (or from
 * when it was due) to its upgrade. Everything here runs on its loop, so its recorder has one
 * writer and nothing is locked.
 */
final class StormWorker {
  /** After the client ran out of ports or files, a pause before trying again: at once cannot help. */
  static final long EXHAUSTED_PAUSE_NANOS = 10_000_000;

  private final StormDriver driver;
  private final EventLoop loop;
  private final ClientChannels channels;
  private final Bootstrap bootstrap;
  private final InetSocketAddress remote;
  private final SourceAddresses sources;
  private final IntervalRecorder recorder = new IntervalRecorder();
  private final long holdNanos;
  private final AttemptPacer pacer;
  private final Set<StormAttempt> open = new HashSet<>();
  private final WebSocketClientProtocolConfig protocol;

  /** @param schedule null without a ramp: attempts start whenever one is free */
  StormWorker(
      StormDriver driver, EventLoop loop, ClientChannels channels, SourceAddresses sources, int maxInFlight,
      long holdNanos, AttemptSchedule schedule) {
    this.driver = driver;
    this.loop = loop;
    this.channels = channels;
    this.remote = channels.remoteAddress();
    this.sources = sources;
    this.holdNanos = holdNanos;
    this.protocol = channels.protocol().dropPongFrames(true).build();
    this.pacer = new AttemptPacer(loop, maxInFlight, Long.MAX_VALUE, schedule, driver::active, this::launch);
    Bootstrap b = ClientChannels.bootstrap().group(loop);
    if (sources.binds() && Epoll.isAvailable()) {
      // bind(127.0.0.x, 0) would pick the port at bind time, blind to the destination; with this
      // option the kernel picks it at connect time and may reuse it towards another destination
      b.option(EpollChannelOption.IP_BIND_ADDRESS_NO_PORT, true);
    }
    this.bootstrap = b;
  }

  EventLoop loop() {
    return loop;
  }

  IntervalRecorder recorder() {
    return recorder;
  }

  SourceAddresses sources() {
    return sources;
  }

  void start() {
    loop.execute(pacer::fill);
  }

  private void launch(long startNanos) {
    driver.attemptStarted();
    StormAttempt attempt = new StormAttempt(this, startNanos);
    Bootstrap b =
        bootstrap.clone().handler(
            new ChannelInitializer<SocketChannel>() {
              @Override
              protected void initChannel(SocketChannel ch) {
                channels.addHttp(ch);
                ch.pipeline().addLast(new WebSocketClientProtocolHandler(protocol), attempt);
              }
            });
    ChannelFuture f = sources.binds() ? b.connect(remote, sources.next()) : b.connect(remote);
    attempt.connecting(f.channel());
    f.addListener(
        done -> {
          if (!done.isSuccess()) {
            attempt.fail(done.cause());
          } else if (sources.binds() && f.channel().localAddress() instanceof InetSocketAddress local) {
            sources.used(local);
          }
        });
  }

  // ------------------------------------------------------------- from attempts

  void handshaken(StormAttempt a, long latencyNanos) {
    recorder.handshake(latencyNanos / 1000);
    driver.attemptOpened();
    open.add(a);
    if (holdNanos > 0) {
      loop.schedule(a::close, holdNanos, TimeUnit.NANOSECONDS);
    } else {
      a.close();
    }
    pacer.settled();
  }

  void failed(StormAttempt a, Throwable cause) {
    ConnectFailure why = FailureCauses.of(cause);
    recorder.connectFailed(why);
    driver.attemptFailed(cause);
    if (why.clientExhausted()) {
      pacer.pause(EXHAUSTED_PAUSE_NANOS);
    }
    pacer.settled();
  }

  /** An open connection ended; {@code byServer} when we had not closed it. */
  void closed(StormAttempt a, boolean byServer) {
    open.remove(a);
    driver.connectionClosed(byServer);
  }

  /** Closes every connection still open (held, or waiting for the server's close). */
  void closeAll() {
    for (StormAttempt a : Set.copyOf(open)) {
      a.close();
    }
  }
}
