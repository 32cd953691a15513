package wsarena.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import wsarena.host.HostInfo;
import wsarena.host.HostProbe;
import wsarena.metrics.Outcome;
import wsarena.metrics.Phase;
import wsarena.metrics.RunResult;
import wsarena.metrics.Sample;
import wsarena.report.HistogramLogSink;
import wsarena.report.ResultFiles;
import wsarena.report.SegmentFolders;
import wsarena.scenario.Rate;
import wsarena.scenario.Scenario;
import wsarena.scenario.Segment;
import wsarena.testsupport.RunsAlone;
import wsarena.testsupport.Scenarios;
import wsarena.testsupport.TestEchoServer;

/**
 * Four segments of one open-loop scenario run at once against one loopback server, from one
 * --start-at, then merged: exactly the sum of their counts and histograms, and together the whole
 * scenario's connections and rate.
 */
@RunsAlone("asserts each segment's rate within 2 %")
@Timeout(90)
class SegmentRunsIT {
  private static final int CONNECTIONS = 40;
  private static final double RATE = 1000;
  private static HostInfo host;

  @TempDir Path dir;

  @BeforeAll
  static void detectHost() {
    host = HostProbe.detect();
  }

  @Test
  void fourSegmentsFromOneStartMergeIntoTheWholeScenario() throws Exception {
    try (TestEchoServer server = new TestEchoServer(0, 0, false);
        ExecutorService pool = Executors.newFixedThreadPool(4)) {
      Scenario scenario =
          Scenarios.external(
                  server.echoUri(),
                  Scenarios.shortLoad(CONNECTIONS, new Rate.OpenLoop(RATE)).withThreads(1)
                      // every figure asserted is a sum or a count of the schedule: two seconds
                      // measured (2,000 intended, the 2 % margin 40 messages) pin what four did
                      .withWarmup(Duration.ofMillis(500)).withDuration(Duration.ofSeconds(2)))
              .withInterval(Duration.ofMillis(250));
      Instant startAt = Instant.now().plusSeconds(2);
      List<Future<RunResult>> runs = new ArrayList<>();
      List<Path> folders = new ArrayList<>();
      for (int i = 1; i <= 4; i++) {
        Path folder = Files.createDirectories(dir.resolve("segment-" + i));
        folders.add(folder);
        Segment segment = new Segment(i, 4);
        runs.add(pool.submit(() -> {
          try (HistogramLogSink log = new HistogramLogSink(folder.resolve(ResultFiles.HLOG))) {
            RunResult r = new Run(scenario, segment, startAt, Targets.standard(), host, List.of(log)).execute();
            ResultFiles.writeAll(r, folder);
            return r;
          }
        }));
      }
      List<RunResult> parts = new ArrayList<>();
      for (Future<RunResult> f : runs) {
        parts.add(f.get());
      }
      for (RunResult p : parts) {
        assertThat(p.outcome()).as(String.valueOf(p.failure())).isEqualTo(Outcome.COMPLETED);
        assertThat(p.totals().connections().peak()).isEqualTo(CONNECTIONS / 4);
        assertThat(p.segments()).singleElement().satisfies(s -> assertThat(s.startAt()).isEqualTo(startAt));
      }
      // The intervals line up: every segment cut the same number of measured intervals.
      assertThat(parts).extracting(p -> measured(p).size()).containsOnly(measured(parts.getFirst()).size());

      RunResult merged = SegmentFolders.merge(folders, dir.resolve("merged"));

      assertThat(merged.totals().messages().sent()).isEqualTo(parts.stream().mapToLong(p -> p.totals().messages().sent()).sum());
      assertThat(merged.totals().messages().received()).isEqualTo(parts.stream().mapToLong(p -> p.totals().messages().received()).sum());
      Histogram sum = new Histogram(3);
      parts.forEach(p -> sum.add(p.latency()));
      assertThat(merged.latency().getTotalCount()).isEqualTo(sum.getTotalCount())
          .isEqualTo(merged.totals().fates().answered() + merged.totals().fates().timedOut());
      assertThat(merged.totals().connections().peak()).isEqualTo(CONNECTIONS);
      // The segments' schedules together are the scenario's rate. What was sent in the window can run
      // above it when a busy machine's generators catch up a backlog from the warm-up, so the
      // schedule (messages intended while measuring) is what must add up, each segment over the
      // window it measured: a busy sampler closes a 2 s window tens of ms late, a fixed 2 s does not.
      assertThat(merged.totals().fates().intended()).isEqualTo(parts.stream().mapToLong(p -> p.totals().fates().intended()).sum());
      double intendedPerSecond = parts.stream()
          .mapToDouble(p -> p.totals().fates().intended() * 1000.0 / measured(p).stream().mapToLong(Sample::intervalMillis).sum())
          .sum();
      assertThat(intendedPerSecond).isCloseTo(RATE, within(RATE * 0.02));
      assertThat(merged.hosts()).hasSize(4);
    }
  }

  private static List<Sample> measured(RunResult r) {
    return r.samples().stream().filter(s -> s.phase() == Phase.MEASURING).toList();
  }
}
