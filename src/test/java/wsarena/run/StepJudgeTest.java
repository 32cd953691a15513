package wsarena.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;
import wsarena.host.HostInfo;
import wsarena.metrics.SweepStep;
import wsarena.scenario.Rate;
import wsarena.scenario.Scenario;
import wsarena.scenario.SweepPlan;
import wsarena.testsupport.Scenarios;
import wsarena.testsupport.StepResults;
import wsarena.ui.testing.SavedRuns;

/** Whose limit a failed sweep step hit, and the sentence that says so. */
class StepJudgeTest {
  private static final HostInfo HOST = SavedRuns.LAPTOP;
  private static final Scenario STEP =
      Scenarios.external(URI.create("ws://127.0.0.1:9/echo"), Scenarios.shortLoad(10, new Rate.OpenLoop(1000)));
  private static final StepSearch.Load LOAD = new StepSearch.Load(1000, 10, "");

  @Test
  void aP99TheGeneratorsOwnLagExplainsIsTheGenerators() {
    // p99 12 ms against a 10 ms bound; 5 ms of it the generator's lag, none of that the machine's
    SweepStep step = StepJudge.judge(1, LOAD, StepResults.lagging(STEP, HOST, 12_000, 5_000, 0), SweepPlan.Bounds.defaults());

    assertThat(step.passed()).isFalse();
    assertThat(step.generatorLimited()).isTrue();
    assertThat(step.reasons().getLast()).isEqualTo(StepJudge.GENERATOR_LIMIT
        + "its own send lag, p99 5.00 ms, is what took the step's p99 of 12.0 ms past 10.0 ms");
  }

  @Test
  void aP99TheMachinesStallsExplainIsNotCalledTheGeneratorsOwn() {
    // the same lag, 4.5 ms of its p99 the machine's (the thread held off its core, or its vCPU stopped)
    SweepStep step = StepJudge.judge(1, LOAD, StepResults.lagging(STEP, HOST, 12_000, 5_000, 4_500), SweepPlan.Bounds.defaults());

    assertThat(step.generatorLimited()).isTrue();
    assertThat(step.reasons().getLast()).startsWith(StepJudge.GENERATOR_LIMIT
        + "the send lag the machine caused (its thread held off its core), p99 5.00 ms, is what took");
  }

  @Test
  void aP99TheLagDoesNotExplainIsTheTargets() {
    SweepStep step = StepJudge.judge(1, LOAD, StepResults.lagging(STEP, HOST, 30_000, 5_000, 0), SweepPlan.Bounds.defaults());

    assertThat(step.passed()).isFalse();
    assertThat(step.generatorLimited()).isFalse();
    assertThat(step.reasons()).noneMatch(r -> r.startsWith(StepJudge.GENERATOR_LIMIT));
  }
}
