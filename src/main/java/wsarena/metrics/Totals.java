package wsarena.metrics;

import java.util.Objects;

/**
 * The measured phase of a run, summed up. The figures come in small groups, as a {@link Sample}'s
 * do, so no caller lines up three dozen numbers by position and a figure added later lands in its
 * group. Rates are per second of measured time; CPU in percent of the whole machine, averaged over
 * the measured intervals; -1 where not known.
 *
 * <p>The fates count the messages intended inside the measured window, whenever their fate came,
 * so {@code intended = answered + timedOut + notSent + inFlightAtStop} exactly; {@link #latency}
 * holds one value for each answered or timed-out one (in broadcast, one per delivery and per
 * timed-out publish). See {@link Fates} for what each fate means.
 *
 * <p>On disk (a result's {@code totals}) the figures stay one flat object with the names scripts
 * read ({@code intended}, {@code answered}, {@code timedOut}, ...): {@code report.TotalsJson}
 * writes and reads that form, so a figure added to a group is added there too.
 *
 * @param measuredMillis the length of the measured phase
 * @param messages what was sent and received, and at what rate
 * @param fates what became of the measured messages
 * @param latency percentiles of every measured message
 * @param corrected closed loop only: the coordinated-omission-corrected view, else null
 * @param sendLag how late the generator took up its open-loop messages, per message, in µs; empty
 *     (no count) where it was not measured, as in files saved before it was
 * @param connections the connections asked for, held and lost
 * @param handshakes the handshakes completed, how fast and at what cost (a storm's figures)
 * @param cpu the generator's and the target's CPU
 * @param contextSwitches the generator's and the target's context switches per message
 * @param memory the generator's and the target's memory
 * @param fairness how evenly the answers were spread over the connections; {@link
 *     Fairness#UNKNOWN} where they were not counted per connection (a storm, an idle run, a merged
 *     run, a file saved before they were)
 */
public record Totals(
    long measuredMillis,
    Messages messages,
    Fates fates,
    LatencySummary latency,
    Corrected corrected,
    LatencySummary sendLag,
    Connections connections,
    Handshakes handshakes,
    Cpu cpu,
    ContextSwitches contextSwitches,
    Memory memory,
    Fairness fairness) {

  /** Where a figure was not measured it is empty or unknown, never null: the readers upgrade older files. */
  public Totals {
    Objects.requireNonNull(sendLag, "sendLag: LatencySummary.EMPTY where not measured");
    Objects.requireNonNull(fairness, "fairness: Fairness.UNKNOWN where not counted");
  }

  /**
   * @param errors wrong or unexpected messages and connection errors (a message that got no answer
   *     is timed out, not an error)
   * @param answeredPerSecond answers per second of measured time: the rate the target achieved
   *     (equal to {@code receivedPerSecond} for echo; in broadcast, publishes that came back)
   * @param receivedMegabytesPerSecond payload megabytes (10^6 bytes) received per second
   */
  public record Messages(
      long sent,
      long received,
      long errors,
      long bytesSent,
      long bytesReceived,
      double sentPerSecond,
      double receivedPerSecond,
      double answeredPerSecond,
      double receivedMegabytesPerSecond) {}

  /**
   * Closed loop's second view of the latencies.
   *
   * @param latency the percentiles corrected for coordinated omission
   * @param intervalMicros the expected interval between two messages of a connection that the
   *     correction assumed (think time plus the median round trip)
   */
  public record Corrected(LatencySummary latency, long intervalMicros) {}

  /**
   * @param requested connections the scenario asked for
   * @param peak the most open at the end of any interval
   * @param failed connections that failed or closed unexpectedly over the run
   * @param failuresByCause the measured phase's failed connection attempts, by cause
   * @param sources a storm to a loopback target: the source addresses and ports its sockets used;
   *     null otherwise
   */
  public record Connections(
      int requested, int peak, int failed, FailuresByCause failuresByCause, SourcesUsed sources) {}

  /**
   * @param count handshakes completed in the measured phase
   * @param perSecond handshakes completed per second of measured time (a storm's rate)
   * @param latency a storm: the percentiles of its measured handshakes, TCP connect start (or when
   *     the attempt was due, under a ramp) to upgrade complete; null for other workloads
   * @param clientCpuMicrosEach the generator threads' CPU time per handshake in the measured phase,
   *     -1 when none completed
   */
  public record Handshakes(long count, double perSecond, LatencySummary latency, double clientCpuMicrosEach) {}

  /**
   * @param clientPercent the generator's process (less an in-process target's threads)
   * @param targetPercent the target, -1 when not known
   * @param clientMicrosPerMessage the generator threads' CPU time per message (sent or received,
   *     whichever is more) over the measured phase: the generator's own cost, without the JVM's JIT
   *     and GC threads
   * @param balancerPercent the load balancer's part of {@code targetPercent}, when the target's
   *     instances were behind one; -1 otherwise
   */
  public record Cpu(double clientPercent, double targetPercent, double clientMicrosPerMessage, double balancerPercent) {}

  /**
   * Context switches per message, both kinds together and each apart: voluntary when a thread
   * blocked (a hand-off to another thread, the design property an event loop avoids, costs one),
   * involuntary when the scheduler took its core away (on shared cores this depends on who else
   * ran at that moment, not on the server's design).
   *
   * @param targetPerMessage the target's, per message received, beside its CPU per message; -1 when
   *     not known or nothing was received
   * @param clientPerMessage the generator threads', per message (sent or received, whichever is
   *     more), -1 when not known
   * @param targetVoluntaryPerMessage the target's voluntary ones, per message received; -1 when not known
   * @param targetInvoluntaryPerMessage the target's involuntary ones; -1 when not known
   * @param clientVoluntaryPerMessage the generator threads' voluntary ones; -1 when not known
   * @param clientInvoluntaryPerMessage the generator threads' involuntary ones; -1 when not known
   */
  public record ContextSwitches(
      double targetPerMessage,
      double clientPerMessage,
      double targetVoluntaryPerMessage,
      double targetInvoluntaryPerMessage,
      double clientVoluntaryPerMessage,
      double clientInvoluntaryPerMessage) {
    public static final ContextSwitches UNKNOWN = new ContextSwitches(-1, -1, -1, -1, -1, -1);
  }

  /**
   * @param clientRssPeakBytes the generator's process, its highest resident memory
   * @param targetRssPeakBytes the target's process, -1 when not known
   * @param perConnectionBytes idle: (the target's RSS while holding its connections − its RSS
   *     before the first one) / connections held, both read once memory settled; -1 when not known
   * @param heapPerConnectionBytes idle, a JVM target in its own process: the same for its heap in
   *     use after a collection; -1 when not known
   */
  public record Memory(
      long clientRssPeakBytes, long targetRssPeakBytes, long perConnectionBytes, long heapPerConnectionBytes) {}
}
