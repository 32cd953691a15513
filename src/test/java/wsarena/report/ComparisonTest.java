package wsarena.report;

import wsarena.text.Units;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import wsarena.scenario.ThreadingModel;
import wsarena.host.HostInfo;
import wsarena.metrics.RunResult;
import wsarena.ui.testing.SavedRuns;

/** What makes runs laid side by side less comparable: another machine, another load. */
class ComparisonTest {
  private static final HostInfo LAPTOP = SavedRuns.LAPTOP;
  /** The laptop again, as the window's JVM sees it: other flags, a JVM and an OS build later. */
  private static final HostInfo LAPTOP_FROM_THE_WINDOW =
      new HostInfo(
          LAPTOP.cpuModel(), LAPTOP.physicalCores(), LAPTOP.logicalThreads(), LAPTOP.memoryBytes(), LAPTOP.osName(),
          "10.0.19045", "Eclipse Adoptium", "25.0.2+10-LTS", List.of("--enable-native-access=ALL-UNNAMED", "-Xmx1g"));
  private static final HostInfo SERVER =
      new HostInfo("AMD EPYC 7B13", 2, 2, 24L << 30, "Debian GNU/Linux", "12", "Eclipse Adoptium", "25.0.3", List.of());

  private static RunResult run(ThreadingModel model, HostInfo host) {
    return SavedRuns.run(model, host);
  }

  private static RunResult withLoad(RunResult r, Duration duration, Duration warmup) {
    return new RunResult(
        r.wsarenaVersion(), r.scenario().withLoad(r.scenario().load().withDuration(duration).withWarmup(warmup)), r.host(),
        r.target(), r.clientThreads(), r.startedAt(), r.outcome(), r.failure(), r.samples(), r.latency(),
        r.correctedLatency(), r.totals(), r.warnings(), List.of(), null, null);
  }

  @Test
  void theSameHardwareIsOneMachineWhateverTheJvmFlagsAndVersions() {
    Comparison c = Comparison.of(List.of(run(ThreadingModel.EVENT_LOOP, LAPTOP), run(ThreadingModel.MULTI_REACTOR, LAPTOP_FROM_THE_WINDOW)));

    assertThat(c.machines()).isEqualTo(1);
    assertThat(c.cautions()).isEmpty();
  }

  @Test
  void aRunOnOtherHardwareIsNamedWithItsMachine() {
    Comparison c = Comparison.of(List.of(run(ThreadingModel.EVENT_LOOP, SERVER), run(ThreadingModel.MULTI_REACTOR, LAPTOP)));

    assertThat(c.machines()).isEqualTo(2);
    assertThat(c.cautions())
        .containsExactly(
            "undertow-multi-reactor was measured on other hardware than undertow-event-loop: "
                + "Intel(R) Core(TM) i7-8565U CPU @ 1.80GHz · 4 cores / 8 threads · 16 GiB RAM · Windows 10 10.0 · Eclipse Adoptium 25.0.1+8-LTS");
  }

  @Test
  void anotherDurationOrWarmUpIsAnotherLoad() {
    RunResult first = run(ThreadingModel.EVENT_LOOP, SERVER);
    RunResult longer = withLoad(run(ThreadingModel.MULTI_REACTOR, SERVER), Duration.ofSeconds(30), Duration.ofSeconds(5));

    Comparison c = Comparison.of(List.of(first, longer));

    // only what differs is named, the reference's value beside it
    String reference = Units.seconds(first.scenario().load().duration().toMillis()) + " measured after "
        + Units.seconds(first.scenario().load().warmup().toMillis()) + " warm-up";
    assertThat(c.cautions())
        .containsExactly(
            "undertow-multi-reactor was measured under another load than undertow-event-loop: 30.0 s measured after 5.0 s"
                + " warm-up (undertow-event-loop: " + reference + ")");
  }

  @Test
  void oneRunHasNothingToCompare() {
    assertThat(Comparison.of(List.of(run(ThreadingModel.EVENT_LOOP, SERVER))).cautions()).isEmpty();
  }
}
