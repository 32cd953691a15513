package wsarena.load;

import java.net.URI;
import java.util.List;
import wsarena.client.TlsTrust;
import wsarena.metrics.GeneratorThread;
import wsarena.metrics.IntervalRecorder;
import wsarena.metrics.SourcesUsed;
import wsarena.scenario.LoadProfile;
import wsarena.scenario.Segment;
import wsarena.scenario.Workload;

/**
 * The client side of a run, as the run drives it whatever the workload: {@link LoadGenerator}
 * sends messages (echo, broadcast), {@link StormDriver} opens and closes connections, {@link
 * IdleHolder} holds them and pings. Each owns its worker threads (named {@value
 * LoadGenerator#THREAD_PREFIX}) and one {@link IntervalRecorder} per thread.
 *
 * <pre>{@code
 * try (ClientLoad load = ClientLoad.of(uri, workload, profile, trust, threads)) {
 *   load.start();                      // connections open at the ramp rate
 *   ... until load.rampSettled(), then load.rampFinished() ...
 *   ... sample load.recorders() every interval ...
 *   load.stopSending();                // nothing new starts; load.pending() counts what is awaited
 * }                                    // closes every connection
 * }</pre>
 */
public interface ClientLoad extends AutoCloseable {

  /** The client for {@code workload}. */
  static ClientLoad of(URI uri, Workload workload, LoadProfile profile, TlsTrust trust, int threads) {
    return of(uri, workload, profile, trust, threads, Segment.WHOLE);
  }

  /**
   * The client for {@code workload}, running only {@code segment}'s share of it. Only echo and
   * broadcast messages split into segments: storms and idle runs are whole.
   *
   * @throws IllegalArgumentException for a storm's or an idle run's segment
   */
  static ClientLoad of(URI uri, Workload workload, LoadProfile profile, TlsTrust trust, int threads, Segment segment) {
    if (!segment.whole() && workload.measuresConnections()) {
      throw new IllegalArgumentException(Segment.whyNotSplit(workload));
    }
    return switch (workload) {
      case ECHO, BROADCAST -> new LoadGenerator(uri, workload, profile, trust, threads, segment);
      case STORM -> new StormDriver(uri, profile, trust, threads);
      case IDLE -> new IdleHolder(uri, profile, trust, threads);
    };
  }

  /**
   * Makes the first slot of the open-loop schedule due at {@code epochNanos} ({@link
   * System#nanoTime()} scale) instead of at {@link #start()}. Storms and idle runs keep their own
   * pace from {@code start()}: nothing of theirs is lined up across machines.
   */
  default void scheduleFrom(long epochNanos) {}

  /** Starts opening connections. */
  void start();

  /** True once the ramp is over: every connection to open is open or failed. */
  boolean rampSettled();

  /** The ramp is over: load that waits for every connection (broadcast publishing, pings) starts. */
  void rampFinished();

  /** True when at least one connection reached the target (else the run cannot measure it). */
  boolean anyConnected();

  /** True when the connections this client keeps open are all gone: the target is lost. */
  boolean lostEveryConnection();

  List<IntervalRecorder> recorders();

  int connectionsOpen();

  int connectionsConnecting();

  /** Connections that failed to open or closed unexpectedly, since the start. */
  int connectionsFailed();

  /** The first connection failure, as a sentence; null when none. */
  String firstFailure();

  /** The first wrong or unexpected message, as a sentence; null when none. */
  String firstMessageError();

  /** The Sec-WebSocket-Extensions the server accepted, empty when none. */
  String negotiatedExtensions();

  /** Messages (and broadcast deliveries) received since the start. */
  long receivedSoFar();

  /** What was started and is still awaited: answers, pongs, handshakes in flight. */
  long pending();

  /** Starts nothing new from now on; what is under way may finish. */
  void stopSending();

  /** The client's threads, to measure their CPU and the time they wait for a core. */
  List<GeneratorThread> threads();

  /**
   * The measured window opens: messages intended from now on count in the totals. Nothing to do
   * for a client that schedules no messages.
   */
  default void startMeasuring() {}

  /**
   * Gives every message still without a fate its fate, once sending stopped: in flight at the
   * user's stop ({@code stopped}), timed out, or not sent. Nothing to do for a client that
   * schedules no messages.
   */
  default void settle(boolean stopped) {}

  /** Echoes that came after their message had timed out: ignored, counted here. */
  /**
   * The echoes each connection got answered in the measured window, one count per connection
   * opened, for the run's {@link wsarena.metrics.Fairness}; empty where the load does not count
   * them (storms, idle connections). Read once the load has settled.
   */
  default long[] answeredPerConnection() {
    return new long[0];
  }

  default long lateAnswers() {
    return 0;
  }

  /**
   * Why the generator's transport is not the one asked for (or not the preferred one, when none
   * was), e.g. {@code io_uring is not available here (...): the generator used epoll}; null when
   * it is.
   */
  String transportNote();

  /** A storm's source addresses and ports; null for clients that let the kernel choose. */
  default SourcesUsed sourcesUsed() {
    return null;
  }

  /** Closes every connection, then stops the threads. */
  @Override
  void close();
}
