package wsarena.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import wsarena.metrics.Outcome;
import wsarena.metrics.RunResult;
import wsarena.scenario.Scenario;
import wsarena.scenario.TargetSpec;

/**
 * The shootout's order and its stop, with scripted runs (no servers): each target is announced
 * before it starts and reported when it ends, a failure does not end the series, a stop ends the
 * run going on and skips the rest, also during the pause between targets.
 */
@Timeout(10)
class ShootoutTest {
  private static final Scenario A = scenario(1);
  private static final Scenario B = scenario(2);
  private static final Scenario C = scenario(3);

  private final List<String> log = new CopyOnWriteArrayList<>();

  /** A target that is never contacted: the runs are scripted. */
  private static Scenario scenario(int port) {
    return Scenario.defaults().withTarget(TargetSpec.External.of(URI.create("ws://127.0.0.1:" + port + "/echo")));
  }

  private static String name(Scenario s) {
    return s.target().label();
  }

  /** A run that ends by itself with {@code outcome}, or, when {@code untilStopped}, only when stopped. */
  private final class Scripted implements Shootout.Measurement {
    private final Scenario scenario;
    private final Outcome outcome;
    private final CountDownLatch stop = new CountDownLatch(1);
    private final CountDownLatch began;
    private final boolean untilStopped;

    Scripted(Scenario scenario, Outcome outcome, boolean untilStopped, CountDownLatch began) {
      this.scenario = scenario;
      this.outcome = outcome;
      this.untilStopped = untilStopped;
      this.began = began;
    }

    @Override
    public RunResult execute() {
      log.add("run " + name(scenario));
      began.countDown();
      boolean stopped = stop.getCount() == 0;
      if (untilStopped) {
        try {
          stopped = stop.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
      return result(scenario, stopped ? Outcome.STOPPED : outcome);
    }

    @Override
    public void stop() {
      stop.countDown();
    }
  }

  private static RunResult result(Scenario s, Outcome outcome) {
    return new RunResult(
        "test", s, null, null, 1, Instant.now(), outcome, outcome == Outcome.FAILED ? "scripted failure" : null,
        List.of(), null, null, null, List.of());
  }

  private List<RunResult> execute(Shootout shootout) throws Exception {
    return shootout.execute(
        s -> List.of(), s -> log.add("start " + name(s)), r -> log.add("end " + name(r.scenario()) + " " + r.outcome()));
  }

  @Test
  void eachTargetIsAnnouncedBeforeItRunsAndReportedAfterInOrder() throws Exception {
    Shootout shootout =
        new Shootout(List.of(A, B), (s, sinks) -> new Scripted(s, Outcome.COMPLETED, false, new CountDownLatch(1)), Duration.ZERO);

    List<RunResult> results = execute(shootout);

    assertThat(results).extracting(r -> name(r.scenario())).containsExactly(name(A), name(B));
    assertThat(log).containsExactly(
        "start " + name(A), "run " + name(A), "end " + name(A) + " COMPLETED",
        "start " + name(B), "run " + name(B), "end " + name(B) + " COMPLETED");
  }

  @Test
  void aFailedTargetDoesNotStopTheOthers() throws Exception {
    Shootout shootout =
        new Shootout(
            List.of(A, B),
            (s, sinks) -> new Scripted(s, s == A ? Outcome.FAILED : Outcome.COMPLETED, false, new CountDownLatch(1)),
            Duration.ZERO);

    assertThat(execute(shootout)).extracting(RunResult::outcome).containsExactly(Outcome.FAILED, Outcome.COMPLETED);
  }

  @Test
  void stopEndsTheRunGoingOnAndSkipsTheRest() throws Exception {
    CountDownLatch secondBegan = new CountDownLatch(1);
    Shootout shootout =
        new Shootout(
            List.of(A, B, C),
            (s, sinks) -> new Scripted(s, Outcome.COMPLETED, s == B, s == B ? secondBegan : new CountDownLatch(1)),
            Duration.ZERO);
    Thread.ofPlatform().start(() -> {
      try {
        secondBegan.await();
      } catch (InterruptedException e) {
        return;
      }
      shootout.stop();
    });

    List<RunResult> results = execute(shootout);

    assertThat(results).extracting(RunResult::outcome).containsExactly(Outcome.COMPLETED, Outcome.STOPPED);
    assertThat(log).doesNotContain("start " + name(C));
  }

  @Test
  void aStopDuringThePauseBetweenTargetsEndsTheSeriesAtOnce() throws Exception {
    CountDownLatch firstBegan = new CountDownLatch(1);
    // far longer than the test may take: only the stop can end the pause in time
    Shootout shootout =
        new Shootout(List.of(A, B), (s, sinks) -> new Scripted(s, Outcome.COMPLETED, false, firstBegan), Duration.ofMinutes(5));
    Thread.ofPlatform().start(() -> {
      try {
        firstBegan.await();
      } catch (InterruptedException e) {
        return;
      }
      shootout.stop();
    });

    List<RunResult> results = execute(shootout);

    assertThat(results).hasSize(1);
    assertThat(log).doesNotContain("start " + name(B));
  }

  @Test
  void aStopBeforeTheStartStillReportsTheFirstTargetStoppedAndSkipsTheRest() throws Exception {
    Shootout shootout =
        new Shootout(List.of(A, B), (s, sinks) -> new Scripted(s, Outcome.COMPLETED, false, new CountDownLatch(1)), Duration.ZERO);
    shootout.stop();

    List<RunResult> results = execute(shootout);

    assertThat(results).extracting(RunResult::outcome).containsExactly(Outcome.STOPPED);
    assertThat(log).containsExactly("start " + name(A), "run " + name(A), "end " + name(A) + " STOPPED");
  }
}
