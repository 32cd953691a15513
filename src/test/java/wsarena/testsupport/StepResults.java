package wsarena.testsupport;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.HdrHistogram.Histogram;
import wsarena.host.HostInfo;
import wsarena.metrics.FailuresByCause;
import wsarena.metrics.Fates;
import wsarena.metrics.IntervalRecorder;
import wsarena.metrics.LatencySummary;
import wsarena.metrics.Outcome;
import wsarena.metrics.Phase;
import wsarena.metrics.RunResult;
import wsarena.metrics.Sample;
import wsarena.metrics.TargetInfo;
import wsarena.metrics.Totals;
import wsarena.scenario.Rate;
import wsarena.scenario.Scenario;
import wsarena.metrics.Fairness;
import wsarena.metrics.Troubles;

/**
 * Run results made up for a sweep's steps, as a target of known capacity would give them: below
 * its capacity every message answered within a millisecond; above it, answers at the capacity,
 * the rest lost, and a tail of seconds. No server, no clock: a sweep's logic, tested by
 * arithmetic.
 */
public final class StepResults {
  private StepResults() {}

  /** What a target of {@code capacity} msgs/s does with {@code step}'s rate over 10 s. */
  public static RunResult ofCapacity(Scenario step, double capacity, HostInfo host) {
    double rate = ((Rate.OpenLoop) step.load().rate()).messagesPerSecond();
    boolean keepsUp = rate <= capacity;
    long intended = Math.round(rate * 10);
    long answered = keepsUp ? intended : Math.round(capacity * 10);
    long p99 = keepsUp ? 900 : 5_000_000;
    return result(step, host, Outcome.COMPLETED, null, intended, answered, answered / 10.0, p99, 20);
  }

  /** A step whose generator thread was saturated in every interval while the target kept up at p99 {@code p99Micros}. */
  public static RunResult generatorSaturated(Scenario step, HostInfo host, long p99Micros) {
    double rate = ((Rate.OpenLoop) step.load().rate()).messagesPerSecond();
    long intended = Math.round(rate * 10);
    return result(step, host, Outcome.COMPLETED, null, intended, intended * 9 / 10, rate * 0.9, p99Micros, 99);
  }

  /** A step whose target failed half-way. */
  public static RunResult failed(Scenario step, HostInfo host, String why) {
    return result(step, host, Outcome.FAILED, why, 1000, 900, 90, 2_000, 20);
  }

  /** A run whose target refused every connection: nothing sent, nothing answered. */
  public static RunResult refused(Scenario step, HostInfo host, String why) {
    return result(step, host, Outcome.FAILED, why, 0, 0, 0, 0, 20);
  }

  /**
   * Every message answered at the offered rate, at p99 {@code p99Micros}, the generator's send lag
   * at p99 {@code lagP99Micros} in every interval, {@code machineMicros} of it the machine's part
   * (its thread held off its core).
   */
  public static RunResult lagging(Scenario step, HostInfo host, long p99Micros, long lagP99Micros, long machineMicros) {
    double rate = ((Rate.OpenLoop) step.load().rate()).messagesPerSecond();
    long intended = Math.round(rate * 10);
    return result(step, host, Outcome.COMPLETED, null, intended, intended, rate, p99Micros, 40, lagP99Micros, machineMicros);
  }

  private static RunResult result(
      Scenario step, HostInfo host, Outcome outcome, String failure, long intended, long answered, double perSecond,
      long p99Micros, double generatorBusy) {
    return result(step, host, outcome, failure, intended, answered, perSecond, p99Micros, generatorBusy, 150, 0);
  }

  private static RunResult result(
      Scenario step, HostInfo host, Outcome outcome, String failure, long intended, long answered, double perSecond,
      long p99Micros, double generatorBusy, long lagP99Micros, long machineMicros) {
    Histogram latency = IntervalRecorder.newHistogram();
    latency.recordValueWithCount(Math.max(1, p99Micros / 4), Math.max(1, answered * 98 / 100));
    latency.recordValueWithCount(p99Micros, Math.max(1, intended - answered * 98 / 100));
    List<Sample> samples = new ArrayList<>();
    for (int i = 1; i <= 10; i++) {
      samples.add(new Sample(
          i * 1000L, 1000, Phase.MEASURING,
          new Sample.Connections(step.load().connections(), 0, 0, 0),
          new Sample.Counts(intended / 10, answered / 10, 0, 0, 0),
          new Sample.Latency(p99Micros / 4, p99Micros / 2, p99Micros, p99Micros, p99Micros),
          new Sample.Resources(40, 45, 100L << 20, 300L << 20, 200L << 20, -1),
          new Sample.GeneratorLoad(generatorBusy, lagP99Micros * 2, lagP99Micros, 0, machineMicros),
          new Sample.FateCounts(intended / 10, answered / 10, (intended - answered) / 10, 0, 0, 0, 0, 0), Sample.ContextSwitches.UNKNOWN, FailuresByCause.NONE, Sample.PerConnection.UNKNOWN, Troubles.NONE));
    }
    LatencySummary l = LatencySummary.of(latency);
    int connections = step.load().connections();
    Totals totals = new Totals(
        10_000,
        new Totals.Messages(intended, answered, 0, intended * 64, answered * 64, intended / 10.0, perSecond, perSecond, perSecond * 64 / 1e6),
        new Fates(intended, answered, intended - answered, 0, 0), l, null, new LatencySummary(intended, lagP99Micros * 0.8, lagP99Micros * 8 / 15, lagP99Micros * 11 / 15, lagP99Micros, lagP99Micros * 2, lagP99Micros * 8 / 3, lagP99Micros * 10 / 3),
        new Totals.Connections(connections, connections, 0, FailuresByCause.NONE, null),
        new Totals.Handshakes(connections, connections / 10.0, null, -1), new Totals.Cpu(40, 45, 12, -1),
        Totals.ContextSwitches.UNKNOWN, new Totals.Memory(300L << 20, 200L << 20, -1, -1), Fairness.UNKNOWN);
    return new RunResult(
        "test", step, host, new TargetInfo(step.target().label(), "a target of known capacity", null, ""), 1, Instant.now(),
        outcome, failure, samples, latency, null, totals, List.of(), List.of(), null, null);
  }
}
