package wsarena.load;

import io.netty.channel.EventLoop;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import wsarena.client.TlsTrust;
import wsarena.metrics.GeneratorThread;
import wsarena.metrics.IntervalRecorder;
import wsarena.scenario.LoadProfile;
import wsarena.scenario.Rate;
import wsarena.scenario.Segment;
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
 *   g.startMeasuring();        // messages intended from now on belong to the result
 *   g.stopSending();           // ... until now; answers still arrive; g.pending() counts those awaited
 *   g.settle(false);           // whatever is still open gets its fate
 * }                            // closes every connection with a normal close frame
 * }</pre>
 *
 * <p>Every intended message gets one fate: answered, timed out (no answer within the profile's
 * timeout, recorded at its latency so far) or not sent; see {@link wsarena.metrics.Fates}. What the
 * generator holds for a connection is bounded by the profile's {@code maxInFlight}, however far
 * behind the target falls.
 *
 * <p>{@link ConnectionOpener} builds each connection's pipeline; {@link ConnectionCounts} keeps how
 * many are open, connecting and failed.
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
  private static final long SETTLE_TIMEOUT_SECONDS = 10;

  private final URI uri;
  private final Workload workload;
  private final LoadProfile profile;
  private final ClientChannels channels;
  private final MultiThreadIoEventLoopGroup group;
  private final List<Worker> workers = new ArrayList<>();
  private final List<ClientConnection> connections = new ArrayList<>();
  private final ConnectionCounts counts;
  private final AtomicReference<String> negotiatedExtensions = new AtomicReference<>("");
  private final long thinkTimeNanos;
  private long epochNanos;
  private boolean epochGiven;
  private final long timeoutNanos;
  /** Each publisher's worker, by publisher index; null for a publisher another segment holds. */
  private final Worker[] publisherWorkers;
  private volatile boolean sending;
  private volatile boolean closing;

  /**
   * @param threads worker threads (Netty event loops), at least 1
   */
  public LoadGenerator(URI uri, Workload workload, LoadProfile profile, TlsTrust trust, int threads) {
    this(uri, workload, profile, trust, threads, Segment.WHOLE);
  }

  /**
   * One segment of the scenario: only its connections (global indices {@link Segment#indices}),
   * each opened at its place in the whole scenario's ramp and sending in its own slots of the
   * whole scenario's open-loop schedule, so that the segments together are the scenario.
   *
   * @param threads worker threads (Netty event loops), at least 1
   */
  public LoadGenerator(URI uri, Workload workload, LoadProfile profile, TlsTrust trust, int threads, Segment segment) {
    this.uri = uri;
    this.workload = workload;
    this.profile = profile;
    this.channels = new ClientChannels(uri, trust, profile.transport());
    this.thinkTimeNanos =
        profile.rate() instanceof Rate.ClosedLoop c ? c.thinkTime().toNanos() : 0;
    this.timeoutNanos = profile.timeout().toNanos();
    int[] mine = segment.indices(profile.connections());
    this.counts = new ConnectionCounts(uri, mine.length);
    this.group = channels.newGroup(threads);
    PayloadTemplate template = new PayloadTemplate(profile.payload());
    for (var executor : group) {
      workers.add(new Worker((EventLoop) executor, template, this));
    }
    this.publisherWorkers = new Worker[broadcast() ? profile.publishers() : 0];
    for (int i = 0; i < mine.length; i++) {
      Worker w = workers.get(i % workers.size());
      ClientConnection c = new ClientConnection(mine[i], w, this);
      w.add(c);
      connections.add(c);
      if (mine[i] < publisherWorkers.length) {
        publisherWorkers[mine[i]] = w;
      }
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
    ConnectionOpener opener = new ConnectionOpener(channels, profile.compression(), this);
    for (Worker w : workers) {
      for (ClientConnection c : w.connections()) {
        long delayNanos =
            profile.rampPerSecond() > 0 ? (long) (c.index() * 1e9 / profile.rampPerSecond()) : 0;
        w.loop().schedule(() -> connect(opener, c, w), delayNanos, TimeUnit.NANOSECONDS);
      }
    }
  }

  /**
   * Makes message 0 of the open-loop schedule due at {@code epochNanos} ({@link System#nanoTime()}
   * scale) instead of at {@link #start()}: segments on several machines started from one instant
   * then send in the same slots of one schedule. Call before {@link #start()}.
   */
  @Override
  public void scheduleFrom(long epochNanos) {
    this.epochNanos = epochNanos;
    this.epochGiven = true;
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
    for (Worker w : workers) {
      w.startExpiry(timeoutNanos);
    }
    if (profile.rate() instanceof Rate.OpenLoop o) {
      long startNanos = epochGiven ? epochNanos : System.nanoTime();
      int senders = broadcast() ? profile.publishers() : profile.connections();
      for (Worker w : workers) {
        w.startOpenLoop(startNanos, o.messagesPerSecond(), senders);
      }
    }
  }

  private void connect(ConnectionOpener opener, ClientConnection c, Worker w) {
    if (closing) {
      settle();
      return;
    }
    counts.attempting();
    opener.connect(c, w);
  }

  // ------------------------------------------------------ called by connections

  void connectionOpened() {
    counts.opened();
  }

  /**
   * @param closeFrame how the server's close frame named it, or null when none came
   * @return true when it counts as failed: neither the run nor the generator closed it
   */
  boolean connectionEnded(ClientConnection.State was, boolean byUs, Throwable cause, String closeFrame) {
    return counts.ended(was, byUs, closing, cause, closeFrame);
  }

  /** The longest frame or message an answer may be: a copy of what was sent, with room to spare. */
  int maxFrameBytes() {
    return ClientChannels.maxFrameBytes(profile.payload());
  }

  private void settle() {
    counts.settled();
  }

  void noteNegotiatedExtensions(String extensions) {
    negotiatedExtensions.compareAndSet("", extensions == null ? "" : extensions);
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

  long timeoutNanos() {
    return timeoutNanos;
  }

  int maxInFlight() {
    return profile.maxInFlight();
  }

  /**
   * True for a broadcast message of {@code publisher}, intended at {@code intendedNanos}, inside
   * the measured window: judged by the window of the worker that sent it, so its deliveries count
   * exactly when its fate does. A publisher of another segment is judged by {@code here}'s window.
   */
  boolean measuredBroadcast(int publisher, long intendedNanos, Worker here) {
    Worker sender = publisher >= 0 && publisher < publisherWorkers.length ? publisherWorkers[publisher] : null;
    return (sender != null ? sender : here).measured(intendedNanos);
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
    return counts.open();
  }

  @Override
  public int connectionsConnecting() {
    return counts.connecting();
  }

  @Override
  public int connectionsFailed() {
    return counts.failed();
  }

  /** True once every connection was attempted and is open or failed. */
  @Override
  public boolean rampSettled() {
    return counts.allSettled();
  }

  @Override
  public boolean anyConnected() {
    return counts.open() > 0;
  }

  @Override
  public boolean lostEveryConnection() {
    return counts.open() == 0 && counts.connecting() == 0;
  }

  /** The first connection failure, as a sentence; null when none. */
  @Override
  public String firstFailure() {
    return counts.firstFailure();
  }

  /** The first wrong or unexpected message, as a sentence; null when none. */
  @Override
  public String firstMessageError() {
    return workers.stream().map(Worker::firstError).filter(e -> e != null).findFirst().orElse(null);
  }

  /** The Sec-WebSocket-Extensions the server accepted, e.g. {@code permessage-deflate}. */
  @Override
  public String negotiatedExtensions() {
    return negotiatedExtensions.get();
  }

  /** How often the workers' open-loop timers woke them, all workers together (for tests). */
  long openLoopTimerWakeUps() throws Exception {
    long sum = 0;
    for (Worker w : workers) {
      sum += w.loop().submit(w::timerWakeUps).get(5, TimeUnit.SECONDS);
    }
    return sum;
  }

  @Override
  public String transportNote() {
    return channels.transport().note();
  }

  /** Messages and broadcast deliveries received since the start, all phases. */
  @Override
  public long receivedSoFar() {
    return workers.stream().mapToLong(Worker::receivedSoFar).sum();
  }

  @Override
  public long[] answeredPerConnection() {
    return connections.stream().filter(ClientConnection::everOpened).mapToLong(ClientConnection::answeredInWindow).toArray();
  }

  /** Answers that came after their message had been given up on (timed out): ignored. */
  @Override
  public long lateAnswers() {
    return workers.stream().mapToLong(Worker::lateAnswers).sum();
  }

  /** Messages sent and still waiting for their answer (or for being given up on). */
  @Override
  public long pending() {
    return workers.stream().mapToLong(Worker::pending).sum();
  }

  /** From now on, intended messages belong to the measured result. */
  @Override
  public void startMeasuring() {
    workers.forEach(Worker::startMeasuring);
  }

  /**
   * Stops sending: the schedule stops, and messages waiting in a backlog count as not sent. Answers
   * still arrive and are recorded; messages in flight are still given up on at their timeout.
   * Closes the measured window, if open; calling it again changes nothing.
   */
  @Override
  public void stopSending() {
    if (!sending) {
      return;
    }
    long now = System.nanoTime();
    sending = false;
    // Wait until every worker has taken up its last due slots: until then a drain could find
    // nothing pending, end, and give up on messages that were still to go out and be answered.
    List<io.netty.util.concurrent.Future<?>> stopping = new ArrayList<>();
    for (Worker w : workers) {
      stopping.add(w.stopSending(now));
    }
    for (var f : stopping) {
      f.awaitUninterruptibly(SETTLE_TIMEOUT_SECONDS, TimeUnit.SECONDS);
    }
  }

  /**
   * Gives every message still open its fate, and waits until each worker has: when the user
   * stopped the run ({@code stopped}) what is in flight is "in flight at stop"; else it is given up
   * on at its latency so far. Call it after {@link #stopSending()}, and before the last sample.
   */
  @Override
  public void settle(boolean stopped) {
    List<io.netty.util.concurrent.Future<?>> settling = new ArrayList<>();
    for (Worker w : workers) {
      settling.add(w.settle(stopped));
    }
    for (var f : settling) {
      f.awaitUninterruptibly(SETTLE_TIMEOUT_SECONDS, TimeUnit.SECONDS);
    }
  }

  /** The generator's threads, to measure their CPU and the time they wait for a core. */
  @Override
  public List<GeneratorThread> threads() {
    return ClientChannels.threads(workers.stream().map(Worker::loop).toList());
  }

  /** Closes every connection with a normal close frame, then stops the threads. */
  @Override
  public void close() {
    sending = false;
    closing = true;
    for (Worker w : workers) {
      w.stopTimers();
      w.loop().execute(() -> w.connections().forEach(ClientConnection::closeNormally));
    }
    group.shutdownGracefully(0, 2, TimeUnit.SECONDS).awaitUninterruptibly(5, TimeUnit.SECONDS);
  }
}
