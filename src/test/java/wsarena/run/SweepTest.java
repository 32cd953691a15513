package wsarena.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;
import wsarena.engine.EngineCatalog;
import wsarena.host.HostInfo;
import wsarena.metrics.RunResult;
import wsarena.metrics.SweepResult;
import wsarena.metrics.SweepStep;
import wsarena.scenario.InvalidScenarioException;
import wsarena.scenario.Isolation;
import wsarena.scenario.Rate;
import wsarena.scenario.Scenario;
import wsarena.scenario.SweepPlan;
import wsarena.scenario.TargetCatalog;
import wsarena.scenario.TargetSpec;
import wsarena.scenario.ThreadingModel;
import wsarena.testsupport.Scenarios;
import wsarena.testsupport.StepResults;
import wsarena.ui.testing.SavedRuns;

/** The sweep's decisions, over steps scripted as a target of known capacity would answer them. */
class SweepTest {
  private static final HostInfo HOST = SavedRuns.LAPTOP;
  private static final TargetCatalog CATALOG = new Targets(EngineCatalog.standard()).catalog();
  private static final Scenario BASE =
      Scenarios.external(URI.create("ws://127.0.0.1:9/echo"), Scenarios.shortLoad(10, new Rate.OpenLoop(1)));
  private static final SweepPlan QUICK = SweepPlan.rates(1000).withCooldown(Duration.ZERO);

  private final List<Scenario> ran = new CopyOnWriteArrayList<>();

  private Sweep sweep(Scenario base, SweepPlan plan, BiFunction<Scenario, HostInfo, RunResult> target, OptionalLong files)
      throws InvalidScenarioException {
    Sweep.StepRuns runs = (step, sinks) -> new Shootout.Measurement() {
      @Override
      public RunResult execute() {
        ran.add(step);
        return target.apply(step, HOST);
      }

      @Override
      public void stop() {}
    };
    return new Sweep(base, plan, CATALOG, HOST, runs, files);
  }

  private SweepResult sweepOf(double capacity) throws InvalidScenarioException {
    return sweep(BASE, QUICK, (s, h) -> StepResults.ofCapacity(s, capacity, h), OptionalLong.empty()).execute(RunEvent.Listener.NONE);
  }

  @Test
  void aLoadFailsOnlyWhenItFailsTwiceInARow() throws Exception {
    java.util.concurrent.atomic.AtomicBoolean paused = new java.util.concurrent.atomic.AtomicBoolean();
    SweepResult r = sweep(BASE, QUICK, (s, h) -> {
      boolean pause = s.load().rate() instanceof Rate.OpenLoop o && o.messagesPerSecond() == 16_000 && !paused.getAndSet(true);
      return StepResults.ofCapacity(s, pause ? 1_000 : 37_000, h); // a pause at 16k, once
    }, OptionalLong.empty()).execute(RunEvent.Listener.NONE);

    assertThat(r.maxSustainableRate()).isBetween(37_000 * 0.95, 37_000.0);
    List<SweepStep> at16k = r.steps().stream().filter(s -> s.offeredRate() == 16_000).toList();
    assertThat(at16k).extracting(SweepStep::passed).containsExactly(false, true);
    assertThat(at16k.get(1).note()).isEqualTo(Sweep.AGAIN);
    assertThat(r.stopExplanation()).startsWith("the knee lies between 3").contains("and 38,000 msgs/s, which did not");
    // the failure at 64k was confirmed before the search bisected below it
    assertThat(r.steps().stream().filter(s -> s.offeredRate() == 64_000)).extracting(SweepStep::passed).containsExactly(false, false);
  }

  @Test
  void findsTheHighestRateThatPassesWithinThePrecision() throws Exception {
    SweepResult r = sweepOf(37_000);

    assertThat(r.stopReason()).isEqualTo(SweepResult.StopReason.KNEE_FOUND);
    assertThat(r.maxSustainableRate()).isBetween(37_000 * 0.95, 37_000.0);
    assertThat(r.stopExplanation())
        .isEqualTo("the knee lies between 37,000 msgs/s, which passed, and 38,000 msgs/s, which did not"
            + " (p99 5.00 s is above 10.0 ms), within 5.0 %");
    assertThat(r.knee().orElseThrow().offeredRate()).isEqualTo(r.maxSustainableRate());
    SweepStep failing = r.steps().stream().filter(s -> s.offeredRate() == 64_000).findFirst().orElseThrow();
    assertThat(failing.passed()).isFalse();
    assertThat(failing.reasons()).containsExactly(
        "p99 5.00 s is above 10.0 ms",
        "42 % of its messages timed out or were not sent (270,000 and 0 of 640,000; at most 0.10 % may)",
        "its answers came at 37,000 of the 64,000 msgs/s offered (58 %; at least 99 % must)");
    assertThat(r.steps()).extracting(SweepStep::index).startsWith(1, 2, 3);
    assertThat(r.steps().get(6).note()).isEqualTo("doubling from 32k msgs/s");
    assertThat(ran).allSatisfy(s -> assertThat(s.load().connections()).isEqualTo(10));
  }

  @Test
  void aStepTheGeneratorCouldNotDriveStopsTheSweepAndNamesTheGenerator() throws Exception {
    SweepResult r = sweep(BASE, QUICK, (s, h) -> rate(s) >= 8000 ? StepResults.generatorSaturated(s, h, 900) : StepResults.ofCapacity(s, 1e9, h),
        OptionalLong.empty()).execute(RunEvent.Listener.NONE);

    assertThat(r.stopReason()).isEqualTo(SweepResult.StopReason.GENERATOR_BOUND);
    // 1k, 2k, 4k, then 8k twice: the generator's limit is confirmed as a target's failure is
    assertThat(r.steps()).hasSize(5);
    assertThat(r.steps().subList(3, 5)).allSatisfy(s -> assertThat(s.generatorLimited()).isTrue());
    assertThat(r.steps().getLast().note()).isEqualTo(Sweep.AGAIN);
    assertThat(r.stopExplanation())
        .startsWith("the generator, not the target, was the limit at 8,000 msgs/s (in 10 of 10 measured intervals a generator thread was saturated")
        .endsWith("; the target sustained at least 4,000 msgs/s");
    assertThat(r.maxSustainableRate()).isEqualTo(4000.0);
  }

  @Test
  void aFailingTargetEndsTheSweepWithItsSentence() throws Exception {
    SweepResult r = sweep(BASE, QUICK, (s, h) -> rate(s) >= 4000 ? StepResults.failed(s, h, "the Tornado process exited with code 137") : StepResults.ofCapacity(s, 1e9, h),
        OptionalLong.empty()).execute(RunEvent.Listener.NONE);

    assertThat(r.stopReason()).isEqualTo(SweepResult.StopReason.TARGET_FAILED);
    assertThat(r.stopExplanation()).isEqualTo(
        "the target failed at 4,000 msgs/s: the Tornado process exited with code 137; the target sustained at least 2,000 msgs/s");
  }

  @Test
  void connectionStepsTheOpenFilesLimitCannotHoldAreLeftOutAndNamed() throws Exception {
    Scenario inProcess = BASE.withTarget(TargetSpec.Embedded.of("netty", ThreadingModel.EVENT_LOOP, Isolation.IN_PROCESS));
    SweepPlan plan = SweepPlan.connections(List.of(10, 100, 1000, 5000), 10).withCooldown(Duration.ZERO);
    List<String> started = new ArrayList<>();
    Sweep sweep = sweep(inProcess, plan, (s, h) -> StepResults.ofCapacity(s, 1e9, h), OptionalLong.of(4096));

    SweepResult r = sweep.execute(event -> {
      if (event instanceof RunEvent.StepStarting s) {
        started.add("step " + s.index() + " · " + s.note());
      }
    });

    assertThat(r.notes()).containsExactly(
        "5,000 connections left out: this process may hold 4,096 open files (ulimit -n), and each connection holds two,"
            + " the target running in this process: 1,792 connections fit");
    assertThat(r.stopReason()).isEqualTo(SweepResult.StopReason.ALL_STEPS_PASSED);
    assertThat(started).containsExactly(
        "step 1 · 10 connections at 10 msgs/s each (1 of 3)", "step 2 · 100 connections at 10 msgs/s each (2 of 3)",
        "step 3 · 1,000 connections at 10 msgs/s each (3 of 3)");
    assertThat(r.stopExplanation()).isEqualTo("every step passed, up to 1,000 connections (10,000 msgs/s)");
    assertThat(ran).extracting(s -> s.load().connections()).containsExactly(10, 100, 1000);
  }

  @Test
  void aStopDuringAStepEndsTheSweepKeepingTheStepsDone() throws Exception {
    Sweep[] self = new Sweep[1];
    self[0] = sweep(BASE, QUICK, (s, h) -> {
      if (rate(s) == 4000) {
        self[0].stop();
      }
      return StepResults.ofCapacity(s, 1e9, h);
    }, OptionalLong.empty());

    SweepResult r = self[0].execute(RunEvent.Listener.NONE);

    assertThat(r.stopReason()).isEqualTo(SweepResult.StopReason.STOPPED);
    assertThat(r.steps()).hasSize(3);
    assertThat(r.stopExplanation()).isEqualTo("stopped by the user at step 3; the target sustained at least 4,000 msgs/s");
  }

  @Test
  void badPlansAreRefusedWithSentences() {
    SweepPlan bad = new SweepPlan(new SweepPlan.Steps.Rates(-1, 2), SweepPlan.Bounds.p99(Duration.ZERO), false, Duration.ZERO);

    assertThatThrownBy(() -> sweep(BASE, bad, (s, h) -> null, OptionalLong.empty()))
        .isInstanceOf(InvalidScenarioException.class)
        .hasMessage("the start rate must be a positive number of messages per second\n"
            + "the precision must be between 0 and 100 %, e.g. 5%\nthe p99 bound must be positive, e.g. 10ms");
  }

  private static double rate(Scenario s) {
    return ((Rate.OpenLoop) s.load().rate()).messagesPerSecond();
  }
}
