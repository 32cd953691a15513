package wsarena.metrics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.HdrHistogram.Histogram;
import wsarena.scenario.Rate;

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
 * percentiles are the highest of the segments'. The draining interval is: late answers to measured
 * messages arrive in it.
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
          .maxKnown("targetCpuPercent", "targetRssBytes", "balancerCpuPercent")
          .sum("clientHeapBytes", "clientRssBytes");
  /**
   * The busiest and latest generator's figures; of the lag's p99, the machine is credited with the
   * least any segment's waits for a core explain, so the merged own lag is never less than a
   * segment's.
   */
  private static final RecordMerge<Sample.GeneratorLoad> GENERATOR =
      new RecordMerge<>(Sample.GeneratorLoad.class)
          .max("busyPercent", "sendLagMicros", "sendLagP99Micros", "waitingPercent")
          .by("sendLagMachineMicros", (List<Long> each) -> each.stream().min(Long::compare).orElseThrow());
  /** Every machine's fates add up, and so do their backlogs and messages in flight at the interval's end. */
  private static final RecordMerge<Sample.FateCounts> FATES =
      new RecordMerge<>(Sample.FateCounts.class)
          .sum("intended", "answered", "timedOut", "notSent", "inFlightAtStop", "backlog", "inFlight")
          .max("oldestWaitingMicros");
  /**
   * The generators' send lag: only its percentiles are saved, not its histogram, so the merged
   * percentiles are the worst segment's, an upper bound; counts add up, the mean is weighted.
   */
  private static final RecordMerge<LatencySummary> LAG_BOUND =
      new RecordMerge<>(LatencySummary.class)
          .sum("count")
          .by("meanMicros", (List<Double> each) -> 0.0)
          .max("p50Micros", "p90Micros", "p99Micros", "p999Micros", "p9999Micros", "maxMicros");
  /** Each machine's generator switches on its own cores; the target's switches are one target's. */
  private static final RecordMerge<Sample.ContextSwitches> SWITCHES =
      new RecordMerge<>(Sample.ContextSwitches.class)
          .sumKnown("clientVoluntaryPerSecond", "clientInvoluntaryPerSecond")
          .maxKnown("targetVoluntaryPerSecond", "targetInvoluntaryPerSecond");
  private static final RecordMerge<SourcesUsed> SOURCES =
      new RecordMerge<>(SourcesUsed.class).sum("addresses", "ports", "addressesOffered");

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
    Totals totals = totals(results, samples, latency, corrected, first.scenario().load().rate());
    RunResult merged =
        new RunResult(
            first.wsarenaVersion(),
            first.scenario(),
            first.host(),
            first.target(),
            results.stream().mapToInt(RunResult::clientThreads).sum(),
            results.stream().map(RunResult::startedAt).filter(Objects::nonNull).min(Comparator.naturalOrder()).orElse(first.startedAt()),
            outcome(results, totals.fates()),
            failure(results),
            samples,
            latency,
            corrected,
            totals,
            warnings(segments, first.scenario().interval()),
            segments,
            null,
            null);
    return new Merged(merged, intervals);
  }

  /** The totals of every segment together: a rule for each figure (see {@link RecordMerge}). */
  static RecordMerge<Totals> totalsMerge(
      List<Sample> merged,
      Histogram latency,
      Histogram corrected,
      double cpuMicrosPerMessage,
      double cpuMicrosPerHandshake,
      long correctedIntervalMicros,
      PerConnectionMemory perConnection) {
    // context switches per message: the merged samples' switches over all the messages
    Totals fromSamples =
        TotalsCalculator.of(merged, new TotalsCalculator.Measured(latency, corrected, 0, Fates.NONE, new Histogram(3), 0), 0);
    RecordMerge<Totals.Messages> messages =
        new RecordMerge<>(Totals.Messages.class)
            .sum("sent", "received", "errors", "bytesSent", "bytesReceived")
            .sum("sentPerSecond", "receivedPerSecond", "answeredPerSecond", "receivedMegabytesPerSecond");
    RecordMerge<Fates> fates =
        new RecordMerge<>(Fates.class).sum("intended", "answered", "timedOut", "notSent", "inFlightAtStop");
    RecordMerge<Totals.Connections> connections =
        new RecordMerge<>(Totals.Connections.class)
            .sum("requested", "failed")
            .by("peak", peaks -> merged.stream().mapToInt(s -> s.connections().open()).max().orElse(0))
            .by("failuresByCause", (List<FailuresByCause> each) -> each.stream().reduce(FailuresByCause.NONE, FailuresByCause::plus))
            .by("sources", (List<SourcesUsed> each) -> each.stream().allMatch(Objects::isNull)
                ? null : SOURCES.merge(each.stream().filter(Objects::nonNull).toList()));
    RecordMerge<Totals.Handshakes> handshakes =
        new RecordMerge<>(Totals.Handshakes.class)
            .sum("count", "perSecond")
            // a storm's latency histogram is its handshakes': the merged one is their exact sum
            .by("latency", each -> each.stream().allMatch(Objects::isNull) ? null : LatencySummary.of(latency))
            .by("clientCpuMicrosEach", each -> cpuMicrosPerHandshake);
    RecordMerge<Totals.Cpu> cpu =
        new RecordMerge<>(Totals.Cpu.class)
            .mean("clientPercent")
            .maxKnown("targetPercent", "balancerPercent")
            .by("clientMicrosPerMessage", each -> cpuMicrosPerMessage);
    RecordMerge<Totals.Memory> memory =
        new RecordMerge<>(Totals.Memory.class)
            .sum("clientRssPeakBytes")
            .maxKnown("targetRssPeakBytes")
            .by("perConnectionBytes", each -> perConnection.memory())
            .by("heapPerConnectionBytes", each -> perConnection.heap());
    return new RecordMerge<>(Totals.class)
        .max("measuredMillis")
        .by("messages", messages::merge)
        .by("fates", fates::merge)
        .by("latency", each -> LatencySummary.of(latency))
        .by("corrected", each -> corrected == null
            ? null : new Totals.Corrected(LatencySummary.of(corrected), correctedIntervalMicros))
        .by("sendLag", (List<LatencySummary> each) -> sendLagBound(each))
        .by("connections", connections::merge)
        .by("handshakes", handshakes::merge)
        .by("cpu", cpu::merge)
        .by("contextSwitches", each -> fromSamples.contextSwitches())
        .by("memory", memory::merge)
        // the segments' connections are apart and only their summaries travel: no merged count per
        // connection, so no merged fairness (each segment's own is in its file)
        .by("fairness", each -> Fairness.UNKNOWN);
  }

  /** The worst segment's lag percentiles, the counts summed and the mean weighted by them. */
  private static LatencySummary sendLagBound(List<LatencySummary> each) {
    if (each.isEmpty()) {
      return LatencySummary.EMPTY;
    }
    LatencySummary bound = LAG_BOUND.merge(each);
    double weighted = each.stream().mapToDouble(l -> l.meanMicros() * l.count()).sum();
    return new LatencySummary(
        bound.count(), bound.count() == 0 ? 0 : weighted / bound.count(), bound.p50Micros(), bound.p90Micros(),
        bound.p99Micros(), bound.p999Micros(), bound.p9999Micros(), bound.maxMicros());
  }

  /**
   * The target's memory per connection over every segment: it is one target's figure, its growth
   * over the connections it held. Each segment divided that growth (the whole target's, all
   * segments' connections held) by its own connections, so the growth is the largest of segment
   * figure × its connections, and the merged figure that growth over all the connections held.
   */
  record PerConnectionMemory(long memory, long heap) {
    static PerConnectionMemory of(List<Totals> totals) {
      return new PerConnectionMemory(
          over(totals, t -> t.memory().perConnectionBytes()), over(totals, t -> t.memory().heapPerConnectionBytes()));
    }

    private static long over(List<Totals> totals, java.util.function.ToLongFunction<Totals> figure) {
      long growth = -1;
      long held = 0;
      for (Totals t : totals) {
        held += t.connections().peak();
        long perConnection = figure.applyAsLong(t);
        if (perConnection >= 0) {
          growth = Math.max(growth, perConnection * t.connections().peak());
        }
      }
      return growth < 0 || held == 0 ? -1 : growth / held;
    }
  }

  private static Totals totals(
      List<RunResult> results, List<Sample> merged, Histogram latency, Histogram corrected, Rate rate) {
    // The generator's CPU per message over all machines: their CPU time over their messages.
    double cpu = 0, handshakeCpu = 0;
    long messages = 0, handshakes = 0;
    for (RunResult r : results) {
      long m = Math.max(r.totals().messages().sent(), r.totals().messages().received());
      cpu += r.totals().cpu().clientMicrosPerMessage() * m;
      messages += m;
      if (r.totals().handshakes().clientCpuMicrosEach() >= 0) {
        handshakeCpu += r.totals().handshakes().clientCpuMicrosEach() * r.totals().handshakes().count();
        handshakes += r.totals().handshakes().count();
      }
    }
    List<Totals> totals = results.stream().map(RunResult::totals).toList();
    return totalsMerge(
            merged, latency, corrected, messages == 0 ? 0 : cpu / messages,
            handshakes == 0 ? -1 : handshakeCpu / handshakes,
            corrected == null ? 0 : CoordinatedOmission.expectedIntervalMicros(rate, latency), PerConnectionMemory.of(totals))
        .merge(totals);
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
        GENERATOR.merge(s.stream().map(Sample::generator).toList()),
        FATES.merge(s.stream().map(Sample::fates).toList()),
        SWITCHES.merge(s.stream().map(Sample::contextSwitches).toList()),
        s.stream().map(Sample::connectFailures).reduce(FailuresByCause.NONE, FailuresByCause::plus),
        new Sample.PerConnection(perConnection(s)),
        s.stream().map(Sample::troubles).reduce(Troubles.NONE, Troubles::plus));
  }

  /** The target's memory above its start over every open connection (see {@link PerConnectionMemory}). */
  private static long perConnection(List<Sample> s) {
    long growth = -1;
    long open = 0;
    for (Sample x : s) {
      open += x.connections().open();
      if (x.perConnection().targetMemoryBytes() >= 0) {
        growth = Math.max(growth, x.perConnection().targetMemoryBytes() * x.connections().open());
      }
    }
    return growth < 0 || open == 0 ? -1 : growth / open;
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
        if (h != null && s.phase().logged()) {
          a.histograms.add(h);
        }
      }
    }
    List<Aligned> out = new ArrayList<>();
    byPhase.values().forEach(m -> out.addAll(m.values()));
    return out;
  }

  /** Failed or stopped when a segment was; else stalled or completed by the merged fates, as one run's are. */
  private static Outcome outcome(List<RunResult> results, Fates merged) {
    if (results.stream().anyMatch(r -> r.outcome() == Outcome.FAILED)) {
      return Outcome.FAILED;
    }
    return results.stream().anyMatch(r -> r.outcome() == Outcome.STOPPED) ? Outcome.STOPPED : Outcome.ranItsCourse(merged);
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
