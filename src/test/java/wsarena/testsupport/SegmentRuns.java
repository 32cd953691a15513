package wsarena.testsupport;

import wsarena.run.RunEvent;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.HdrHistogram.Histogram;
import wsarena.host.ClockStatus;
import wsarena.host.HostInfo;
import wsarena.metrics.FailuresByCause;
import wsarena.metrics.Fates;
import wsarena.metrics.IntervalRecorder;
import wsarena.metrics.Outcome;
import wsarena.metrics.Phase;
import wsarena.metrics.RunResult;
import wsarena.metrics.Sample;
import wsarena.metrics.SegmentInfo;
import wsarena.metrics.TargetInfo;
import wsarena.metrics.TotalsCalculator;
import wsarena.report.HistogramLogSink;
import wsarena.report.ResultFiles;
import wsarena.scenario.Rate;
import wsarena.scenario.Scenario;
import wsarena.scenario.Segment;
import wsarena.metrics.Troubles;

/**
 * The folders of a run's segments as {@code run --segment i/N --out DIR} writes them, made without
 * a server: each segment's own host, random latencies in every measured interval (different per
 * segment), its interval log, samples, totals and a warning of its own.
 */
public final class SegmentRuns {
  public static final Instant START_AT = Instant.parse("2026-12-01T12:00:00Z");
  public static final int MEASURED_INTERVALS = 6;
  private static final long INTERVAL_MILLIS = 500;
  /** The one target's context switches per second, as every segment reads them. */
  public static final double TARGET_SWITCHES_PER_SECOND = 4_000;

  private SegmentRuns() {}

  /** The scenario every segment of these runs shares: 40 connections at 4,000 msgs/s, 500 ms intervals. */
  public static Scenario scenario() {
    return Scenarios.external(URI.create("ws://127.0.0.1:9/echo"), Scenarios.shortLoad(40, new Rate.OpenLoop(4000)))
        .withInterval(Duration.ofMillis(INTERVAL_MILLIS));
  }

  public static HostInfo host(int index) {
    return new HostInfo("Load CPU " + index, 4, 8, 16L << 30, "Linux", "6." + index, "Eclipse Adoptium", "25.0.3", List.of());
  }

  /** Segment {@code index}/{@code count} of {@link #scenario()} written into {@code dir}. */
  public static RunResult write(Path dir, int index, int count) throws IOException {
    return write(dir, scenario(), new Segment(index, count), START_AT);
  }

  public static RunResult write(Path dir, Scenario scenario, Segment segment, Instant startAt) throws IOException {
    Random random = new Random(segment.index() * 7919L + segment.count());
    int connections = segment.share(scenario.load().connections());
    List<Sample> samples = new ArrayList<>();
    Histogram measured = IntervalRecorder.newHistogram();
    long startMillis = startAt == null ? 1_700_000_000_000L : startAt.toEpochMilli();
    try (HistogramLogSink log = new HistogramLogSink(dir.resolve(ResultFiles.HLOG), startMillis)) {
      long elapsed = 0;
      for (Phase phase : List.of(Phase.RAMP, Phase.WARMUP)) {
        elapsed += INTERVAL_MILLIS;
        samples.add(sample(elapsed, phase, connections, 100 + random.nextInt(50), new Histogram(3), random));
      }
      for (int k = 0; k < MEASURED_INTERVALS; k++) {
        elapsed += INTERVAL_MILLIS;
        Histogram h = IntervalRecorder.newHistogram();
        int messages = 400 + random.nextInt(200);
        for (int m = 0; m < messages; m++) {
          h.recordValue(200 + (long) (random.nextDouble() * random.nextDouble() * 20_000 * segment.index()));
        }
        Sample s = sample(elapsed, Phase.MEASURING, connections, messages, h, random);
        measured.add(h);
        samples.add(s);
        log.on(new RunEvent.SampleTaken(s, h, measured));
      }
      samples.add(sample(elapsed + 120, Phase.DRAINING, connections, 0, new Histogram(3), random));
    }
    String warning = "load generator bound (segment " + segment + "'s own warning)";
    SegmentInfo info =
        new SegmentInfo(
            segment, host(segment.index()), startAt, startAt,
            new ClockStatus(true, 200L * segment.index(), 5_000, "boot-" + segment.index()), Outcome.COMPLETED, List.of(warning));
    RunResult result =
        new RunResult(
            "test", scenario, host(segment.index()),
            new TargetInfo("external", "ws://127.0.0.1:9/echo", URI.create("ws://127.0.0.1:9/echo"), ""),
            2, startAt, Outcome.COMPLETED, null, samples, measured, null,
            TotalsCalculator.of(
                samples,
                new TotalsCalculator.Measured(measured, null, 0, fates(samples), new Histogram(3), 3_000_000L * segment.index()),
                connections),
            List.of(warning), List.of(), null, null)
            .withSegments(List.of(info));
    ResultFiles.writeAll(result, dir);
    return result;
  }

  /** The measured samples' fates: every message answered but one timed out in each interval with an error. */
  private static Fates fates(List<Sample> samples) {
    Fates f = Fates.NONE;
    for (Sample s : samples) {
      if (s.phase() == Phase.MEASURING) {
        Sample.FateCounts c = s.fates();
        f = f.plus(new Fates(c.intended(), c.answered(), c.timedOut(), c.notSent(), c.inFlightAtStop()));
      }
    }
    return f;
  }

  private static Sample sample(long elapsed, Phase phase, int connections, int messages, Histogram h, Random random) {
    long max = h.getTotalCount() == 0 ? 900 + random.nextInt(100) : h.getMaxValue();
    return new Sample(
        elapsed,
        phase == Phase.DRAINING ? 120 : INTERVAL_MILLIS,
        phase,
        new Sample.Connections(connections, 0, 0, phase == Phase.RAMP ? connections : 0),
        new Sample.Counts(messages, messages, phase == Phase.MEASURING ? random.nextInt(2) : 0, messages * 64L, messages * 64L),
        h.getTotalCount() == 0
            ? new Sample.Latency(max / 4, max / 2, max * 3 / 4, max * 9 / 10, max)
            : new Sample.Latency(h.getValueAtPercentile(50), h.getValueAtPercentile(90), h.getValueAtPercentile(99), h.getValueAtPercentile(99.9), max),
        new Sample.Resources(20 + random.nextInt(20), -1, 50L << 20, 200L << 20, -1, -1),
        new Sample.GeneratorLoad(30 + random.nextInt(50), random.nextInt(3000), 0, 0, 0),
        new Sample.FateCounts(messages + 1, messages, 1, 0, 0, random.nextInt(5), random.nextInt(5), 0),
        // each machine's generator switches on its own; the target, shared, is seen alike by all
        new Sample.ContextSwitches(100 + random.nextInt(100), random.nextInt(20), TARGET_SWITCHES_PER_SECOND, 0),
        FailuresByCause.NONE,
        Sample.PerConnection.UNKNOWN, Troubles.NONE);
  }
}
