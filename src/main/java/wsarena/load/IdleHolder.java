package wsarena.load;

import io.netty.channel.EventLoop;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
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
public final class IdleHolder extends ConnectionClient {
  private final int connections;
  private final long pingIntervalNanos;
  private final List<IdleWorker> workers = new ArrayList<>();
  private final AtomicLong pongs = new AtomicLong();
  private volatile boolean pinging;

  /** @param threads worker threads (Netty event loops), at least 1 */
  public IdleHolder(URI uri, LoadProfile profile, TlsTrust trust, int threads) {
    super(uri, new ClientChannels(uri, trust, profile.transport()), threads);
    this.connections = profile.connections();
    this.pingIntervalNanos = profile.connectionLoad().pingInterval().toNanos();
    ClientChannels channels = channels();
    int inFlight = profile.connectionLoad().handshakesInFlight();
    long epoch = System.nanoTime();
    int index = 0;
    for (EventLoop loop : loops()) {
      int share = inFlight / threads + (index < inFlight % threads ? 1 : 0);
      AttemptSchedule schedule =
          profile.rampPerSecond() > 0 ? new AttemptSchedule(epoch, profile.rampPerSecond(), threads, index) : null;
      workers.add(new IdleWorker(this, loop, channels, connections, index, threads, share, schedule));
      index++;
    }
  }

  @Override
  public void start() {
    activate();
    workers.forEach(IdleWorker::start);
  }

  /** Every connection was attempted and is open or failed. */
  @Override
  public boolean rampSettled() {
    return opened() + failedToOpen() >= connections;
  }

  private long failedToOpen() {
    return workers.stream().mapToLong(IdleWorker::failedToOpen).sum();
  }

  /** Every connection is open (or failed): the pings start. */
  @Override
  public void rampFinished() {
    if (!pinging && active()) {
      pinging = true;
      workers.forEach(w -> w.startPinging(pingIntervalNanos, connections));
    }
  }

  @Override
  public boolean lostEveryConnection() {
    return connectionsOpen() == 0 && connectionsConnecting() == 0;
  }

  boolean pinging() {
    return pinging;
  }

  void pongReceived() {
    pongs.incrementAndGet();
  }

  @Override
  public List<IntervalRecorder> recorders() {
    return workers.stream().map(IdleWorker::recorder).toList();
  }

  @Override
  public String firstMessageError() {
    return workers.stream().map(IdleWorker::firstError).filter(e -> e != null).findFirst().orElse(null);
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
  void closeConnections() {
    pinging = false;
    for (IdleWorker w : workers) {
      w.loop().execute(w::closeAll);
    }
  }
}
