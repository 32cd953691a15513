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
    long correctedIntervalMicros) {

  /** Totals without fates: built by hand, or read from a file saved before they were counted. */
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
        clientCpuMicrosPerMessage, 0, 0, 0, 0, 0, receivedPerSecond, null, 0);
  }

  /** The fates of the measured messages. */
  public Fates fates() {
    return new Fates(intended, answered, timedOut, notSent, inFlightAtStop);
  }
}
