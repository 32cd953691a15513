package wsarena.metrics;

/**
 * One interval's figures, ready to draw or print: nothing downstream computes a metric.
 *
 * <p>Counts are for this interval only; connection counts are the state at its end. Latencies are
 * in microseconds, for the messages answered in this interval (0 when none). CPU is in percent of
 * the whole machine (100 = every core busy); memory in bytes; -1 where a figure is not known (e.g.
 * the heap of a non-Java external target).
 *
 * @param elapsedMillis time since the run started, at the end of this interval
 * @param intervalMillis the length of this interval
 * @param phase the phase this interval belongs to
 * @param connectionsOpen connections open at the end of the interval
 * @param connectionsConnecting connections in their handshake
 * @param connectionsFailed connections that failed or closed unexpectedly, since the run started
 * @param handshakes handshakes completed in this interval
 * @param sent messages sent
 * @param received messages received (echoes, or broadcast deliveries)
 * @param errors wrong, lost or failed messages and connection errors
 * @param bytesSent payload bytes sent
 * @param bytesReceived payload bytes received
 * @param p50Micros median latency
 * @param p90Micros 90th percentile latency
 * @param p99Micros 99th percentile latency
 * @param p999Micros 99.9th percentile latency
 * @param maxMicros highest latency
 * @param clientCpuPercent CPU of the load generator
 * @param targetCpuPercent CPU of the target, -1 when not known (external targets)
 * @param clientHeapBytes heap in use by wsarena's JVM
 * @param clientRssBytes resident memory of wsarena's process
 * @param targetRssBytes resident memory of the target's process, -1 when not known
 * @param generatorBusyPercent the busiest generator thread's CPU in percent of one core
 * @param sendLagMicros how far behind its open-loop schedule the generator sent, worst in interval
 */
public record Sample(
    long elapsedMillis,
    long intervalMillis,
    Phase phase,
    int connectionsOpen,
    int connectionsConnecting,
    int connectionsFailed,
    long handshakes,
    long sent,
    long received,
    long errors,
    long bytesSent,
    long bytesReceived,
    long p50Micros,
    long p90Micros,
    long p99Micros,
    long p999Micros,
    long maxMicros,
    double clientCpuPercent,
    double targetCpuPercent,
    long clientHeapBytes,
    long clientRssBytes,
    long targetRssBytes,
    double generatorBusyPercent,
    long sendLagMicros) {

  /** Messages sent per second in this interval. */
  public double sentPerSecond() {
    return perSecond(sent);
  }

  /** Messages received per second in this interval. */
  public double receivedPerSecond() {
    return perSecond(received);
  }

  /** Payload megabytes (10^6 bytes) received per second. */
  public double receivedMegabytesPerSecond() {
    return perSecond(bytesReceived) / 1e6;
  }

  /** Payload megabytes (10^6 bytes) sent per second. */
  public double sentMegabytesPerSecond() {
    return perSecond(bytesSent) / 1e6;
  }

  public double handshakesPerSecond() {
    return perSecond(handshakes);
  }

  private double perSecond(long count) {
    return intervalMillis <= 0 ? 0 : count * 1000.0 / intervalMillis;
  }
}
