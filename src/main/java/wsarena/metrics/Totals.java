package wsarena.metrics;

/**
 * The measured phase of a run, summed up. Rates are per second of measured time; CPU in percent of
 * the whole machine, averaged over the measured intervals; -1 where not known.
 *
 * <p>The fates ({@code intended}, {@code answered}, {@code timedOut}, {@code notSent}, {@code
 * inFlightAtStop}) count the messages intended inside the measured window, whenever their fate came,
 * so {@code intended = answered + timedOut + notSent + inFlightAtStop} exactly; {@link #latency}
 * holds one value for each answered or timed-out one (in broadcast, one per delivery and per
 * timed-out publish). See {@link Fates} for what each fate means.
 *
 * @param errors wrong or unexpected messages and connection errors (a message that got no answer is
 *     timed out, not an error)
 * @param latency percentiles of every measured message
 * @param correctedLatency closed loop only: the coordinated-omission-corrected view, else null
 * @param clientCpuMicrosPerMessage the generator threads' CPU time per message (sent or received,
 *     whichever is more) over the measured phase: the generator's own cost, without the JVM's JIT
 *     and GC threads
 * @param answeredPerSecond answers per second of measured time: the rate the target achieved
 *     (equal to {@code receivedPerSecond} for echo; in broadcast, publishes that came back)
 * @param sendLag how late the generator took up its open-loop messages, per message, in µs; null
 *     in files saved before it was measured
 * @param correctedIntervalMicros closed loop: the expected interval between two messages of a
 *     connection that the corrected view assumed (think time plus the median round trip); 0 when
 *     there is no corrected view
 * @param targetContextSwitchesPerMessage the target's context switches (voluntary and involuntary)
 *     per message received, beside its CPU per message: a thread hand-off per message shows here;
 *     -1 when not known or nothing was received
 * @param clientContextSwitchesPerMessage the generator threads' context switches per message (sent
 *     or received, whichever is more), -1 when not known
 * @param handshakesPerSecond handshakes completed per second of measured time (a storm's rate)
 * @param handshakeLatency a storm: the percentiles of its measured handshakes, TCP connect start
 *     (or when the attempt was due, under a ramp) to upgrade complete; null for other workloads
 * @param clientCpuMicrosPerHandshake the generator threads' CPU time per handshake in the measured
 *     phase, -1 when none completed
 * @param connectFailures the measured phase's failed connection attempts, by cause
 * @param sources a storm to a loopback target: the source addresses and ports its sockets used;
 *     null otherwise
 * @param memoryPerConnectionBytes idle: (the target's RSS while holding its connections − its RSS
 *     before the first one) / connections held, both read once memory settled; -1 when not known
 * @param heapPerConnectionBytes idle, a JVM target in its own process: the same for its heap in
 *     use after a collection; -1 when not known
 */
public record Totals(
    long measuredMillis,
    long sent,
    long received,
    long errors,
    long bytesSent,
    long bytesReceived,
    int connectionsRequested,
    int connectionsPeak,
    int connectionsFailed,
    long handshakes,
    double receivedPerSecond,
    double sentPerSecond,
    double receivedMegabytesPerSecond,
    LatencySummary latency,
    LatencySummary correctedLatency,
    double clientCpuPercent,
    double targetCpuPercent,
    long clientRssPeakBytes,
    long targetRssPeakBytes,
    double clientCpuMicrosPerMessage,
    long intended,
    long answered,
    long timedOut,
    long notSent,
    long inFlightAtStop,
    double answeredPerSecond,
    LatencySummary sendLag,
    long correctedIntervalMicros,
    double targetContextSwitchesPerMessage,
    double clientContextSwitchesPerMessage,
    double handshakesPerSecond,
    LatencySummary handshakeLatency,
    double clientCpuMicrosPerHandshake,
    FailuresByCause connectFailures,
    SourcesUsed sources,
    long memoryPerConnectionBytes,
    long heapPerConnectionBytes) {

  public Totals {
    if (connectFailures == null) {
      connectFailures = FailuresByCause.NONE;
    }
  }

  /** Totals without the figures that were added later: they read as not known. */
  public Totals(
      long measuredMillis,
      long sent,
      long received,
      long errors,
      long bytesSent,
      long bytesReceived,
      int connectionsRequested,
      int connectionsPeak,
      int connectionsFailed,
      long handshakes,
      double receivedPerSecond,
      double sentPerSecond,
      double receivedMegabytesPerSecond,
      LatencySummary latency,
      LatencySummary correctedLatency,
      double clientCpuPercent,
      double targetCpuPercent,
      long clientRssPeakBytes,
      long targetRssPeakBytes,
      double clientCpuMicrosPerMessage) {
    this(
        measuredMillis, sent, received, errors, bytesSent, bytesReceived, connectionsRequested, connectionsPeak,
        connectionsFailed, handshakes, receivedPerSecond, sentPerSecond, receivedMegabytesPerSecond, latency,
        correctedLatency, clientCpuPercent, targetCpuPercent, clientRssPeakBytes, targetRssPeakBytes,
        clientCpuMicrosPerMessage, 0, 0, 0, 0, 0, receivedPerSecond, null, 0, -1, -1,
        measuredMillis == 0 ? 0 : handshakes * 1000.0 / measuredMillis, null, -1, FailuresByCause.NONE, null, -1, -1);
  }

  /**
   * Totals with fates, without the connection figures (context switches, handshakes per second,
   * memory per connection): an echo or broadcast run built by hand, or a file saved before them.
   */
  public Totals(
      long measuredMillis, long sent, long received, long errors, long bytesSent, long bytesReceived,
      int connectionsRequested, int connectionsPeak, int connectionsFailed, long handshakes,
      double receivedPerSecond, double sentPerSecond, double receivedMegabytesPerSecond,
      LatencySummary latency, LatencySummary correctedLatency, double clientCpuPercent, double targetCpuPercent,
      long clientRssPeakBytes, long targetRssPeakBytes, double clientCpuMicrosPerMessage,
      long intended, long answered, long timedOut, long notSent, long inFlightAtStop, double answeredPerSecond,
      LatencySummary sendLag, long correctedIntervalMicros) {
    this(
        measuredMillis, sent, received, errors, bytesSent, bytesReceived, connectionsRequested, connectionsPeak,
        connectionsFailed, handshakes, receivedPerSecond, sentPerSecond, receivedMegabytesPerSecond, latency,
        correctedLatency, clientCpuPercent, targetCpuPercent, clientRssPeakBytes, targetRssPeakBytes,
        clientCpuMicrosPerMessage, intended, answered, timedOut, notSent, inFlightAtStop, answeredPerSecond, sendLag,
        correctedIntervalMicros, -1, -1, measuredMillis == 0 ? 0 : handshakes * 1000.0 / measuredMillis, null, -1,
        FailuresByCause.NONE, null, -1, -1);
  }

  /**
   * Totals with the connection figures, without fates: a storm or idle run, which schedules no
   * messages (its fates read as none).
   */
  public Totals(
      long measuredMillis, long sent, long received, long errors, long bytesSent, long bytesReceived,
      int connectionsRequested, int connectionsPeak, int connectionsFailed, long handshakes,
      double receivedPerSecond, double sentPerSecond, double receivedMegabytesPerSecond,
      LatencySummary latency, LatencySummary correctedLatency, double clientCpuPercent, double targetCpuPercent,
      long clientRssPeakBytes, long targetRssPeakBytes, double clientCpuMicrosPerMessage,
      double targetContextSwitchesPerMessage, double clientContextSwitchesPerMessage, double handshakesPerSecond,
      LatencySummary handshakeLatency, double clientCpuMicrosPerHandshake, FailuresByCause connectFailures,
      SourcesUsed sources, long memoryPerConnectionBytes, long heapPerConnectionBytes) {
    this(
        measuredMillis, sent, received, errors, bytesSent, bytesReceived, connectionsRequested, connectionsPeak,
        connectionsFailed, handshakes, receivedPerSecond, sentPerSecond, receivedMegabytesPerSecond, latency,
        correctedLatency, clientCpuPercent, targetCpuPercent, clientRssPeakBytes, targetRssPeakBytes,
        clientCpuMicrosPerMessage, 0, 0, 0, 0, 0, receivedPerSecond, null, 0, targetContextSwitchesPerMessage,
        clientContextSwitchesPerMessage, handshakesPerSecond, handshakeLatency, clientCpuMicrosPerHandshake,
        connectFailures, sources, memoryPerConnectionBytes, heapPerConnectionBytes);
  }

  /** The fates of the measured messages. */
  public Fates fates() {
    return new Fates(intended, answered, timedOut, notSent, inFlightAtStop);
  }
}
