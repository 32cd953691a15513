package wsarena.testsupport;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import wsarena.host.HostInfo;
import wsarena.metrics.RunResult;
import wsarena.metrics.SweepResult;
import wsarena.metrics.SweepStep;
import wsarena.metrics.TargetInfo;
import wsarena.scenario.Rate;
import wsarena.scenario.Scenario;
import wsarena.scenario.SweepPlan;

/** Sweeps made up for tests of what reads, writes and draws them: doubling rates against a known capacity. */
public final class Sweeps {
  private Sweeps() {}

  /** Rates from 1,000 msgs/s doubling past {@code capacity}, each step as such a target answers it. */
  public static SweepResult doubling(Scenario base, String label, double capacity, HostInfo host) {
    List<SweepStep> steps = new ArrayList<>();
    for (double rate = 1000; steps.isEmpty() || steps.getLast().passed(); rate *= 2) {
      Scenario step = base.withLoad(base.load().withRate(new Rate.OpenLoop(rate)));
      RunResult r = StepResults.ofCapacity(step, capacity, host);
      boolean passed = rate <= capacity;
      steps.add(SweepStep.of(steps.size() + 1, steps.isEmpty() ? "starting at 1k msgs/s" : "doubling", rate, r,
          passed ? List.of() : List.of("p99 5.00 s is above 10.0 ms"), false));
    }
    SweepStep knee = steps.get(steps.size() - 2);
    return new SweepResult(
        "test", base, SweepPlan.rates(1000), host, new TargetInfo(label, label + " (test)", null, ""), Instant.parse("2026-11-25T15:00:00Z"),
        steps, knee.offeredRate(), SweepResult.StopReason.KNEE_FOUND,
        "the knee lies between " + (long) knee.offeredRate() + " and " + (long) steps.getLast().offeredRate() + " msgs/s", List.of());
  }
}
