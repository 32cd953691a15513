package wsarena.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import wsarena.conformance.ConformanceJson;
import wsarena.conformance.ConformanceSummary;
import wsarena.metrics.SegmentInfo;
import wsarena.probe.Feature;
import wsarena.probe.FeatureReport;
import wsarena.probe.FeatureResult;
import wsarena.report.SavedRun;
import wsarena.report.SavedRunReader;
import wsarena.report.ShootoutFiles;
import wsarena.scenario.Segment;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import wsarena.host.HostInfo;
import wsarena.metrics.FailuresByCause;
import wsarena.metrics.Fates;
import wsarena.metrics.LatencySummary;
import wsarena.metrics.Outcome;
import wsarena.metrics.RunResult;
import wsarena.metrics.ShootoutResult;
import wsarena.metrics.TargetInfo;
import wsarena.metrics.Totals;
import wsarena.report.Contender;
import wsarena.report.Metric;
import wsarena.report.MetricTable;
import wsarena.report.ShootoutReport;
import wsarena.report.Spread;
import wsarena.scenario.Isolation;
import wsarena.scenario.Scenario;
import wsarena.scenario.ShootoutPlan;
import wsarena.scenario.TargetSpec;
import wsarena.scenario.ThreadingModel;
import wsarena.metrics.Fairness;

/**
 * The shootout's order and its stop, with scripted runs (no servers): each trial is announced
 * before it starts and reported when it ends, repeats interleave, a failure does not end the
 * series, a stop ends the run going on and skips the rest (also during the cool-down), and a mix
 * of isolations is said in every result.
 */
@Timeout(10)
class ShootoutTest {
  private static final TargetSpec A = url(1);
  private static final TargetSpec B = url(2);
  private static final TargetSpec C = url(3);

  private static final HostInfo HOST = new HostInfo("test CPU", 2, 2, 1L << 30, "TestOS", "1", "vendor", "25", List.of());

  private final List<String> log = new CopyOnWriteArrayList<>();

  /** A target that is never contacted: the runs are scripted. */
  private static TargetSpec url(int port) {
    return TargetSpec.External.of(URI.create("ws://127.0.0.1:" + port + "/echo"));
  }

  private static ShootoutPlan plan(List<TargetSpec> targets, int repeats, Duration coolDown) {
    return new ShootoutPlan(Scenario.defaults(), targets, repeats, coolDown);
  }

  private static String name(Scenario s) {
    return s.target().label();
  }

  /** A run that ends by itself with {@code outcome}, or, when {@code untilStopped}, only when stopped. */
  private final class Scripted implements Shootout.Measurement {
    private final Scenario scenario;
    private final Outcome outcome;
    private final double msgsPerSecond;
    private final CountDownLatch stop = new CountDownLatch(1);
    private final CountDownLatch began;
    private final boolean untilStopped;

    Scripted(Scenario scenario, Outcome outcome, boolean untilStopped, CountDownLatch began, double msgsPerSecond) {
      this.scenario = scenario;
      this.outcome = outcome;
      this.untilStopped = untilStopped;
      this.began = began;
      this.msgsPerSecond = msgsPerSecond;
    }

    Scripted(Scenario scenario, Outcome outcome) {
      this(scenario, outcome, false, new CountDownLatch(1), 1000);
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
      return result(scenario, stopped ? Outcome.STOPPED : outcome, msgsPerSecond);
    }

    @Override
    public void stop() {
      stop.countDown();
    }
  }

  private static RunResult result(Scenario s, Outcome outcome, double msgsPerSecond) {
    Totals totals =
        new Totals(
            10_000, new Totals.Messages(0, 0, 0, 0, 0, msgsPerSecond, msgsPerSecond, msgsPerSecond, 0), Fates.NONE,
            new LatencySummary(1, 500, 400, 600, 900, 1200, 1300, 1500), null, LatencySummary.EMPTY,
            new Totals.Connections(10, 10, 0, FailuresByCause.NONE, null), new Totals.Handshakes(10, 1, null, -1),
            new Totals.Cpu(50, 40, 10, -1), Totals.ContextSwitches.UNKNOWN, new Totals.Memory(1L << 27, 1L << 26, -1, -1),
            Fairness.UNKNOWN);
    return new RunResult(
        "test", s, HOST, new TargetInfo(s.target().label(), "scripted", null, ""), 1, Instant.now(), outcome,
        outcome == Outcome.FAILED ? "scripted failure" : null, List.of(), oneLatency(), null, totals, List.of(), List.of(), null, null);
  }

  /** The histogram of the one latency the scripted totals give. */
  private static Histogram oneLatency() {
    Histogram h = new Histogram(3);
    h.recordValue(500);
    return h;
  }

  private ShootoutResult execute(Shootout shootout) throws Exception {
    return shootout.execute(event -> {
      switch (event) {
        case RunEvent.TrialStarted t -> log.add("start " + t.progress().label() + " #" + t.progress().trial().repeat());
        case RunEvent.TrialFinished f -> log.add("end " + name(f.result().scenario()) + " " + f.result().outcome());
        default -> {}
      }
    });
  }

  @Test
  void eachTargetIsAnnouncedBeforeItRunsAndReportedAfterInOrder() throws Exception {
    Shootout shootout = new Shootout(plan(List.of(A, B), 1, Duration.ZERO), (s, sinks) -> new Scripted(s, Outcome.COMPLETED));

    ShootoutResult result = execute(shootout);

    assertThat(result.runs()).extracting(r -> name(r.scenario())).containsExactly(A.label(), B.label());
    assertThat(log).containsExactly(
        "start " + A.label() + " #1", "run " + A.label(), "end " + A.label() + " COMPLETED",
        "start " + B.label() + " #1", "run " + B.label(), "end " + B.label() + " COMPLETED");
  }

  @Test
  void repeatsInterleaveTheTargetsAndTheTablesShowTheMedianAndTheSpread() throws Exception {
    // each target's third run is the slowest, the second the fastest: the median is the first
    double[][] rates = {{100, 140, 60}, {200, 260, 190}, {300, 330, 10}};
    AtomicLong turn = new AtomicLong();
    List<TargetSpec> targets = List.of(A, B, C);
    Shootout shootout =
        new Shootout(
            plan(targets, 3, Duration.ZERO),
            (s, sinks) -> {
              int t = targets.indexOf(s.target());
              int repeat = (int) (turn.getAndIncrement() / 3);
              return new Scripted(s, Outcome.COMPLETED, false, new CountDownLatch(1), rates[t][repeat]);
            });

    ShootoutResult result = execute(shootout);

    assertThat(log.stream().filter(l -> l.startsWith("start")))
        .containsExactly(
            "start " + A.label() + " #1", "start " + B.label() + " #1", "start " + C.label() + " #1",
            "start " + A.label() + " #2", "start " + B.label() + " #2", "start " + C.label() + " #2",
            "start " + A.label() + " #3", "start " + B.label() + " #3", "start " + C.label() + " #3");
    assertThat(result.runsOf(2)).extracting(r -> r.totals().messages().receivedPerSecond()).containsExactly(300.0, 330.0, 10.0);
    MetricTable table = MetricTable.of(ShootoutReport.contenders(result));
    assertThat(table.spread(0, Metric.THROUGHPUT)).contains(new Spread(100, 60, 140, 3));
    assertThat(table.spread(2, Metric.THROUGHPUT)).contains(new Spread(300, 10, 330, 3));
    assertThat(table.best(Metric.THROUGHPUT)).hasValue(2);
    assertThat(table.range(2, Metric.THROUGHPUT)).isEqualTo("10–330");
    assertThat(table.delta(0, Metric.THROUGHPUT, 1)).isEqualTo("−50.0 %");
    // the run standing for the target is the median one
    assertThat(new Contender("c", result.runsOf(2)).representative().totals().messages().receivedPerSecond()).isEqualTo(300);
    assertThat(ShootoutReport.text(result))
        .contains("median of each target's runs:")
        .contains("lowest–highest of each target's runs:")
        .containsPattern("127\\.0\\.0\\.1-3 +external +3 +300 \\*");
  }

  @Test
  void aMixOfIsolationsIsAllowedButEveryResultSaysSo() throws Exception {
    TargetSpec inProcess = TargetSpec.Embedded.of("undertow", ThreadingModel.EVENT_LOOP, Isolation.IN_PROCESS);
    TargetSpec python = new TargetSpec.Peer("tornado");
    Shootout shootout =
        new Shootout(plan(List.of(inProcess, python), 1, Duration.ZERO), (s, sinks) -> new Scripted(s, Outcome.COMPLETED));

    ShootoutResult result = execute(shootout);

    String warning =
        "mixed isolation: undertow-event-loop in this process; tornado in its own process. A target in this process shares"
            + " the load generator's JVM (heap, GC, JIT compiler), so these figures are not on equal terms: give every"
            + " target the same isolation";
    assertThat(result.warnings()).containsExactly(warning);
    assertThat(result.runs()).allSatisfy(r -> assertThat(r.warnings()).contains(warning));
    assertThat(ShootoutReport.markdown("wsarena shootout", result)).contains("> **Not on equal terms:** " + warning + ".");
    assertThat(ShootoutReport.text(result)).containsPattern("undertow-event-loop +this process").containsPattern("tornado +own process");
  }

  @Test
  void aRunOfAMixedShootoutKeepsItsSegmentsFeatureProbeAndConformanceInItsFile(@TempDir Path dir) throws Exception {
    TargetSpec inProcess = TargetSpec.Embedded.of("undertow", ThreadingModel.EVENT_LOOP, Isolation.IN_PROCESS);
    TargetSpec python = new TargetSpec.Peer("tornado");
    ConformanceSummary verdict =
        ConformanceJson.read(Path.of(ShootoutTest.class.getResource("/wsarena/report/conformance.json").toURI()))
            .targets().getFirst();
    Instant at = Instant.parse("2026-12-01T10:00:00Z");
    FeatureReport features = new FeatureReport(
        "ws://127.0.0.1:1/echo", "checked", at, 5000, null, List.of(FeatureResult.yes(Feature.PING_PONG, "pong")));
    List<SegmentInfo> segments = List.of(
        new SegmentInfo(new Segment(1, 2), HOST, at, at, null, Outcome.COMPLETED, List.of("segment 1's own warning")),
        new SegmentInfo(new Segment(2, 2), HOST, at, at, null, Outcome.COMPLETED, List.of()));
    Shootout shootout = new Shootout(
        plan(List.of(inProcess, python), 1, Duration.ZERO),
        (s, sinks) -> new Shootout.Measurement() {
          @Override
          public RunResult execute() {
            return result(s, Outcome.COMPLETED, 1000).withSegments(segments).withChecks(features, verdict);
          }

          @Override
          public void stop() {}
        });

    ShootoutResult result = execute(shootout);
    Path index = ShootoutFiles.write(result, dir);

    List<SavedRun> read = SavedRunReader.readAll(index);
    assertThat(read).hasSize(2).allSatisfy(one -> {
      assertThat(one).isInstanceOf(SavedRun.Loaded.class);
      RunResult r = ((SavedRun.Loaded) one).result();
      assertThat(r.warnings()).anyMatch(w -> w.startsWith("mixed isolation:"));
      assertThat(r.segments()).isEqualTo(segments);
      assertThat(r.features()).isEqualTo(features);
      assertThat(r.conformance()).isEqualTo(verdict);
    });
  }

  @Test
  void oneIsolationForEveryTargetIsNoWarning() throws Exception {
    TargetSpec engine = TargetSpec.Embedded.of("undertow", ThreadingModel.EVENT_LOOP, Isolation.PROCESS);
    Shootout shootout =
        new Shootout(
            plan(List.of(engine, new TargetSpec.Peer("tornado"), A), 1, Duration.ZERO), (s, sinks) -> new Scripted(s, Outcome.COMPLETED));

    assertThat(execute(shootout).warnings()).isEmpty();
  }

  @Test
  void aFailedTargetDoesNotStopTheOthers() throws Exception {
    Shootout shootout =
        new Shootout(
            plan(List.of(A, B), 1, Duration.ZERO), (s, sinks) -> new Scripted(s, s.target() == A ? Outcome.FAILED : Outcome.COMPLETED));

    assertThat(execute(shootout).runs()).extracting(RunResult::outcome).containsExactly(Outcome.FAILED, Outcome.COMPLETED);
  }

  @Test
  void stopEndsTheRunGoingOnAndSkipsTheRest() throws Exception {
    CountDownLatch secondBegan = new CountDownLatch(1);
    Shootout shootout =
        new Shootout(
            plan(List.of(A, B, C), 2, Duration.ZERO),
            (s, sinks) -> new Scripted(s, Outcome.COMPLETED, s.target() == B, s.target() == B ? secondBegan : new CountDownLatch(1), 1));
    Thread.ofPlatform().start(() -> {
      try {
        secondBegan.await();
      } catch (InterruptedException e) {
        return;
      }
      shootout.stop();
    });

    ShootoutResult result = execute(shootout);

    assertThat(result.runs()).extracting(RunResult::outcome).containsExactly(Outcome.COMPLETED, Outcome.STOPPED);
    assertThat(result.incomplete()).isTrue();
    assertThat(log).doesNotContain("start " + C.label() + " #1");
  }

  @Test
  void aStopDuringTheCoolDownEndsTheSeriesAtOnce() throws Exception {
    CountDownLatch firstBegan = new CountDownLatch(1);
    // far longer than the test may take: only the stop can end the cool-down in time
    Shootout shootout =
        new Shootout(
            plan(List.of(A, B), 1, Duration.ofMinutes(5)), (s, sinks) -> new Scripted(s, Outcome.COMPLETED, false, firstBegan, 1));
    Thread.ofPlatform().start(() -> {
      try {
        firstBegan.await();
      } catch (InterruptedException e) {
        return;
      }
      shootout.stop();
    });

    assertThat(execute(shootout).runs()).hasSize(1);
    assertThat(log).doesNotContain("start " + B.label() + " #1");
  }

  @Test
  void aStopBeforeTheStartStillReportsTheFirstTargetStoppedAndSkipsTheRest() throws Exception {
    Shootout shootout = new Shootout(plan(List.of(A, B), 1, Duration.ZERO), (s, sinks) -> new Scripted(s, Outcome.COMPLETED));
    shootout.stop();

    ShootoutResult result = execute(shootout);

    assertThat(result.runs()).extracting(RunResult::outcome).containsExactly(Outcome.STOPPED);
    assertThat(log).containsExactly("start " + A.label() + " #1", "run " + A.label(), "end " + A.label() + " STOPPED");
  }

  @Test
  void theTimeLeftCountsThePlannedLoadTheCoolDownsAndWhatEachStartAndStopTook() throws Exception {
    // 2 targets × 2 repeats of 10 s measured after 2 s warm-up, 3 s cool-down; each trial takes 15 s on a fake clock
    AtomicLong now = new AtomicLong();
    List<Duration> left = new ArrayList<>();
    Shootout shootout =
        new Shootout(
            plan(List.of(A, B), 2, Duration.ofSeconds(3)),
            (s, sinks) -> new Shootout.Measurement() {
              @Override
              public RunResult execute() {
                now.addAndGet(Duration.ofSeconds(15).toNanos());
                return result(s, Outcome.COMPLETED, 1);
              }

              @Override
              public void stop() {}
            },
            List.of(),
            now::get,
            (pause, stop) -> now.addAndGet(pause.toNanos()));

    shootout.execute(event -> {
      if (event instanceof RunEvent.TrialStarted t) {
        left.add(t.progress().remaining());
      }
    });

    // first guess: 12 s planned + 2 s to start and stop, per trial, and the cool-downs between
    assertThat(left.getFirst()).isEqualTo(Duration.ofSeconds(4 * 14 + 3 * 3));
    // then what the trials took: 3 s beyond their plan
    assertThat(left.get(1)).isEqualTo(Duration.ofSeconds(3 * 15 + 2 * 3));
    assertThat(left.getLast()).isEqualTo(Duration.ofSeconds(15));
  }
}
