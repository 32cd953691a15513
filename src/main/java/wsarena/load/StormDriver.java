package wsarena.load;

import io.netty.channel.EventLoop;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import wsarena.client.ConnectFailures;
import wsarena.client.TlsTrust;
import wsarena.metrics.IntervalRecorder;
import wsarena.metrics.SourcesUsed;
import wsarena.scenario.ConnectionLoad;
import wsarena.scenario.LoadProfile;

/**
 * A connection storm: connections opened as fast as the target accepts them, at most {@link
 * ConnectionLoad#handshakesInFlight()} under way at once, or at the ramp rate; each closed with a
 * normal close frame after its handshake (or after the hold). New ones keep coming until {@link
 * #stopSending()}, so what is measured is a sustained rate of handshakes, timed from the TCP
 * connect (or from when the attempt was due, under a ramp) to the upgrade.
 *
 * <pre>{@code
 * try (StormDriver storm = new StormDriver(uri, profile, trust, 1)) {
 *   storm.start();          // attempts begin at once; the worker's recorder times each handshake
 *   ...
 *   storm.stopSending();    // no new attempts; storm.pending() counts handshakes still in flight
 * }
 * }</pre>
 *
 * <p>Against a loopback target the sockets bind to 127.0.0.1, 127.0.0.2, ... in turn ({@link
 * SourceAddresses}), so TIME_WAIT does not use up one address's ports; failed attempts are counted
 * by cause.
 */
public final class StormDriver implements ClientLoad {
  private final URI uri;
  private final int maxInFlight;
  private final MultiThreadIoEventLoopGroup group;
  private final List<StormWorker> workers = new ArrayList<>();
  private final AtomicInteger open = new AtomicInteger();
  private final AtomicInteger connecting = new AtomicInteger();
  private final AtomicInteger failed = new AtomicInteger();
  private final AtomicLong handshakes = new AtomicLong();
  private final AtomicReference<String> firstFailure = new AtomicReference<>();
  private volatile boolean launching;

  /** @param threads worker threads (Netty event loops), at least 1 */
  public StormDriver(URI uri, LoadProfile profile, TlsTrust trust, int threads) {
    this.uri = uri;
    ConnectionLoad c = profile.connectionLoad();
    this.maxInFlight = c.handshakesInFlight();
    ClientChannels channels = new ClientChannels(uri, trust);
    this.group = ClientChannels.newGroup(threads);
    InetAddress target = resolve(uri);
    long epoch = System.nanoTime();
    int index = 0;
    for (var executor : group) {
      int share = maxInFlight / threads + (index < maxInFlight % threads ? 1 : 0);
      AttemptSchedule schedule =
          profile.rampPerSecond() > 0 ? new AttemptSchedule(epoch, profile.rampPerSecond(), threads, index) : null;
      SourceAddresses sources =
          target == null
              ? SourceAddresses.none()
              : SourceAddresses.forWorker(target, c.sourceAddresses(), c.sourcePorts(), index, threads);
      workers.add(
          new StormWorker(this, (EventLoop) executor, channels, sources, Math.max(1, share), c.hold().toNanos(), schedule));
      index++;
    }
  }

  private static InetAddress resolve(URI uri) {
    try {
      return InetAddress.getByName(uri.getHost());
    } catch (UnknownHostException e) {
      return null; // the attempts fail with the cause, counted as they come
    }
  }

  @Override
  public void start() {
    launching = true;
    workers.forEach(StormWorker::start);
  }

  /**
   * A storm has no ramp of its own: it has begun once a handshake completed, or once as many
   * attempts as may be in flight failed without one succeeding (then the target is not there).
   */
  @Override
  public boolean rampSettled() {
    return handshakes.get() > 0 || failed.get() >= maxInFlight;
  }

  @Override
  public void rampFinished() {}

  @Override
  public boolean anyConnected() {
    return handshakes.get() > 0;
  }

  /** A storm never holds its connections: failures are counted by cause, not taken for the end. */
  @Override
  public boolean lostEveryConnection() {
    return false;
  }

  boolean launching() {
    return launching;
  }

  // ------------------------------------------------------------ from workers

  void attemptStarted() {
    connecting.incrementAndGet();
  }

  void attemptOpened() {
    connecting.decrementAndGet();
    open.incrementAndGet();
    handshakes.incrementAndGet();
  }

  void attemptFailed(Throwable cause) {
    connecting.decrementAndGet();
    failed.incrementAndGet();
    firstFailure.compareAndSet(null, ConnectFailures.describe(cause, uri));
  }

  void connectionClosed(boolean byServer) {
    open.decrementAndGet();
    if (byServer && launching) {
      failed.incrementAndGet();
      firstFailure.compareAndSet(null, "the server closed a connection while it was held");
    }
  }

  // ----------------------------------------------------------------- for the run

  @Override
  public List<IntervalRecorder> recorders() {
    return workers.stream().map(StormWorker::recorder).toList();
  }

  /** Connections past their upgrade and not yet closed (held, or closing). */
  @Override
  public int connectionsOpen() {
    return open.get();
  }

  /** Handshakes in flight. */
  @Override
  public int connectionsConnecting() {
    return connecting.get();
  }

  /** Attempts that failed, since the start. */
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
    return null;
  }

  @Override
  public long droppedSends() {
    return 0;
  }

  @Override
  public String negotiatedExtensions() {
    return "";
  }

  @Override
  public long receivedSoFar() {
    return 0;
  }

  /** Handshakes under way. */
  @Override
  public long pending() {
    return connecting.get();
  }

  @Override
  public void stopSending() {
    launching = false;
  }

  @Override
  public List<Long> threadIds() {
    return ClientChannels.threadIds(workers.stream().map(StormWorker::loop).toList());
  }

  @Override
  public SourcesUsed sourcesUsed() {
    int offered = 0, used = 0;
    long ports = 0;
    for (StormWorker w : workers) {
      try {
        long[] counts =
            w.loop()
                .submit(() -> new long[] {w.sources().addressesOffered(), w.sources().addressesUsed(), w.sources().portsUsed()})
                .get(5, TimeUnit.SECONDS);
        offered += (int) counts[0];
        used += (int) counts[1];
        ports += counts[2];
      } catch (Exception e) {
        return null; // a worker that cannot answer in 5 s: the figure is not known
      }
    }
    return offered == 0 ? null : new SourcesUsed(used, ports, offered);
  }

  /** Stops new attempts, closes every open connection with a close frame, then stops the threads. */
  @Override
  public void close() {
    launching = false;
    for (StormWorker w : workers) {
      w.loop().execute(w::closeAll);
    }
    group.shutdownGracefully(0, 2, TimeUnit.SECONDS).awaitUninterruptibly(5, TimeUnit.SECONDS);
  }
}
