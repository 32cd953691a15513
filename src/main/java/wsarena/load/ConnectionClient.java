package wsarena.load;

import wsarena.metrics.GeneratorThread;

import io.netty.channel.EventLoop;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import wsarena.client.ConnectFailures;

/**
 * What the clients of the connection workloads ({@link StormDriver}, {@link IdleHolder}) count and
 * answer alike: connections in their handshake, open, failed, the first failure as a sentence, and
 * the threads they run on. They send no messages of their own kind, so nothing is dropped and no
 * extension is negotiated.
 */
abstract sealed class ConnectionClient implements ClientLoad permits StormDriver, IdleHolder {
  private final URI uri;
  private final ClientChannels channels;
  private final MultiThreadIoEventLoopGroup group;
  private final AtomicInteger open = new AtomicInteger();
  private final AtomicInteger connecting = new AtomicInteger();
  private final AtomicInteger failed = new AtomicInteger();
  private final AtomicLong opened = new AtomicLong();
  private final AtomicReference<String> firstFailure = new AtomicReference<>();
  /** Attempts may start, and a connection the server closes counts as a failure. */
  private volatile boolean active;

  ConnectionClient(URI uri, ClientChannels channels, int threads) {
    this.uri = uri;
    this.channels = channels;
    this.group = channels.newGroup(threads);
  }

  final ClientChannels channels() {
    return channels;
  }

  @Override
  public final String transportNote() {
    return channels.transport().note();
  }

  /** The worker threads' event loops, one worker each. */
  final List<EventLoop> loops() {
    List<EventLoop> loops = new ArrayList<>();
    group.forEach(e -> loops.add((EventLoop) e));
    return loops;
  }

  final boolean active() {
    return active;
  }

  final void activate() {
    active = true;
  }

  final void deactivate() {
    active = false;
  }

  /** Connections that completed their upgrade since the start. */
  final long opened() {
    return opened.get();
  }

  // ------------------------------------------------------------ from workers

  final void attemptStarted() {
    connecting.incrementAndGet();
  }

  final void attemptOpened() {
    connecting.decrementAndGet();
    open.incrementAndGet();
    opened.incrementAndGet();
  }

  final void attemptFailed(Throwable cause) {
    connecting.decrementAndGet();
    failed.incrementAndGet();
    firstFailure.compareAndSet(null, ConnectFailures.describe(cause, uri));
  }

  /** An open connection ended; {@code byServer} when the client had not closed it. */
  final void connectionClosed(boolean byServer) {
    open.decrementAndGet();
    if (byServer && active) {
      failed.incrementAndGet();
      firstFailure.compareAndSet(null, "the server closed a connection while it was held");
    }
  }

  // ----------------------------------------------------------------- for the run

  @Override
  public final boolean anyConnected() {
    return opened.get() > 0;
  }

  @Override
  public final int connectionsOpen() {
    return open.get();
  }

  @Override
  public final int connectionsConnecting() {
    return connecting.get();
  }

  @Override
  public final int connectionsFailed() {
    return failed.get();
  }

  @Override
  public final String firstFailure() {
    return firstFailure.get();
  }

  @Override
  public final String negotiatedExtensions() {
    return "";
  }

  @Override
  public final List<GeneratorThread> threads() {
    return ClientChannels.threads(loops());
  }

  /** Each worker closes its connections with a normal close frame, on its own thread. */
  abstract void closeConnections();

  /** Starts nothing more, closes every connection, then stops the threads. */
  @Override
  public final void close() {
    active = false;
    closeConnections();
    group.shutdownGracefully(0, 2, TimeUnit.SECONDS).awaitUninterruptibly(5, TimeUnit.SECONDS);
  }
}
