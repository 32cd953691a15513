package wsarena.load;

import io.netty.bootstrap.Bootstrap;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.EventLoop;
import io.netty.channel.epoll.EpollChannelOption;
import io.netty.channel.socket.SocketChannel;
import io.netty.handler.codec.http.websocketx.WebSocketClientHandshakeException;
import io.netty.util.concurrent.ScheduledFuture;
import java.net.InetSocketAddress;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import wsarena.metrics.ConnectFailure;
import wsarena.metrics.IntervalRecorder;
import wsarena.scenario.IoTransport;

/**
 * One storm thread (a Netty event loop): it keeps up to its share of the handshakes in flight, or
 * starts attempts when the ramp says they are due, and times each from its TCP connect (or from
 * when it was due) to its upgrade. Everything here runs on its loop, so its recorder has one
 * writer and nothing is locked.
 *
 * <p>Lean by design, since the client must not be a storm's limit: each connection's pipeline is
 * one handler ({@link StormAttempt}, after TLS for {@code wss://}) that speaks only the handshake
 * and the close, and the two deadlines every attempt has (the handshake's, the server's answer to
 * our close) are checked by one sweep every {@value #SWEEP_MILLIS} ms, not by a timer each.
 */
final class StormWorker {
  /** After the client ran out of ports or files, a pause before trying again: at once cannot help. */
  static final long EXHAUSTED_PAUSE_NANOS = 10_000_000;
  /** How long the server may take to answer our close frame before the socket is closed anyway. */
  static final long CLOSE_GRACE_NANOS = 2_000_000_000L;
  static final long SWEEP_MILLIS = 250;

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
  /** Attempts before their upgrade, oldest first: the sweep fails those past the handshake timeout. */
  private final Set<StormAttempt> connecting = new LinkedHashSet<>();
  /** Connections whose close frame went, oldest first, and when it went. */
  private final ArrayDeque<StormAttempt> closing = new ArrayDeque<>();
  private final ArrayDeque<Long> closingSince = new ArrayDeque<>();
  private final UpgradeRequest upgrade;
  private ScheduledFuture<?> sweep;

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
    this.upgrade = new UpgradeRequest(channels.uri(), new SplittableRandom());
    this.pacer = new AttemptPacer(loop, maxInFlight, Long.MAX_VALUE, schedule, driver::active, this::launch);
    Bootstrap b = channels.bootstrap().group(loop);
    if (sources.binds() && channels.transport().transport() == IoTransport.EPOLL) {
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

  UpgradeRequest upgrade() {
    return upgrade;
  }

  void start() {
    loop.execute(
        () -> {
          sweep = loop.scheduleAtFixedRate(this::sweep, SWEEP_MILLIS, SWEEP_MILLIS, TimeUnit.MILLISECONDS);
          pacer.fill();
        });
  }

  /** Fails the handshakes past their timeout, and closes the sockets whose close went unanswered. */
  private void sweep() {
    long now = System.nanoTime();
    long handshakeTimeout = TimeUnit.MILLISECONDS.toNanos(ClientChannels.handshakeTimeoutMillis());
    List<StormAttempt> late = new ArrayList<>();
    for (StormAttempt a : connecting) {
      if (now - a.startNanos() < handshakeTimeout) {
        break; // the rest started later
      }
      late.add(a);
    }
    // failed apart from the walk: a failure takes the attempt out of the set
    late.forEach(a -> a.fail(new WebSocketClientHandshakeException("handshake timed out")));
    while (!closing.isEmpty() && now - closingSince.peekFirst() >= CLOSE_GRACE_NANOS) {
      closingSince.pollFirst();
      StormAttempt a = closing.pollFirst();
      if (a.closingStill()) {
        a.abandon();
      }
    }
  }

  private void launch(long startNanos) {
    driver.attemptStarted();
    StormAttempt attempt = new StormAttempt(this, startNanos);
    connecting.add(attempt);
    Bootstrap b =
        bootstrap.clone().handler(
            new ChannelInitializer<SocketChannel>() {
              @Override
              protected void initChannel(SocketChannel ch) {
                channels.addTls(ch);
                ch.pipeline().addLast(attempt);
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
    connecting.remove(a);
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
    connecting.remove(a);
    ConnectFailure why = FailureCauses.of(cause);
    recorder.connectFailed(why);
    driver.attemptFailed(cause);
    if (why.clientExhausted()) {
      pacer.pause(EXHAUSTED_PAUSE_NANOS);
    }
    pacer.settled();
  }

  /** Our close frame went to the server: it has {@link #CLOSE_GRACE_NANOS} to answer. */
  void closing(StormAttempt a) {
    closing.addLast(a);
    closingSince.addLast(System.nanoTime());
  }

  /** An open connection ended; {@code byServer} when we had not closed it. */
  void closed(StormAttempt a, boolean byServer) {
    open.remove(a);
    driver.connectionClosed(byServer);
  }

  /** Closes every connection still open (held, or waiting for the server's close). */
  void closeAll() {
    if (sweep != null) {
      sweep.cancel(false);
    }
    for (StormAttempt a : Set.copyOf(open)) {
      a.close();
    }
  }
}
