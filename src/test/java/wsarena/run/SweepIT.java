package wsarena.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import wsarena.host.HostInfo;
import wsarena.host.HostProbe;
import wsarena.host.ThreadPriority;
import wsarena.metrics.SweepResult;
import wsarena.metrics.SweepStep;
import wsarena.scenario.LoadProfile;
import wsarena.scenario.Rate;
import wsarena.scenario.Scenario;
import wsarena.scenario.SweepPlan;
import wsarena.testsupport.RunsAlone;
import wsarena.testsupport.Scenarios;
import wsarena.testsupport.TestEchoServer;

/** Real sweeps on loopback: against a server of known capacity, and with a generator starved of cores. */
@RunsAlone("finds a capacity within 10 % and starves the generator of CPU on purpose")
@Timeout(120)
class SweepIT {
  private static HostInfo host;

  @BeforeAll
  static void detectHost() {
    host = HostProbe.detect();
  }

  /**
   * Short steps: a quarter of a second of warm-up (the target and generator stay up between steps,
   * warm), a second and a half measured; a 3 s timeout, which a stall of this shared machine
   * rarely reaches and an overloaded step's drain does not wait out. A second measured was tried:
   * a 30 ms stall of a loaded machine then costs a step under the capacity 3 % of its answers,
   * failing it (99 % must come back), and the knee fell to 91 % of the capacity.
   */
  private static Scenario quickSteps(TestEchoServer server) {
    LoadProfile load =
        Scenarios.shortLoad(10, new Rate.OpenLoop(1))
            .withWarmup(Duration.ofMillis(250))
            .withDuration(Duration.ofMillis(1500))
            .withTimeout(Duration.ofSeconds(3));
    return Scenarios.external(server.echoUri(), load);
  }

  @Test
  void findsTheCapacityOfAServerWithinTenPercent() throws Exception {
    double capacity = 2000;
    try (TestEchoServer server = TestEchoServer.withCapacity(capacity)) {
      // A generous p99 bound, so this shared machine's hiccups do not end the search early; past
      // the capacity the answers fall short of the rate offered, which fails the step anyway.
      // From 1,500: the doubling is seen once (1,500 to 3,000) before the first failure, and no
      // step lands on the capacity itself, where passing or failing is a toss. Each failed step
      // runs twice (the sweep confirms a failure), so the fewer failures the cheaper: from 1,000
      // the search failed at 4,000, 3,000, 2,500, 2,250 and 2,125, twelve steps and more; from
      // 1,500 it fails at 3,000, 2,250 and about 2,060, nine steps.
      SweepPlan plan = SweepPlan.rates(1500).withBounds(SweepPlan.Bounds.p99(Duration.ofMillis(200))).withCooldown(Duration.ofMillis(200));
      List<String> progress = new ArrayList<>();
      SweepResult r = new Sweep(quickSteps(server), plan, Targets.standard(), host).execute(event -> {
        if (event instanceof RunEvent.StepStarting s) {
          progress.add("step " + s.index() + " · " + s.note());
        }
      });

      String steps = String.join("\n", r.steps().stream().map(s -> s.offeredRate() + ": " + s.reasons()).toList());
      assertThat(r.stopReason()).as(steps).isEqualTo(SweepResult.StopReason.KNEE_FOUND);
      assertThat(r.maxSustainableRate()).as(steps).isBetween(capacity * 0.9, capacity * 1.1);
      assertThat(progress).startsWith("step 1 · starting at 1.5k msgs/s", "step 2 · doubling from 1.5k msgs/s");
      assertThat(progress).anyMatch(p -> p.matches("step \\d+ · bisecting between .* and .* msgs/s"));
      // every step is a whole run, kept, and each accounts for every message
      assertThat(r.steps()).allSatisfy(s -> {
        assertThat(s.result()).isNotNull();
        assertThat(s.answered() + s.timedOut() + s.notSent()).isEqualTo(s.intended());
      });
      SweepStep over = r.steps().stream().filter(s -> s.offeredRate() >= 1.5 * capacity).findFirst().orElseThrow();
      assertThat(over.passed()).isFalse();
      assertThat(over.generatorLimited()).isFalse();
    }
  }

  @Test
  void aGeneratorStarvedOfCoresStopsTheSweepNamingTheGenerator() throws Exception {
    int cores = Runtime.getRuntime().availableProcessors();
    AtomicBoolean hogging = new AtomicBoolean(true);
    List<Thread> hogs = new ArrayList<>();
    AtomicReference<SweepResult> result = new AtomicReference<>();
    try (TestEchoServer server = TestEchoServer.withCapacity(1e6)) {
      // The sweep runs at nice 19 (its generator threads inherit it) beside one busy thread per
      // core at nice 0: the generator is runnable, waiting for a core, most of the time, while the
      // target, at nice 0 too, answers what reaches it.
      for (int i = 0; i < cores; i++) {
        hogs.add(Thread.ofPlatform().daemon(true).start(() -> {
          while (hogging.get()) {
            Thread.onSpinWait();
          }
        }));
      }
      Thread sweeping = Thread.ofPlatform().start(() -> {
        try {
          assumeTrue(ThreadPriority.niceCurrentThread(19), "needs per-thread nice (Linux)");
          SweepPlan plan = SweepPlan.rates(4000).withCooldown(Duration.ofMillis(200));
          result.set(new Sweep(quickSteps(server), plan, Targets.standard(), host).execute(RunEvent.Listener.NONE));
        } catch (Exception e) {
          throw new IllegalStateException(e);
        }
      });
      sweeping.join();
    } finally {
      hogging.set(false);
      for (Thread h : hogs) {
        h.join();
      }
    }
    assumeTrue(result.get() != null, "the sweep could not run at nice 19 here");

    SweepResult r = result.get();
    assertThat(r.stopReason()).as(r.stopExplanation()).isEqualTo(SweepResult.StopReason.GENERATOR_BOUND);
    assertThat(r.stopExplanation()).startsWith("the generator, not the target, was the limit at ");
    assertThat(r.steps().getLast().generatorLimited()).isTrue();
    assertThat(r.steps().getLast().result().samples())
        .anyMatch(s -> s.phase().measured() && s.generator().waitingPercent() > 10);
  }
}
