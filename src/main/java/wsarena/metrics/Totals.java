package wsarena.metrics;

/**
 * The measured phase of a run, summed up. Rates are per second of measured time; CPU in percent of
 * the whole machine, averaged over the measured intervals; -1 where not known.
 *
 * @param latency percentiles of every measured message
 * @param correctedLatency closed loop only: the coordinated-omission-corrected view, else null
 * @param clientCpuMicrosPerMessage the generator's CPU time per message received: its own cost
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
    double clientCpuMicrosPerMessage) {}
