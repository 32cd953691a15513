package wsarena.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Percentage.withPercentage;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import wsarena.host.HostInfo;
import wsarena.host.HostProbe;
import wsarena.metrics.Outcome;
import wsarena.metrics.Phase;
import wsarena.metrics.RunResult;
import wsarena.metrics.Sample;
import wsarena.scenario.LoadProfile;
import wsarena.scenario.Rate;
import wsarena.scenario.Scenario;
import wsarena.testsupport.CollectingSink;
import wsarena.testsupport.RunsAlone;
import wsarena.testsupport.Scenarios;
import wsarena.testsupport.TestEchoServer;

/** The run's measuring rules, against a test server that misbehaves on purpose. */
@RunsAlone("asserts rates within 5 % and the schedule within 0.5 %")
@Timeout(60)
class RunAgainstTestServerIT {
  private static HostInfo host;

  @BeforeAll
  static void detectHost() {
    host = HostProbe.detect();
  }

  private static RunResult run(Scenario scenario, CollectingSink sink) throws Exception {
    return new Run(scenario, Targets.standard(), host, List.of(sink)).execute();
  }

  @Test
  void closedLoopGetsEveryMessageBackWithOrderedPercentiles() throws Exception {
    try (TestEchoServer server = new TestEchoServer(0, 0, false)) {
      CollectingSink sink = new CollectingSink();
      // counts and the order of percentiles: a second measured holds thousands of round trips
      LoadProfile load = Scenarios.shortLoad(20, Rate.ClosedLoop.noThinkTime()).withWarmup(Duration.ofMillis(250)).withDuration(Duration.ofSeconds(1));
      RunResult r = run(Scenarios.external(server.echoUri(), load), sink);

      assertThat(r.outcome()).isEqualTo(Outcome.COMPLETED);
      long sent = r.samples().stream().mapToLong(s -> s.counts().sent()).sum();
      long received = r.samples().stream().mapToLong(s -> s.counts().received()).sum();
      assertThat(sent).isPositive().isEqualTo(received);
      assertThat(r.totals().messages().errors()).isZero();
      var l = r.totals().latency();
      assertThat(l.p50Micros()).isPositive();
      assertThat(l.p50Micros()).isLessThanOrEqualTo(l.p90Micros());
      assertThat(l.p90Micros()).isLessThanOrEqualTo(l.p99Micros());
      assertThat(l.p99Micros()).isLessThanOrEqualTo(l.p999Micros());
      assertThat(l.p999Micros()).isLessThanOrEqualTo(l.maxMicros());
      assertThat(r.correctedLatency()).as("closed loop carries the corrected view").isNotNull();
      assertThat(r.correctedLatency().getTotalCount()).isGreaterThanOrEqualTo(r.latency().getTotalCount());
      assertThat(r.totals().connections().peak()).isEqualTo(20);
      assertThat(sink.phases).containsSubsequence(Phase.STARTING, Phase.RAMP, Phase.WARMUP, Phase.MEASURING, Phase.DRAINING, Phase.DONE);
      assertThat(sink.finished).isSameAs(r);
      assertThat(r.host()).isEqualTo(host);
    }
  }

  @Test
  void warmupIsNotMeasured() throws Exception {
    try (TestEchoServer server = new TestEchoServer(0, 0, false)) {
      CollectingSink sink = new CollectingSink();
      RunResult r = run(Scenarios.external(server.echoUri(), Scenarios.shortLoad(5, Rate.ClosedLoop.noThinkTime())), sink);

      long measuredReceived =
          r.samples().stream().filter(s -> s.phase() == Phase.MEASURING).mapToLong(s -> s.counts().received()).sum();
      long measuredSent =
          r.samples().stream().filter(s -> s.phase() == Phase.MEASURING).mapToLong(s -> s.counts().sent()).sum();
      long warmupReceived =
          r.samples().stream().filter(s -> s.phase() == Phase.WARMUP).mapToLong(s -> s.counts().received()).sum();
      assertThat(warmupReceived).isPositive();
      assertThat(r.totals().messages().received()).isEqualTo(measuredReceived);
      // The result holds the messages intended while measuring, whenever they were answered: one
      // latency each, none of the warm-up's; the phase's samples hold nearly the same ones (their
      // edges are where the sampler swapped, a millisecond or two from the window's).
      assertThat(r.latency().getTotalCount()).isEqualTo(r.totals().fates().answered() + r.totals().fates().timedOut());
      assertThat(r.totals().fates().intended()).isEqualTo(r.totals().fates().answered());
      assertThat((double) r.totals().fates().intended()).isCloseTo(measuredSent, withPercentage(0.5));
    }
  }

  @Test
  void openLoopAchievesItsRate() throws Exception {
    try (TestEchoServer server = new TestEchoServer(0, 0, false)) {
      double target = 2000;
      RunResult r = run(Scenarios.external(server.echoUri(), Scenarios.shortLoad(10, new Rate.OpenLoop(target))), new CollectingSink());

      assertThat(r.outcome()).isEqualTo(Outcome.COMPLETED);
      assertThat(r.totals().messages().sentPerSecond()).isBetween(target * 0.95, target * 1.05);
      assertThat(r.totals().messages().receivedPerSecond()).isBetween(target * 0.95, target * 1.05);
      assertThat(r.totals().messages().errors()).isZero();
    }
  }

  @Test
  void openLoopShowsAServerStallAsLatency() throws Exception {
    // 1000 msgs/s: warm-up (0.5 s) is over after ~500 messages; the stall comes 1 s into measuring.
    try (TestEchoServer server = new TestEchoServer(1500, 200, false)) {
      RunResult r = run(Scenarios.external(server.echoUri(), Scenarios.shortLoad(10, new Rate.OpenLoop(1000))), new CollectingSink());

      assertThat(r.outcome()).isEqualTo(Outcome.COMPLETED);
      // Messages due during the stall waited for it: counted from their intended send time.
      assertThat(r.totals().latency().maxMicros()).isGreaterThanOrEqualTo(190_000);
      // ... and the stall did not lower the rate: the schedule was kept.
      assertThat(r.totals().messages().sentPerSecond()).isBetween(950.0, 1050.0);
      // About 200 messages were due during the stall, so the stall reaches past p90 of 2000.
      assertThat(r.totals().latency().p99Micros()).isGreaterThanOrEqualTo(50_000);
    }
  }

  @Test
  void wrongEchoesCountAsErrors() throws Exception {
    try (TestEchoServer server = new TestEchoServer(0, 0, true)) {
      // every echo is wrong from the first: half a second measured holds hundreds of them
      LoadProfile load = Scenarios.shortLoad(2, Rate.ClosedLoop.noThinkTime()).withWarmup(Duration.ofMillis(250)).withDuration(Duration.ofMillis(500));
      RunResult r = run(Scenarios.external(server.echoUri(), load), new CollectingSink());

      assertThat(r.totals().messages().errors()).isPositive();
      assertThat(r.totals().messages().received()).isZero();
      assertThat(r.warnings()).anyMatch(w -> w.contains("differed from the message sent"));
    }
  }

  @Test
  void anUnreachableTargetFailsWithASentence() throws Exception {
    int closedPort;
    try (var s = new java.net.ServerSocket(0)) {
      closedPort = s.getLocalPort();
    }
    RunResult r =
        run(
            Scenarios.external(URI.create("ws://127.0.0.1:" + closedPort + "/echo"), Scenarios.shortLoad(3, Rate.ClosedLoop.noThinkTime())),
            new CollectingSink());

    assertThat(r.outcome()).isEqualTo(Outcome.FAILED);
    assertThat(r.failure()).contains("could not connect").contains("nothing accepts connections");
    assertThat(r.totals().measuredMillis()).isZero();
  }

  @Test
  void aServerThatGoesAwayEndsTheRunKeepingItsData() throws Exception {
    CollectingSink sink = new CollectingSink();
    TestEchoServer server = new TestEchoServer(0, 0, false);
    Scenario s = Scenarios.external(server.echoUri(), Scenarios.shortLoad(5, Rate.ClosedLoop.noThinkTime()).withDuration(Duration.ofSeconds(20)));
    Thread killer = Thread.ofVirtual().start(() -> {
      try {
        while (sink.samples.stream().noneMatch(x -> x.phase() == Phase.MEASURING)) {
          Thread.sleep(50);
        }
        server.close();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    });
    RunResult r = run(s, sink);
    killer.join();

    assertThat(r.outcome()).isEqualTo(Outcome.FAILED);
    assertThat(r.failure()).contains("every connection");
    assertThat(r.totals().messages().received()).isPositive();
    assertThat(r.latency().getTotalCount()).isPositive();
    // what was in flight when the connections dropped was given up on: still one fate each
    var t = r.totals();
    assertThat(t.fates().answered() + t.fates().timedOut() + t.fates().notSent()).isEqualTo(t.fates().intended());
    assertThat(t.fates().inFlightAtStop()).isZero();
  }

  @Test
  void stopEndsTheRunEarlyAndKeepsWhatWasMeasured() throws Exception {
    try (TestEchoServer server = new TestEchoServer(0, 0, false)) {
      CollectingSink sink = new CollectingSink();
      Scenario s = Scenarios.external(server.echoUri(), Scenarios.shortLoad(5, Rate.ClosedLoop.noThinkTime()).withDuration(Duration.ofSeconds(30)));
      Run run = new Run(s, Targets.standard(), host, List.of(sink));
      Thread.ofVirtual().start(() -> {
        try {
          while (sink.samples.stream().noneMatch(x -> x.phase() == Phase.MEASURING)) {
            Thread.sleep(50);
          }
          run.stop();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      });
      long t0 = System.nanoTime();
      RunResult r = run.execute();

      assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(15));
      assertThat(r.outcome()).isEqualTo(Outcome.STOPPED);
      assertThat(r.totals().messages().received()).isPositive();
      var t = r.totals();
      assertThat(t.fates().answered() + t.fates().timedOut() + t.fates().notSent() + t.fates().inFlightAtStop()).isEqualTo(t.fates().intended());
    }
  }
}
