package wsarena.run;

import java.util.ArrayList;
import java.util.List;
import wsarena.metrics.GeneratorHealth;
import wsarena.metrics.IntervalSampler;
import wsarena.metrics.Outcome;
import wsarena.metrics.RunResult;
import wsarena.metrics.SweepStep;
import wsarena.metrics.Totals;
import wsarena.text.Units;
import wsarena.scenario.SweepPlan;

/**
 * Whether a sweep's step passed, and whose limit it hit when it did not.
 *
 * <p>A step fails when its p99 is above the bound, when more than the allowed share of its intended
 * messages timed out or were not sent, or when its answers came slower than the allowed share of
 * the offered rate. A failing step is the generator's, not the target's, when a generator thread
 * was saturated (running, or waiting for a core) in a quarter of its intervals, or when the
 * generator's send lag explains a p99 too high: take the lag's p99 away and the step is within
 * the bound. The sentence says whether that lag was the generator's own or the machine's (its
 * thread held off its core, {@link GeneratorHealth#machineVerdict}). Latency counts from the intended send time, so a generator behind its schedule adds
 * its delay to every figure; a sweep that went on from there would measure the generator.
 */
final class StepJudge {
  /** How the reason a step was the generator's begins. */
  static final String GENERATOR_LIMIT = "the generator was the limit: ";

  private StepJudge() {}

  static SweepStep judge(int index, StepSearch.Load load, RunResult r, SweepPlan.Bounds bounds) {
    Totals t = r.totals();
    List<String> reasons = new ArrayList<>();
    if (r.outcome() == Outcome.FAILED) {
      reasons.add("the run failed: " + r.failure());
    } else if (r.outcome() == Outcome.STOPPED) {
      reasons.add("it was stopped before its end");
    }
    long bound = bounds.p99().toNanos() / 1000;
    boolean slow = t.latency().count() > 0 && t.latency().p99Micros() > bound;
    if (slow) {
      reasons.add("p99 " + Units.latency(t.latency().p99Micros()) + " is above " + Units.latency(bound));
    }
    if (t.fates().intended() == 0) {
      reasons.add("no message was intended in its measured time");
    } else if (t.fates().timedOut() + t.fates().notSent() > bounds.lostFraction() * t.fates().intended()) {
      reasons.add(Units.share((double) (t.fates().timedOut() + t.fates().notSent()) / t.fates().intended()) + " of its messages timed out or were not sent"
          + " (" + Units.whole(t.fates().timedOut()) + " and " + Units.whole(t.fates().notSent()) + " of " + Units.whole(t.fates().intended())
          + "; at most " + Units.share(bounds.lostFraction()) + " may)");
    }
    if (t.messages().answeredPerSecond() < bounds.achievedFraction() * load.rate()) {
      reasons.add("its answers came at " + Units.whole(t.messages().answeredPerSecond()) + " of the " + Units.whole(load.rate())
          + " msgs/s offered (" + Units.share(t.messages().answeredPerSecond() / load.rate()) + "; at least " + Units.share(bounds.achievedFraction())
          + " must)");
    }
    // a stalled step ran its course too, and is judged by its figures
    boolean ranItsCourse = r.outcome() == Outcome.COMPLETED || r.outcome() == Outcome.STALLED;
    String generator = reasons.isEmpty() || !ranItsCourse ? null : generatorLimit(r, slow, bound);
    if (generator != null) {
      reasons.add(StepJudge.GENERATOR_LIMIT + generator);
    }
    return SweepStep.of(index, load.note(), load.rate(), r, reasons, generator != null);
  }

  /** Why the generator, not the target, explains a failed step; null when it does not. */
  private static String generatorLimit(RunResult r, boolean slow, long boundMicros) {
    Totals t = r.totals();
    List<wsarena.metrics.Sample> measured = IntervalSampler.measuredOnly(r.samples());
    if (GeneratorHealth.saturated(measured)) {
      return GeneratorHealth.reason(measured);
    }
    long lag = t.sendLag().p99Micros(); // 0 where not measured
    if (slow && t.latency().p99Micros() - lag <= boundMicros) {
      // a lag the machine caused (the thread held off its core) is no less a limit of the
      // measuring side, but it is not the generator's own cost, and the sentence says whose it was
      String whose = GeneratorHealth.machineVerdict(measured) != null
          ? "the send lag the machine caused (its thread held off its core)"
          : "its own send lag";
      return whose + ", p99 " + Units.latency(lag) + ", is what took the step's p99 of "
          + Units.latency(t.latency().p99Micros()) + " past " + Units.latency(boundMicros);
    }
    return null;
  }
}
