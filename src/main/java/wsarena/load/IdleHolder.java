package wsarena.load;

import io.netty.channel.EventLoop;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import wsarena.client.ConnectFailures;
import wsarena.client.TlsTrust;
import wsarena.metrics.IntervalRecorder;
import wsarena.scenario.ConnectionLoad;
import wsarena.scenario.LoadProfile;

/**
 * Idle connections: {@link LoadProfile#connections()} opened at the ramp rate (or as fast as the
 * target accepts them, at most {@link ConnectionLoad#handshakesInFlight()} at once), then held,
 * each sending a ping every {@link ConnectionLoad#pingInterval()}, the connections' pings spread
 * evenly over the interval; the pongs' round trips are the run's latency. What the target spends
 * per held connection is read from its memory by the run.
 *
 * <pre>{@code
 * try (IdleHolder idle = new IdleHolder(uri, profile, trust, 1)) {
 *   idle.start();          // connections open
 *   idle.rampFinished();   // once idle.rampSettled(): pings start
 *   idle.stopSending();    // no more pings; idle.pending() counts pongs awaited
 * }                        // a normal close frame on each
 * }</pre>
 */
public final class IdleHolder implements ClientLoad {
  private final URI uri;
  private final int connections;
  private final long pingIntervalNanos;
  private final MultiThreadIoEventLoopGroup group;
  private final List<IdleWorker> workers = new ArrayList<>();
  private final AtomicInteger open = new AtomicInteger();
  private final AtomicInteger connecting = new AtomicInteger();
  private final AtomicInteger failed = new AtomicInteger();
  private final AtomicLong pongs = new AtomicLong();
  private final AtomicReference<String> firstFailure = new AtomicReference<>();
  private final CountDownLatch allSettled;
  private volatile boolean opening;
  private volatile boolean pinging;

  /** @param threads worker threads (Netty event loops), at least 1 */
  public IdleHolder(URI uri, LoadProfile profile, TlsTrust trust, int threads) {
    this.uri = uri;
    this.connections = profile.connections();
    this.pingIntervalNanos = profile.connectionLoad().pingInterval().toNanos();
    this.allSettled = new CountDownLatch(connections);
    ClientChannels channels = new ClientChannels(uri, trust);
    this.group = ClientChannels.newGroup(threads);
    int inFlight = profile.connectionLoad().handshakesInFlight();
    long epoch = System.nanoTime();
    int index = 0;
    for (var executor : group) {
      int share = inFlight / threads + (index < inFlight % threads ? 1 : 0);
      AttemptSchedule schedule =
          profile.rampPerSecond() > 0 ? new AttemptSchedule(epoch, profile.rampPerSecond(), threads, index) : null;
      workers.add(new IdleWorker(this, (EventLoop) executor, channels, connections, index, threads, share, schedule));
      index++;
    }
  }

  @Override
  public void start() {
    opening = true;
    workers.forEach(IdleWorker::start);
  }

  @Override
  public boolean rampSettled() {
    return allSettled.getCount() == 0;
  }

  /** Every connection is open (or failed): the pings start. */
  @Override
  public void rampFinished() {
    if (!pinging && opening) {
      pinging = true;
      workers.forEach(w -> w.startPinging(pingIntervalNanos, connections));
    }
  }

  @Override
  public boolean anyConnected() {
    return open.get() > 0;
  }

  @Override
  public boolean lostEveryConnection() {
    return open.get() == 0 && connecting.get() == 0;
  }

  boolean opening() {
    return opening;
  }

  boolean pinging() {
    return pinging;
  }

  // ------------------------------------------------------------ from workers

  void attemptStarted() {
    connecting.incrementAndGet();
  }

  void connectionOpened() {
    connecting.decrementAndGet();
    open.incrementAndGet();
    allSettled.countDown();
  }

  void attemptFailed(Throwable cause) {
    connecting.decrementAndGet();
    failed.incrementAndGet();
    firstFailure.compareAndSet(null, ConnectFailures.describe(cause, uri));
    allSettled.countDown();
  }

  void connectionClosed(boolean byServer) {
    open.decrementAndGet();
    if (byServer && opening) {
      failed.incrementAndGet();
      firstFailure.compareAndSet(null, "the server closed a connection while it was held");
    }
  }

  void pongReceived() {
    pongs.incrementAndGet();
  }

  // ----------------------------------------------------------------- for the run

  @Override
  public List<IntervalRecorder> recorders() {
    return workers.stream().map(IdleWorker::recorder).toList();
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

  @Override
  public String firstFailure() {
    return firstFailure.get();
  }

  @Override
  public String firstMessageError() {
    return workers.stream().map(IdleWorker::firstError).filter(e -> e != null).findFirst().orElse(null);
  }

  @Override
  public long droppedSends() {
    return 0;
  }

  @Override
  public String negotiatedExtensions() {
    return "";
  }

  /** Pongs received since the start. */
  @Override
  public long receivedSoFar() {
    return pongs.get();
  }

  /** Pings sent and not answered yet. */
  @Override
  public long pending() {
    return workers.stream().mapToLong(IdleWorker::pending).sum();
  }

  @Override
  public void stopSending() {
    pinging = false;
  }

  @Override
  public List<Long> threadIds() {
    return ClientChannels.threadIds(workers.stream().map(IdleWorker::loop).toList());
  }

  /** Closes every connection with a normal close frame, then stops the threads. */
  @Override
  public void close() {
    pinging = false;
    opening = false;
    for (IdleWorker w : workers) {
      w.loop().execute(w::closeAll);
    }
    group.shutdownGracefully(0, 2, TimeUnit.SECONDS).awaitUninterruptibly(5, TimeUnit.SECONDS);
  }
}
