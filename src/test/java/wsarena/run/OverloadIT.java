package wsarena.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Percentage.withPercentage;

import java.time.Duration;
import java.util.List;
import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import wsarena.host.HostInfo;
import wsarena.host.HostProbe;
import wsarena.metrics.Outcome;
import wsarena.metrics.RunResult;
import wsarena.metrics.Sample;
import wsarena.metrics.Totals;
import wsarena.scenario.LoadProfile;
import wsarena.scenario.Payload;
import wsarena.scenario.PayloadKind;
import wsarena.scenario.Rate;
import wsarena.scenario.Scenario;
import wsarena.testsupport.CollectingSink;
import wsarena.testsupport.RunsAlone;
import wsarena.testsupport.Scenarios;
import wsarena.testsupport.TestEchoServer;

/**
 * Past the knee: servers that answer slower than they are asked, never answer, or stop reading.
 * Every message the schedule intends keeps one fate, the tail shows what the server did, and the
 * generator's memory stays flat however far behind the server falls.
 */
@RunsAlone("asserts the schedule within 3 %, a capacity within 10 % and this JVM's heap growth")
@Timeout(90)
class OverloadIT {
  /** The test server's capacity, in messages per second. */
  private static final double CAPACITY = 2000;

  private static HostInfo host;

  @BeforeAll
  static void detectHost() {
    host = HostProbe.detect();
  }

  private static RunResult run(Scenario scenario) throws Exception {
    return new Run(scenario, Targets.standard(), host, List.of(new CollectingSink())).execute();
  }

  private static void assertEveryMessageHasOneFate(RunResult r) {
    Totals t = r.totals();
    assertThat(t.fates().intended()).isPositive();
    assertThat(t.fates().answered() + t.fates().timedOut() + t.fates().notSent() + t.fates().inFlightAtStop()).isEqualTo(t.fates().intended());
    // one latency for each message that was answered or given up on
    assertThat(r.latency().getTotalCount()).isEqualTo(t.fates().answered() + t.fates().timedOut());
  }

  @Test
  void twiceTheCapacityForTenSecondsAccountsForEveryMessageAndShowsInTheTail() throws Exception {
    RunResult calm;
    RunResult overloaded;
    try (TestEchoServer server = TestEchoServer.withCapacity(CAPACITY)) {
      calm = run(Scenarios.external(server.echoUri(), Scenarios.shortLoad(10, new Rate.OpenLoop(CAPACITY / 2))));
    }
    try (TestEchoServer server = TestEchoServer.withCapacity(CAPACITY)) {
      LoadProfile twice = Scenarios.shortLoad(10, new Rate.OpenLoop(2 * CAPACITY)).withDuration(Duration.ofSeconds(10));
      overloaded = run(Scenarios.external(server.echoUri(), twice).withInterval(Duration.ofSeconds(1)));
    }

    assertThat(calm.outcome()).isEqualTo(Outcome.COMPLETED);
    assertEveryMessageHasOneFate(calm);
    assertThat(calm.totals().fates().answered()).isEqualTo(calm.totals().fates().intended());

    Totals t = overloaded.totals();
    // most of what came due after the queue passed the timeout got no answer: not a completed run
    assertThat(overloaded.outcome()).as("%d of %d timed out", t.fates().timedOut(), t.fates().intended()).isEqualTo(Outcome.STALLED);
    assertEveryMessageHasOneFate(overloaded);
    assertThat((double) t.fates().intended()).as("the schedule was kept: 2R for 10 s").isCloseTo(2 * CAPACITY * 10, withPercentage(3));
    assertThat(t.messages().answeredPerSecond()).as("the server answered at its capacity").isCloseTo(CAPACITY, withPercentage(10));
    assertThat(t.fates().timedOut()).as("the queue outgrew the 5 s timeout").isPositive();
    assertThat(t.fates().notSent()).as("past 1,000 in flight per connection, messages waited and the run ended").isPositive();
    assertThat(t.messages().errors()).isZero();
    // The tail shows the overload: the timeout, 5 s, an order of magnitude (on a quiet machine,
    // three) above the same run at half the capacity.
    assertThat(t.latency().p99Micros()).isGreaterThanOrEqualTo(overloaded.latency().lowestEquivalentValue(5_000_000));
    assertThat(t.latency().p99Micros()).isGreaterThan(10 * calm.totals().latency().p99Micros());

    // The live fates add up in every sample: what was intended so far is settled, waiting or in flight.
    long intended = 0;
    long settled = 0;
    long deepestBacklog = 0;
    for (Sample s : overloaded.samples()) {
      intended += s.fates().intended();
      settled += s.fates().answered() + s.fates().timedOut() + s.fates().notSent() + s.fates().inFlightAtStop();
      assertThat(intended).isEqualTo(settled + s.fates().backlog() + s.fates().inFlight());
      assertThat(s.fates().inFlight()).as("bounded by --max-in-flight").isLessThanOrEqualTo(10L * LoadProfile.DEFAULT_MAX_IN_FLIGHT);
      deepestBacklog = Math.max(deepestBacklog, s.fates().backlog());
    }
    assertThat(deepestBacklog).isGreaterThan(1_000);
    assertMemoryFlat(overloaded, 64L << 20);
  }

  @Test
  void aServerThatNeverAnswersTimesOutEveryMessageAtTheTimeout() throws Exception {
    Duration timeout = Duration.ofSeconds(1);
    try (TestEchoServer server = TestEchoServer.neverAnswering()) {
      // a second measured: a thousand messages, each of which must time out, and the run's drain
      // waits out the timeout of the last ones whatever the length (it was 2.5 s of load)
      LoadProfile load =
          Scenarios.shortLoad(10, new Rate.OpenLoop(1000)).withWarmup(Duration.ofMillis(250)).withDuration(Duration.ofSeconds(1))
              .withTimeout(timeout);
      RunResult r = run(Scenarios.external(server.echoUri(), load));

      Totals t = r.totals();
      assertEveryMessageHasOneFate(r);
      assertThat(t.fates().answered()).isZero();
      assertThat(t.fates().timedOut()).isEqualTo(t.fates().intended());
      assertThat(r.latency().getMinValue()).isGreaterThanOrEqualTo(r.latency().lowestEquivalentValue(timeout.toNanos() / 1000));
      assertThat(r.warnings()).anyMatch(w -> w.contains("timed out: no answer within 1.0 s"));
    }
  }

  @Test
  void aServerThatStopsReadingGrowsABacklogOfCountsNotOfFrames() throws Exception {
    int payload = 16 * 1024;
    try (TestEchoServer server = TestEchoServer.stopsReadingAfter(100)) {
      LoadProfile load =
          Scenarios.shortLoad(4, new Rate.OpenLoop(1000))
              .withDuration(Duration.ofSeconds(4))
              .withTimeout(Duration.ofSeconds(3))
              .withPayload(new Payload(payload, PayloadKind.BINARY));
      RunResult r = run(Scenarios.external(server.echoUri(), load));

      assertEveryMessageHasOneFate(r);
      Totals t = r.totals();
      assertThat(t.fates().answered()).isZero();
      assertThat(t.fates().notSent()).as("still waiting when the run ended").isPositive();
      // in flight or waiting unsent, each was given up on at the timeout and recorded there
      assertThat(t.fates().timedOut()).isPositive();
      assertThat(r.latency().getMinValue()).isGreaterThanOrEqualTo(r.latency().lowestEquivalentValue(3_000_000));
      long deepest = r.samples().stream().mapToLong(s -> s.fates().backlog()).max().orElseThrow();
      // Queued as frames, the backlog alone would have taken this much more memory.
      long asFrames = deepest * payload;
      assertThat(asFrames).isGreaterThan(40L << 20);
      assertMemoryFlat(r, asFrames / 2);
    }
  }

  @Test
  void messagesOutWhenTheUserStopsAreInFlightAtStopNeitherTimedOutNorErrors() throws Exception {
    try (TestEchoServer server = TestEchoServer.neverAnswering()) {
      CollectingSink sink = new CollectingSink();
      LoadProfile load = Scenarios.shortLoad(5, new Rate.OpenLoop(500)).withDuration(Duration.ofSeconds(30));
      Run run = new Run(Scenarios.external(server.echoUri(), load), Targets.standard(), host, List.of(sink));
      Thread.ofVirtual().start(() -> {
        try {
          while (sink.samples.stream().filter(x -> x.phase().measured()).count() < 2) {
            Thread.sleep(20);
          }
          run.stop();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      });
      RunResult r = run.execute();

      assertThat(r.outcome()).isEqualTo(Outcome.STOPPED);
      Totals t = r.totals();
      assertEveryMessageHasOneFate(r);
      assertThat(t.fates().inFlightAtStop()).isPositive().isEqualTo(t.fates().intended() - t.fates().notSent());
      assertThat(t.fates().timedOut()).isZero();
      assertThat(t.messages().errors()).isZero();
      assertThat(r.warnings()).noneMatch(w -> w.contains("timed out") || w.contains("wrong"));
    }
  }

  @Test
  void anAnswerThatComesAfterItsMessageWasGivenUpOnIsNotCountedTwice() throws Exception {
    // 500 msgs/s: the warm-up (0.5 s) is over after ~250 messages; the 1.5 s stall comes after 600.
    try (TestEchoServer server = new TestEchoServer(600, 1500, false)) {
      LoadProfile load = Scenarios.shortLoad(5, new Rate.OpenLoop(500)).withDuration(Duration.ofSeconds(3)).withTimeout(Duration.ofSeconds(1));
      RunResult r = run(Scenarios.external(server.echoUri(), load));

      assertEveryMessageHasOneFate(r);
      Totals t = r.totals();
      assertThat(t.fates().timedOut()).as("messages due early in the stall waited more than 1 s").isPositive();
      assertThat(t.fates().answered()).isPositive();
      // the server answered the given-up ones too, after the stall: those answers count for nothing
      assertThat(r.warnings()).anyMatch(w -> w.matches(".*timed out.*; [0-9,]+ answers came after that and were ignored"));
      assertThat(t.messages().errors()).isZero();
      assertThat(r.latency().getMaxValue()).isLessThan(Duration.ofMillis(1200).toNanos() / 1000);
    }
  }

  @Test
  void theCorrectedClosedLoopViewEstimatesWhatOpenLoopMeasuresOfTheSameStall() throws Exception {
    // One connection pacing itself every 10 ms plus a round trip; the server stalls a whole second
    // once, after 100 messages (about half a second into the measured phase). A second is long
    // beside anything this shared machine does to either run by itself.
    Duration think = Duration.ofMillis(10);
    RunResult closed;
    try (TestEchoServer server = new TestEchoServer(100, 1000, false)) {
      closed = run(Scenarios.external(server.echoUri(), Scenarios.shortLoad(1, new Rate.ClosedLoop(think)).withThreads(1)));
    }
    long interval = closed.totals().corrected().intervalMicros();
    assertThat(interval).as("think time plus the median round trip").isBetween(10_000L, 12_000L);
    RunResult open;
    try (TestEchoServer server = new TestEchoServer(100, 1000, false)) {
      open = run(Scenarios.external(server.echoUri(), Scenarios.shortLoad(1, new Rate.OpenLoop(1e6 / interval)).withThreads(1)));
    }

    // The stall hid about 1 s / interval sends from the closed loop; the estimate puts them back ...
    Histogram corrected = closed.correctedLatency();
    long added = corrected.getTotalCount() - closed.latency().getTotalCount();
    assertThat(added).isGreaterThanOrEqualTo(1_000_000 / interval - 5);
    // ... and lays them out as open loop, at that pace, measured them: a ramp down from 1 s.
    long estimatedSlow = corrected.getCountBetweenValues(500_000, Long.MAX_VALUE);
    long measuredSlow = open.latency().getCountBetweenValues(500_000, Long.MAX_VALUE);
    assertThat(measuredSlow).isBetween(500_000 / interval - 8, 500_000 / interval + 8);
    assertThat(estimatedSlow).isBetween(measuredSlow - 8, measuredSlow + 8);
    assertThat(closed.latency().getCountBetweenValues(500_000, Long.MAX_VALUE)).as("the raw closed loop saw one").isEqualTo(1);
  }

  /**
   * The generator's heap and resident memory, from the run's own samples, grew less than {@code
   * limitBytes} from the first measured interval to the last.
   */
  private static void assertMemoryFlat(RunResult r, long limitBytes) {
    List<Sample> measured = r.samples().stream().filter(s -> s.phase().measured()).toList();
    Sample first = measured.getFirst();
    long heapPeak = measured.stream().mapToLong(s -> s.resources().clientHeapBytes()).max().orElseThrow();
    long rssPeak = measured.stream().mapToLong(s -> s.resources().clientRssBytes()).max().orElseThrow();
    assertThat(heapPeak - first.resources().clientHeapBytes()).as("client heap growth").isLessThan(limitBytes);
    assertThat(rssPeak - first.resources().clientRssBytes()).as("client RSS growth").isLessThan(limitBytes);
  }
}
