package wsarena.ui.testing;

import java.time.Duration;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.HdrHistogram.Histogram;
import wsarena.host.HostInfo;
import wsarena.metrics.FailuresByCause;
import wsarena.metrics.Fates;
import wsarena.metrics.LatencySummary;
import wsarena.metrics.Outcome;
import wsarena.metrics.Phase;
import wsarena.metrics.RunResult;
import wsarena.metrics.Sample;
import wsarena.metrics.TargetInfo;
import wsarena.metrics.Totals;
import wsarena.run.RunEvent;
import wsarena.run.RunSource;
import wsarena.run.Shootout;
import wsarena.run.Sweep;
import wsarena.scenario.Scenario;
import wsarena.scenario.ShootoutPlan;
import wsarena.scenario.SweepPlan;
import wsarena.metrics.Fairness;
import wsarena.metrics.Troubles;

/**
 * A run for the window's tests, without servers: it reports phases and samples to its listener
 * on its own thread at a fixed interval, as the core does, and ends as scripted (completed,
 * stopped by {@link #stop()}, failed with a sentence, or crashing with an exception). Every message
 * it intends is answered, 8,000 plus 100 per sample in each interval whatever the scenario's
 * rate: a sweep over it finds its knee there.
 */
public final class ScriptedRun implements Shootout.Measurement {

  public enum Ending {
    COMPLETE,
    FAIL,
    CRASH
  }

  /** A source handing out scripted runs; the intervals and length are short for tests. */
  public static RunSource starter(Ending ending, long intervalMillis, int samples) {
    return starter(ending, intervalMillis, samples, null);
  }

  /**
   * Like {@link #starter(Ending, long, int)}, and the run warns with {@code warning} at its third
   * sample. Checking first changes nothing: the script has no target to check. A sweep's steps are
   * scripted runs too.
   */
  public static RunSource starter(Ending ending, long intervalMillis, int samples, String warning) {
    return new RunSource() {
      // Without the window's cool-down between runs (2 s between a shootout's, 1 s between a
      // sweep's steps): a script has no server to cool and no CPU left busy, and the pauses were
      // most of these tests' time (a shootout of six scripted runs took 16 s, 10 of them waiting).
      @Override
      public Shootout shootout(ShootoutPlan plan, HostInfo host, boolean checkFirst) {
        return new Shootout(new ShootoutPlan(plan.scenario(), plan.targets(), plan.repeats(), Duration.ZERO), runs(host));
      }

      @Override
      public Sweep sweep(Scenario scenario, SweepPlan plan, HostInfo host) throws wsarena.scenario.InvalidScenarioException {
        Shootout.Runs steps = runs(host);
        return Sweep.over(scenario, plan.withCooldown(Duration.ZERO), host, steps::prepare);
      }

      private Shootout.Runs runs(HostInfo host) {
        return (scenario, listener) -> new ScriptedRun(scenario, host, listener, ending, intervalMillis, samples, warning);
      }
    };
  }

  /** A source that takes the one {@code current} gives at each start: a test swaps scripts between its cases. */
  public static RunSource latest(java.util.function.Supplier<RunSource> current) {
    return new RunSource() {
      @Override
      public Shootout shootout(ShootoutPlan plan, HostInfo host, boolean checkFirst) {
        return current.get().shootout(plan, host, checkFirst);
      }

      @Override
      public Sweep sweep(Scenario scenario, SweepPlan plan, HostInfo host) throws wsarena.scenario.InvalidScenarioException {
        return current.get().sweep(scenario, plan, host);
      }
    };
  }

  private final Scenario scenario;
  private final HostInfo host;
  private final RunEvent.Listener sink;
  private final Ending ending;
  private final long intervalMillis;
  private final int samples;
  private final CountDownLatch stopped = new CountDownLatch(1);
  private final String warning;

  private ScriptedRun(
      Scenario scenario, HostInfo host, RunEvent.Listener sink, Ending ending, long intervalMillis, int samples, String warning) {
    this.warning = warning;
    this.scenario = scenario;
    this.host = host;
    this.sink = sink;
    this.ending = ending;
    this.intervalMillis = intervalMillis;
    this.samples = samples;
  }

  @Override
  public RunResult execute() {
    Histogram all = new Histogram(3_600_000_000L, 3);
    List<Sample> drawn = new ArrayList<>();
    Phase phase = null;
    boolean stoppedEarly = false;
    for (int i = 1; i <= samples; i++) {
      Phase now = i <= 2 ? Phase.WARMUP : i == samples ? Phase.DRAINING : Phase.MEASURING;
      if (now != phase) {
        phase = now;
        sink.on(new RunEvent.PhaseChanged(now));
      }
      if (ending == Ending.CRASH && i == 3) {
        throw new IllegalStateException("scripted crash");
      }
      Histogram interval = new Histogram(3_600_000_000L, 3);
      if (now == Phase.DRAINING) {
        // as a real tail: tens of ms with a few late answers, all slow
        for (int k = 0; k < 3; k++) {
          interval.recordValue(16_600);
        }
      } else {
        for (int k = 0; k < 500; k++) {
          long micros = 200 + (k * 37L % 300) + (k % 97 == 0 ? 4000 : 0) + i * 5L;
          interval.recordValue(micros);
        }
      }
      if (now == Phase.MEASURING) {
        all.add(interval);
      }
      Sample s = sample(i, now, interval);
      drawn.add(s);
      sink.on(new RunEvent.SampleTaken(s, interval, all));
      if (warning != null && i == 3) {
        sink.on(new RunEvent.Warned(warning));
      }
      if (ending == Ending.FAIL && i == 3) {
        return result(Outcome.FAILED, "the target closed every connection (scripted)", drawn, all);
      }
      try {
        if (stopped.await(intervalMillis, TimeUnit.MILLISECONDS)) {
          stoppedEarly = true;
          break;
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    sink.on(new RunEvent.PhaseChanged(Phase.DONE));
    return result(stoppedEarly ? Outcome.STOPPED : Outcome.COMPLETED, null, drawn, all);
  }

  private Sample sample(int i, Phase phase, Histogram h) {
    int conns = scenario.load().connections();
    long received = 8000 + i * 100L;
    return new Sample(
        i * intervalMillis,
        intervalMillis,
        phase,
        new Sample.Connections(conns, 0, 0, i == 1 ? conns : 0),
        new Sample.Counts(received, received, 0, received * 64, received * 64),
        Sample.Latency.of(LatencySummary.of(h)),
        new Sample.Resources(55 + i, 30 + i, 80L << 20, 300L << 20, -1, -1),
        new Sample.GeneratorLoad(40, 0, 0, 0, 0), Sample.FateCounts.NONE, Sample.ContextSwitches.UNKNOWN, FailuresByCause.NONE, Sample.PerConnection.UNKNOWN, Troubles.NONE);
  }

  private RunResult result(Outcome outcome, String failure, List<Sample> drawn, Histogram all) {
    long measured = drawn.stream().filter(s -> s.phase() == Phase.MEASURING).mapToLong(Sample::intervalMillis).sum();
    long received = drawn.stream().filter(s -> s.phase() == Phase.MEASURING).mapToLong(s -> s.counts().received()).sum();
    double perSecond = measured == 0 ? 0 : received * 1000.0 / measured;
    int connections = scenario.load().connections();
    Totals totals =
        new Totals(
            measured,
            new Totals.Messages(received, received, 0, received * 64, received * 64, perSecond, perSecond, perSecond, perSecond * 64 / 1e6),
            new Fates(received, received, 0, 0, 0), LatencySummary.of(all), null, LatencySummary.EMPTY,
            new Totals.Connections(connections, connections, 0, FailuresByCause.NONE, null),
            new Totals.Handshakes(connections, measured == 0 ? 0 : connections * 1000.0 / measured, null, -1),
            new Totals.Cpu(60, 35, 12.5, -1), Totals.ContextSwitches.UNKNOWN, new Totals.Memory(300L << 20, -1, -1, -1),
            Fairness.UNKNOWN);
    return new RunResult(
        "test",
        scenario,
        host,
        new TargetInfo(scenario.target().label(), "scripted test target", null, ""),
        1,
        Instant.now(),
        outcome,
        failure,
        List.copyOf(drawn),
        all,
        null,
        totals,
        warning == null ? List.of() : List.of(warning), List.of(), null, null);
  }

  @Override
  public void stop() {
    stopped.countDown();
  }
}
