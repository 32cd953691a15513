package wsarena.metrics;

import java.util.List;
import org.HdrHistogram.Histogram;

/**
 * One step of a sweep: the load it offered, what the target did with it, and whether that passed.
 * The figures are the step's run's totals, kept here so a sweep saved without its runs still draws
 * and compares.
 *
 * @param index the step's place in the sweep, from 1
 * @param note why this load, e.g. {@code bisecting between 40k and 80k msgs/s}
 * @param offeredRate the open-loop rate the step asked for, msgs/s over all connections
 * @param achievedRate the answers per second of the step's measured time
 * @param connections the step's connections
 * @param clientCpuPercent the generator's process, in percent of the whole machine
 * @param targetCpuPercent the target's, -1 when not known
 * @param outcome how the step's run ended
 * @param passed the step stayed within the sweep's bounds
 * @param reasons why it did not, a sentence each; empty when it passed
 * @param generatorLimited the generator, not the target, explains why the step failed
 * @param histogram every measured latency of the step, in µs
 * @param result the step's whole run, or null for a sweep read back from its file (its runs are in
 *     files of their own)
 */
public record SweepStep(
    int index,
    String note,
    double offeredRate,
    double achievedRate,
    int connections,
    long p50Micros,
    long p90Micros,
    long p99Micros,
    long p999Micros,
    long maxMicros,
    long intended,
    long answered,
    long timedOut,
    long notSent,
    double clientCpuPercent,
    double targetCpuPercent,
    Outcome outcome,
    boolean passed,
    List<String> reasons,
    boolean generatorLimited,
    Histogram histogram,
    RunResult result) {

  public SweepStep {
    reasons = reasons == null ? List.of() : List.copyOf(reasons);
  }

  /** The step that {@code result} measured at {@code offeredRate}, judged as given. */
  public static SweepStep of(
      int index, String note, double offeredRate, RunResult result, List<String> reasons, boolean generatorLimited) {
    Totals t = result.totals();
    LatencySummary l = t.latency();
    return new SweepStep(
        index, note, offeredRate, t.messages().answeredPerSecond(), result.scenario().load().connections(),
        l.p50Micros(), l.p90Micros(), l.p99Micros(), l.p999Micros(), l.maxMicros(),
        t.fates().intended(), t.fates().answered(), t.fates().timedOut(), t.fates().notSent(), t.cpu().clientPercent(), t.cpu().targetPercent(),
        result.outcome(), reasons.isEmpty(), reasons, generatorLimited, result.latency(), result);
  }

  /** The fates of the step's measured messages. */
  public Fates fates() {
    return new Fates(intended, answered, timedOut, notSent, 0);
  }
}
