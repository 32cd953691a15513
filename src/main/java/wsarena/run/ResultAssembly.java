package wsarena.run;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.HdrHistogram.Histogram;
import wsarena.Version;
import wsarena.conformance.ConformanceSummary;
import wsarena.host.ClockStatus;
import wsarena.host.HostInfo;
import wsarena.metrics.CoordinatedOmission;
import wsarena.metrics.Fates;
import wsarena.metrics.HeldMemory;
import wsarena.metrics.Outcome;
import wsarena.metrics.RunResult;
import wsarena.metrics.Sample;
import wsarena.metrics.SegmentInfo;
import wsarena.metrics.SourcesUsed;
import wsarena.metrics.TargetInfo;
import wsarena.metrics.TotalsCalculator;
import wsarena.probe.FeatureReport;
import wsarena.scenario.Rate;
import wsarena.scenario.Scenario;
import wsarena.scenario.Segment;
import wsarena.scenario.Workload;

/**
 * Keeps what a run measured as it goes (its samples, the generator's threads and CPU time) and
 * puts the {@link RunResult} together at the end: complete whether the run completed, was stopped
 * or failed, and whether or not the target ever started.
 */
final class ResultAssembly {
  private final Scenario scenario;
  private final HostInfo host;
  private final Instant startedAt;
  private final List<Sample> samples = new ArrayList<>();
  private int clientThreads;
  private long generatorCpuNanos;
  private long[] answeredPerConnection = new long[0];
  private FeatureReport features;
  private ConformanceSummary conformance;
  private Segment segment;
  private Instant startAt;
  private ClockStatus clock;
  private SourcesUsed sources;
  private HeldMemory heldMemory;

  ResultAssembly(Scenario scenario, HostInfo host, Instant startedAt) {
    this.scenario = scenario;
    this.host = host;
    this.startedAt = startedAt;
  }

  void add(Sample s) {
    samples.add(s);
  }

  /** The samples so far, in order. */
  List<Sample> samples() {
    return List.copyOf(samples);
  }

  /** This run is one segment of the scenario, started at {@code startAt} (or null), its clock as read. */
  void segment(Segment share, Instant sharedStart, ClockStatus clockStatus) {
    segment = share;
    startAt = sharedStart;
    clock = clockStatus;
  }

  void clientThreads(int threads) {
    clientThreads = threads;
  }

  /** What checking the target found before the load; null for what was not checked or not judged. */
  void checked(FeatureReport features, ConformanceSummary conformance) {
    this.features = features;
    this.conformance = conformance;
  }

  /** CPU time the generator's threads spent in the measured phase. */
  /** The echoes each connection got answered in the measured window, for the run's fairness. */
  void answeredPerConnection(long[] counts) {
    answeredPerConnection = counts;
  }

  void generatorCpuNanos(long nanos) {
    generatorCpuNanos = nanos;
  }

  /** A storm's source addresses and ports; null for other clients. */
  void sources(SourcesUsed used) {
    sources = used;
  }

  /** An idle run's target memory before and while it held its connections. */
  void heldMemory(HeldMemory memory) {
    heldMemory = memory;
  }

  /**
   * @param failure why the run failed, a sentence; null unless {@code outcome} is FAILED
   * @param target the started target, or null when it never started
   * @param negotiatedExtensions the extensions the server accepted, empty when none or unknown
   * @param measured every latency of the messages intended in the measured window (a copy the
   *     result may keep)
   * @param fates the fates of those messages
   * @param sendLag the generator's lag per message over the measured phase
   */
  RunResult result(
      Outcome outcome,
      String failure,
      StartedTarget target,
      String negotiatedExtensions,
      Histogram measured,
      Fates fates,
      Histogram sendLag,
      List<String> warnings) {
    Rate rate = scenario.load().rate();
    // a storm times handshakes and an idle run pings on a schedule: no closed loop to correct
    Histogram corrected = scenario.workload().measuresConnections() ? null : CoordinatedOmission.corrected(rate, measured);
    TotalsCalculator.Measured whole =
        new TotalsCalculator.Measured(
            measured, corrected, corrected == null ? 0 : CoordinatedOmission.expectedIntervalMicros(rate, measured), fates,
            sendLag, generatorCpuNanos, scenario.workload() == Workload.ECHO ? answeredPerConnection : new long[0]);
    String label = scenario.target().label();
    TargetInfo info =
        target == null
            ? new TargetInfo(label, label, null, "")
            : new TargetInfo(label, target.description(), target.uri(), negotiatedExtensions);
    return new RunResult(
        Version.current(),
        scenario,
        host,
        info,
        clientThreads,
        startedAt,
        outcome,
        failure,
        List.copyOf(samples),
        measured,
        corrected,
        TotalsCalculator.of(
            samples, whole, segment == null ? scenario.load().connections() : segment.share(scenario.load().connections()),
            new TotalsCalculator.ConnectionFigures(scenario.workload() == Workload.STORM, sources, heldMemory)),
        warnings,
        segment == null
            ? List.of()
            : List.of(new SegmentInfo(segment, host, startedAt, startAt, clock, outcome, List.copyOf(warnings))),
        features,
        conformance);
  }
}
