package wsarena.metrics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.HdrHistogram.Histogram;

/**
 * Merges the results of a scenario's segments into the result of the whole scenario, exactly as
 * HdrHistogram allows: histograms of the same precision add without loss, interval by interval;
 * counts add up; every segment's host and warnings are kept. Segments that do not make one whole
 * (of other scenarios, of other splits, one missing or given twice) are refused with a sentence
 * naming them.
 *
 * <p>Intervals are matched by phase and position: with a shared {@code --start-at} every segment
 * cuts its intervals at the same instants, so the k-th measured interval of each is the same
 * stretch of time. Ramp and warm-up intervals are not in the interval log; their merged
 * percentiles are the highest of the segments'.
 */
public final class SegmentMerge {
  /** The sample figures: counts add up, per-machine shares average, the target's are shared. */
  private static final RecordMerge<Sample.Connections> CONNECTIONS =
      new RecordMerge<>(Sample.Connections.class).sum("open", "connecting", "failed", "handshakes");
  private static final RecordMerge<Sample.Counts> COUNTS =
      new RecordMerge<>(Sample.Counts.class).sum("sent", "received", "errors", "bytesSent", "bytesReceived");
  private static final RecordMerge<Sample.Latency> LATENCY_BOUND =
      new RecordMerge<>(Sample.Latency.class).max("p50Micros", "p90Micros", "p99Micros", "p999Micros", "maxMicros");
  private static final RecordMerge<Sample.Resources> RESOURCES =
      new RecordMerge<>(Sample.Resources.class)
          .mean("clientCpuPercent")
          .maxKnown("targetCpuPercent", "targetRssBytes")
          .sum("clientHeapBytes", "clientRssBytes");
  private static final RecordMerge<Sample.GeneratorLoad> GENERATOR =
      new RecordMerge<>(Sample.GeneratorLoad.class).max("busyPercent", "sendLagMicros");

  private SegmentMerge() {}

  /**
   * One segment's result.
   *
   * @param name how the user named it (its folder), for sentences
   * @param intervals its interval histograms (the interval log), by the {@code elapsedMillis} of
   *     the sample each belongs to
   */
  public record Part(String name, RunResult result, Map<Long, PackedHistogram> intervals) {}

  /**
   * @param intervals the merged interval histograms, one per sample of {@code result} (empty
   *     histograms where no segment logged one)
   */
  public record Merged(RunResult result, List<PackedHistogram> intervals) {}

  /** Thrown with one sentence when the parts are not the segments of one scenario. */
  public static final class Refused extends Exception {
    public Refused(String sentence) {
      super(sentence);
    }
  }

  public static Merged merge(List<Part> given) throws Refused {
    List<Part> parts = SegmentChecks.ordered(given);
    RunResult first = parts.getFirst().result();
    List<Aligned> aligned = align(parts);
    List<Sample> samples = new ArrayList<>();
    List<PackedHistogram> intervals = new ArrayList<>();
    Histogram h = IntervalRecorder.newHistogram();
    for (Aligned a : aligned) {
      h.reset();
      a.histograms.forEach(p -> p.addTo(h));
      samples.add(sample(a, h));
      intervals.add(PackedHistogram.of(h));
    }
    Histogram latency = IntervalRecorder.newHistogram();
    parts.forEach(p -> latency.add(p.result().latency()));
    Histogram corrected = CoordinatedOmission.corrected(first.scenario().load().rate(), latency);
    List<RunResult> results = parts.stream().map(Part::result).toList();
    List<SegmentInfo> segments = results.stream().map(SegmentMerge::info).toList();
    RunResult merged =
        new RunResult(
            first.wsarenaVersion(),
            first.scenario(),
            first.host(),
            first.target(),
            results.stream().mapToInt(RunResult::clientThreads).sum(),
            results.stream().map(RunResult::startedAt).filter(Objects::nonNull).min(Comparator.naturalOrder()).orElse(first.startedAt()),
            outcome(results),
            failure(results),
            samples,
            latency,
            corrected,
            totals(results, samples, latency, corrected),
            warnings(segments, first.scenario().interval()),
            segments);
    return new Merged(merged, intervals);
  }

  /** The totals of every segment together: a rule for each figure (see {@link RecordMerge}). */
  static RecordMerge<Totals> totalsMerge(
      List<Sample> merged, Histogram latency, Histogram corrected, double cpuMicrosPerMessage) {
    return new RecordMerge<>(Totals.class)
        .max("measuredMillis")
        .sum("sent", "received", "errors", "bytesSent", "bytesReceived")
        .sum("connectionsRequested", "connectionsFailed", "handshakes")
        .by("connectionsPeak", peaks -> merged.stream().mapToInt(s -> s.connections().open()).max().orElse(0))
        .sum("receivedPerSecond", "sentPerSecond", "receivedMegabytesPerSecond")
        .by("latency", each -> LatencySummary.of(latency))
        .by("correctedLatency", each -> corrected == null ? null : LatencySummary.of(corrected))
        .mean("clientCpuPercent")
        .maxKnown("targetCpuPercent", "targetRssPeakBytes")
        .sum("clientRssPeakBytes")
        .by("clientCpuMicrosPerMessage", each -> cpuMicrosPerMessage);
  }

  private static Totals totals(List<RunResult> results, List<Sample> merged, Histogram latency, Histogram corrected) {
    // The generator's CPU per message over all machines: their CPU time over their messages.
    double cpu = 0;
    long messages = 0;
    for (RunResult r : results) {
      long m = Math.max(r.totals().sent(), r.totals().received());
      cpu += r.totals().clientCpuMicrosPerMessage() * m;
      messages += m;
    }
    return totalsMerge(merged, latency, corrected, messages == 0 ? 0 : cpu / messages)
        .merge(results.stream().map(RunResult::totals).toList());
  }

  /** A segment's info with its result's warnings, the ones it printed. */
  private static SegmentInfo info(RunResult r) {
    SegmentInfo s = r.segments().getFirst();
    return new SegmentInfo(s.segment(), s.host(), s.startedAt(), s.startAt(), s.clock(), r.outcome(), r.warnings());
  }

  private static Sample sample(Aligned a, Histogram interval) {
    List<Sample> s = a.samples;
    Sample.Latency latency =
        interval.getTotalCount() > 0
            ? Sample.Latency.of(LatencySummary.of(interval))
            : LATENCY_BOUND.merge(s.stream().map(Sample::latency).toList());
    return new Sample(
        s.stream().mapToLong(Sample::elapsedMillis).max().orElseThrow(),
        s.stream().mapToLong(Sample::intervalMillis).max().orElseThrow(),
        a.phase,
        CONNECTIONS.merge(s.stream().map(Sample::connections).toList()),
        COUNTS.merge(s.stream().map(Sample::counts).toList()),
        latency,
        RESOURCES.merge(s.stream().map(Sample::resources).toList()),
        GENERATOR.merge(s.stream().map(Sample::generator).toList()));
  }

  /** The k-th sample of one phase in each segment, and the interval histograms they logged. */
  private record Aligned(Phase phase, List<Sample> samples, List<PackedHistogram> histograms) {}

  private static List<Aligned> align(List<Part> parts) {
    Map<Phase, TreeMap<Integer, Aligned>> byPhase = new EnumMap<>(Phase.class);
    for (Part p : parts) {
      Map<Phase, Integer> position = new EnumMap<>(Phase.class);
      for (Sample s : p.result().samples()) {
        int k = position.merge(s.phase(), 1, Integer::sum);
        Aligned a = byPhase.computeIfAbsent(s.phase(), x -> new TreeMap<>())
            .computeIfAbsent(k, x -> new Aligned(s.phase(), new ArrayList<>(), new ArrayList<>()));
        a.samples.add(s);
        PackedHistogram h = p.intervals().get(s.elapsedMillis());
        if (h != null && s.phase().measured()) {
          a.histograms.add(h);
        }
      }
    }
    List<Aligned> out = new ArrayList<>();
    byPhase.values().forEach(m -> out.addAll(m.values()));
    return out;
  }

  private static Outcome outcome(List<RunResult> results) {
    if (results.stream().anyMatch(r -> r.outcome() == Outcome.FAILED)) {
      return Outcome.FAILED;
    }
    return results.stream().anyMatch(r -> r.outcome() == Outcome.STOPPED) ? Outcome.STOPPED : Outcome.COMPLETED;
  }

  private static String failure(List<RunResult> results) {
    List<String> failures = new ArrayList<>();
    for (RunResult r : results) {
      if (r.outcome() == Outcome.FAILED) {
        failures.add("segment " + r.segments().getFirst().segment() + ": " + r.failure());
      }
    }
    return failures.isEmpty() ? null : String.join("; ", failures);
  }

  /** The merge's own warnings (the clocks), then each segment's, named by its segment. */
  private static List<String> warnings(List<SegmentInfo> segments, java.time.Duration interval) {
    List<String> out = new ArrayList<>(SegmentChecks.clockWarnings(segments, interval));
    for (SegmentInfo s : segments) {
      for (String w : s.warnings()) {
        out.add("segment " + s.segment() + ": " + w);
      }
    }
    return out;
  }
}
