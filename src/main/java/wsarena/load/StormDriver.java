package wsarena.load;

import io.netty.channel.EventLoop;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
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
public final class StormDriver extends ConnectionClient {
  private final int maxInFlight;
  private final List<StormWorker> workers = new ArrayList<>();

  /** @param threads worker threads (Netty event loops), at least 1 */
  public StormDriver(URI uri, LoadProfile profile, TlsTrust trust, int threads) {
    super(uri, new ClientChannels(uri, trust, profile.transport()), threads);
    ConnectionLoad c = profile.connectionLoad();
    this.maxInFlight = c.handshakesInFlight();
    ClientChannels channels = channels();
    InetAddress target = resolve(uri);
    long epoch = System.nanoTime();
    int index = 0;
    for (EventLoop loop : loops()) {
      int share = maxInFlight / threads + (index < maxInFlight % threads ? 1 : 0);
      AttemptSchedule schedule =
          profile.rampPerSecond() > 0 ? new AttemptSchedule(epoch, profile.rampPerSecond(), threads, index) : null;
      SourceAddresses sources =
          target == null
              ? SourceAddresses.none()
              : SourceAddresses.forWorker(target, c.sourceAddresses(), c.sourcePorts(), index, threads);
      workers.add(new StormWorker(this, loop, channels, sources, Math.max(1, share), c.hold().toNanos(), schedule));
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
    activate();
    workers.forEach(StormWorker::start);
  }

  /**
   * A storm has no ramp of its own: it has begun once a handshake completed, or once as many
   * attempts as may be in flight failed without one succeeding (then the target is not there).
   */
  @Override
  public boolean rampSettled() {
    return opened() > 0 || connectionsFailed() >= maxInFlight;
  }

  @Override
  public void rampFinished() {}

  /** A storm never holds its connections: failures are counted by cause, not taken for the end. */
  @Override
  public boolean lostEveryConnection() {
    return false;
  }

  @Override
  public List<IntervalRecorder> recorders() {
    return workers.stream().map(StormWorker::recorder).toList();
  }

  /** A storm reads no messages. */
  @Override
  public String firstMessageError() {
    return null;
  }

  @Override
  public long receivedSoFar() {
    return 0;
  }

  /** Handshakes under way. */
  @Override
  public long pending() {
    return connectionsConnecting();
  }

  @Override
  public void stopSending() {
    deactivate();
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

  @Override
  void closeConnections() {
    for (StormWorker w : workers) {
      w.loop().execute(w::closeAll);
    }
  }
}
