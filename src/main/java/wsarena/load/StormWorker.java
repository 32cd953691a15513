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
  /** Attempts started in one go before the loop lets replies in. */
  private static final int MAX_LAUNCHES_PER_TURN = 64;
  /** After the client ran out of ports or files, a pause before trying again: at once cannot help. */
  private static final long EXHAUSTED_PAUSE_NANOS = 10_000_000;

  private final StormDriver driver;
  private final EventLoop loop;
  private final Bootstrap bootstrap;
  private final InetSocketAddress remote;
  private final SourceAddresses sources;
  private final IntervalRecorder recorder = new IntervalRecorder();
  private final int maxInFlight;
  private final long holdNanos;
  /** Null without a ramp: then attempts start whenever one is free. */
  private final AttemptSchedule schedule;
  private final Set<StormAttempt> open = new HashSet<>();
  private final WebSocketClientProtocolConfig protocol;
  private final ClientChannels channels;
  private long attempts;
  private int inFlight;
  private long pausedUntilNanos;
  private boolean fillQueued;
  private boolean timerSet;

  StormWorker(
      StormDriver driver, EventLoop loop, ClientChannels channels, SourceAddresses sources, int maxInFlight,
      long holdNanos, AttemptSchedule schedule) {
    this.driver = driver;
    this.loop = loop;
    this.remote = channels.remoteAddress();
    this.sources = sources;
    this.maxInFlight = maxInFlight;
    this.holdNanos = holdNanos;
    this.schedule = schedule;
    this.protocol = channels.protocol().dropPongFrames(true).build();
    this.channels = channels;
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
    loop.execute(this::fill);
  }

  /** Starts attempts while the cap allows and (under a ramp) they are due. */
  private void fill() {
    if (!driver.launching()) {
      return;
    }
    long now = System.nanoTime();
    if (now < pausedUntilNanos) {
      wakeAt(pausedUntilNanos, now);
      return;
    }
    for (int launched = 0; inFlight < maxInFlight; launched++) {
      if (launched == MAX_LAUNCHES_PER_TURN) {
        requestFill();
        return;
      }
      long start = now;
      if (schedule != null) {
        long due = schedule.dueNanos(attempts);
        if (due > now) {
          wakeAt(due, now);
          return;
        }
        start = due;
      }
      attempts++;
      launch(start);
      if (!driver.launching() || System.nanoTime() < pausedUntilNanos) {
        return;
      }
      now = System.nanoTime();
    }
  }

  private void wakeAt(long dueNanos, long now) {
    if (!timerSet) {
      timerSet = true;
      loop.schedule(
          () -> {
            timerSet = false;
            fill();
          },
          Math.max(1, dueNanos - now),
          TimeUnit.NANOSECONDS);
    }
  }

  /** Runs {@link #fill} once the current task is done: a failure may come back inside a launch. */
  private void requestFill() {
    if (!fillQueued) {
      fillQueued = true;
      loop.execute(
          () -> {
            fillQueued = false;
            fill();
          });
    }
  }

  private void launch(long startNanos) {
    inFlight++;
    driver.attemptStarted();
    StormAttempt attempt = new StormAttempt(this, schedule == null ? System.nanoTime() : startNanos);
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
    inFlight--;
    recorder.handshake(latencyNanos / 1000);
    driver.attemptOpened();
    open.add(a);
    if (holdNanos > 0) {
      loop.schedule(a::close, holdNanos, TimeUnit.NANOSECONDS);
    } else {
      a.close();
    }
    requestFill();
  }

  void failed(StormAttempt a, Throwable cause) {
    inFlight--;
    ConnectFailure why = FailureCauses.of(cause);
    recorder.connectFailed(why);
    driver.attemptFailed(cause);
    if (why.clientExhausted()) {
      pausedUntilNanos = System.nanoTime() + EXHAUSTED_PAUSE_NANOS;
    }
    requestFill();
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

  int inFlight() {
    return inFlight;
  }
}
