package wsarena.metrics;

/**
 * The measured phase of a run, summed up. Rates are per second of measured time; CPU in percent of
 * the whole machine, averaged over the measured intervals; -1 where not known.
 *
 * @param latency percentiles of every measured message
 * @param correctedLatency closed loop only: the coordinated-omission-corrected view, else null
 * @param clientCpuMicrosPerMessage the generator threads' CPU time per message (sent or received,
 *     whichever is more) over the measured phase: the generator's own cost, without the JVM's JIT
 *     and GC threads
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
        clientCpuMicrosPerMessage, -1, -1, measuredMillis == 0 ? 0 : handshakes * 1000.0 / measuredMillis, null, -1,
        FailuresByCause.NONE, null, -1, -1);
  }
}
