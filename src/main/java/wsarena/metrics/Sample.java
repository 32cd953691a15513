package wsarena.metrics;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One interval's figures, ready to draw or print: nothing downstream computes a metric.
 *
 * <p>The figures come in small groups, each a record with named parts, so no caller lines up two
 * dozen numbers by position. Counts are for this interval only; connection counts are the state at
 * its end. Latencies are in microseconds, for the messages answered in this interval (all 0 when
 * none): echo round trips, broadcast deliveries, a storm's handshakes, an idle run's pings. CPU is in percent of the whole machine (100 = every core busy); memory in bytes; -1 where
 * a figure is not known (e.g. the memory of an external target whose process is unknown).
 *
 * @param elapsedMillis time since the run started, at the end of this interval
 * @param intervalMillis the length of this interval
 * @param phase the phase this interval belongs to
 * @param connections the connections at the end of the interval, and the handshakes in it
 * @param counts messages and payload bytes in this interval
 * @param latency the percentiles of this interval's latencies
 * @param resources CPU and memory of the generator's process and of the target
 * @param generator how hard the load generator itself worked (to tell when it, not the target,
 *     was the limit)
 * @param fates what became of the intended messages in this interval, and how many are still
 *     waiting at its end
 * @param contextSwitches how often the generator's and the target's threads were switched out
 * @param connectFailures connection attempts that failed in this interval, by cause (a storm's
 *     failures; none for workloads that open their connections once)
 * @param perConnection what each open connection costs the target (an idle run)
 * @param troubles the connections lost in this interval and the protocol errors in it, by cause
 */
public record Sample(
    long elapsedMillis,
    long intervalMillis,
    Phase phase,
    Connections connections,
    Counts counts,
    Latency latency,
    Resources resources,
    GeneratorLoad generator,
    FateCounts fates,
    ContextSwitches contextSwitches,
    FailuresByCause connectFailures,
    PerConnection perConnection,
    Troubles troubles) {

  /**
   * @param open connections open at the end of the interval
   * @param connecting connections in their handshake
   * @param failed connections that failed or closed unexpectedly, since the run started
   * @param handshakes handshakes completed in this interval
   */
  public record Connections(int open, int connecting, int failed, long handshakes) {}

  /**
   * @param sent messages sent
   * @param received messages received (echoes, or broadcast deliveries)
   * @param errors wrong, lost or failed messages and connection errors
   * @param bytesSent payload bytes sent
   * @param bytesReceived payload bytes received
   */
  public record Counts(long sent, long received, long errors, long bytesSent, long bytesReceived) {}

  /** The interval's latency percentiles, in microseconds: the lines of the live latency chart. */
  public record Latency(long p50Micros, long p90Micros, long p99Micros, long p999Micros, long maxMicros) {
    public static Latency of(LatencySummary s) {
      return new Latency(s.p50Micros(), s.p90Micros(), s.p99Micros(), s.p999Micros(), s.maxMicros());
    }

    /** True when the interval timed anything (a recorded latency is at least 1 µs). */
    public boolean measuredAny() {
      return maxMicros > 0;
    }
  }

  /**
   * @param clientCpuPercent CPU of the load generator (wsarena's process minus an in-process
   *     target's threads)
   * @param targetCpuPercent CPU of the target, -1 when not known (external targets)
   * @param clientHeapBytes heap in use by wsarena's JVM
   * @param clientRssBytes resident memory of wsarena's process
   * @param targetRssBytes resident memory of the target's process, -1 when not known
   * @param balancerCpuPercent the share of the target's CPU, in percent of the machine, that the
   *     load balancer in front of its instances used; part of {@code targetCpuPercent}, shown on its
   *     own; -1 when the target has none
   */
  public record Resources(
      double clientCpuPercent,
      double targetCpuPercent,
      long clientHeapBytes,
      long clientRssBytes,
      long targetRssBytes,
      double balancerCpuPercent) {}

  /**
   * @param busyPercent the busiest generator thread, in percent of one core: its CPU time plus the
   *     time it was runnable but waiting for a core (on shared cores that thread was no more free
   *     to send than a busy one)
   * @param sendLagMicros how far behind its open-loop schedule the generator took a message up,
   *     worst in the interval
   * @param sendLagP99Micros the same, at the 99th percentile of the interval's messages
   * @param waitingPercent the part of {@code busyPercent} the busiest thread spent waiting for a
   *     core; 0 where the OS does not tell
   * @param sendLagMachineMicros the part of {@code sendLagP99Micros} the machine caused: time the
   *     generator's threads were held off their cores while messages were due (runnable and waiting
   *     for one, their virtual CPU stopped by the hypervisor, or woken past their timer), neither
   *     working nor paused for a collection (see {@code load.OwnLag}): the p99 of the lags less the
   *     p99 of the generator's own parts; 0 where the OS does not tell, and in files saved before
   *     it was measured. Saved as {@code sendLagWaitingMicros} (CSV {@code send_lag_waiting_us}),
   *     its name from when it was only the waits for a core: scripts read those names
   */
  public record GeneratorLoad(
      double busyPercent,
      long sendLagMicros,
      long sendLagP99Micros,
      double waitingPercent,
      @JsonProperty("sendLagWaitingMicros") long sendLagMachineMicros) {
    /** The generator's own part of the send lag's p99: what is left without the machine's part. */
    public long ownSendLagP99Micros() {
      return Math.max(0, sendLagP99Micros - sendLagMachineMicros);
    }
  }

  /**
   * The fates decided in this interval (README.md: "Every message accounted for"), and what is
   * still open at its end. Over the samples of a run so far, {@code sum(intended) = sum(answered +
   * timedOut + notSent + inFlightAtStop) + backlog + inFlight} of the last one, exactly.
   *
   * @param intended messages that came due in this interval (closed loop: that were sent)
   * @param answered messages answered in this interval
   * @param timedOut messages given up on in this interval
   * @param notSent messages that could not go in this interval
   * @param inFlightAtStop messages unanswered when the user stopped the run (the last sample only)
   * @param backlog messages due and not sent yet at the end of the interval, waiting their turn
   * @param inFlight messages sent and not answered yet at the end of the interval
   * @param oldestWaitingMicros how long the oldest of those (in the backlog or in flight) had waited
   *     since its intended send time, at the end of the interval; 0 when none waited. When the
   *     interval timed nothing, this is its figure: a stalled target shows how long it has been
   *     silent, not a latency of 0
   */
  public record FateCounts(
      long intended, long answered, long timedOut, long notSent, long inFlightAtStop, long backlog, long inFlight,
      long oldestWaitingMicros) {
    public static final FateCounts NONE = new FateCounts(0, 0, 0, 0, 0, 0, 0, 0);
  }

  /**
   * True when messages waited through this interval and none got an answer or was given up on: its
   * latency percentiles are not 0 but unknown, and {@link FateCounts#oldestWaitingMicros} says how
   * long the target has been silent.
   */
  public boolean unanswered() {
    return !latency.measuredAny() && fates != null && fates.oldestWaitingMicros() > 0;
  }

  /**
   * Context switches per second in this interval: voluntary when a thread blocked (on I/O, a lock,
   * a queue: a hand-off to another thread costs one), involuntary when the scheduler took its core
   * away. -1 where not known (not Linux, a target whose process is unknown).
   *
   * @param clientVoluntaryPerSecond the generator's threads
   * @param targetVoluntaryPerSecond every thread of a target in its own process, or the server
   *     threads of one in this JVM
   */
  public record ContextSwitches(
      double clientVoluntaryPerSecond,
      double clientInvoluntaryPerSecond,
      double targetVoluntaryPerSecond,
      double targetInvoluntaryPerSecond) {
    public static final ContextSwitches UNKNOWN = new ContextSwitches(-1, -1, -1, -1);

    /** The generator's switches of both kinds per second, -1 when not known. */
    public double clientPerSecond() {
      return sum(clientVoluntaryPerSecond, clientInvoluntaryPerSecond);
    }

    /** The target's switches of both kinds per second, -1 when not known. */
    public double targetPerSecond() {
      return sum(targetVoluntaryPerSecond, targetInvoluntaryPerSecond);
    }

    private static double sum(double voluntary, double involuntary) {
      return voluntary < 0 || involuntary < 0 ? -1 : voluntary + involuntary;
    }
  }

  /**
   * @param targetMemoryBytes an idle run: the target's resident memory above its level before the
   *     first connection, over the connections open at the end of the interval, as it stands (the
   *     result's figure waits for the memory to settle); -1 when not known
   */
  public record PerConnection(long targetMemoryBytes) {
    public static final PerConnection UNKNOWN = new PerConnection(-1);
  }

  /** Messages sent per second in this interval. */
  public double sentPerSecond() {
    return perSecond(counts.sent());
  }

  /** Messages received per second in this interval. */
  public double receivedPerSecond() {
    return perSecond(counts.received());
  }

  /** Payload megabytes (10^6 bytes) received per second. */
  public double receivedMegabytesPerSecond() {
    return perSecond(counts.bytesReceived()) / 1e6;
  }

  /** Payload megabytes (10^6 bytes) sent per second. */
  public double sentMegabytesPerSecond() {
    return perSecond(counts.bytesSent()) / 1e6;
  }

  public double handshakesPerSecond() {
    return perSecond(connections.handshakes());
  }

  private double perSecond(long count) {
    return intervalMillis <= 0 ? 0 : count * 1000.0 / intervalMillis;
  }
}
