package wsarena.metrics;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.HdrHistogram.Histogram;
import wsarena.conformance.ConformanceSummary;
import wsarena.host.HostInfo;
import wsarena.probe.FeatureReport;
import wsarena.scenario.Scenario;

/**
 * Everything a run produced: scenario, host, target, samples, the whole measured histogram, totals
 * and warnings; and, when the run was asked to check its target before measuring it, what the
 * feature probe and the conformance suite found. Complete even when the run was stopped or
 * failed: what was measured is kept.
 *
 * @param clientThreads the generator's worker threads in this run
 * @param latency every measured latency, in microseconds (HdrHistogram, 3 significant digits)
 * @param correctedLatency closed loop only: {@link #latency} corrected for coordinated omission,
 *     else null
 * @param failure why the run failed, a sentence; null unless {@link Outcome#FAILED}
 * @param features the feature probe's report on the target as this run started it; null when the
 *     run did not probe it (and in files saved before it could)
 * @param conformance the Autobahn|Testsuite's verdicts on the target as this run started it; null
 *     when the run did not run the suite, or the suite could not judge the target (a warning then
 *     says why)
 * @param segments empty for a run on one machine; a segment's own result ({@code run --segment})
 *     holds its one segment, a merged result every segment in order, each with its host and
 *     warnings ({@link #host} is then the first segment's)
 */
public record RunResult(
    String wsarenaVersion,
    Scenario scenario,
    HostInfo host,
    TargetInfo target,
    int clientThreads,
    Instant startedAt,
    Outcome outcome,
    String failure,
    List<Sample> samples,
    Histogram latency,
    Histogram correctedLatency,
    Totals totals,
    List<String> warnings,
    List<SegmentInfo> segments,
    @JsonInclude(JsonInclude.Include.NON_NULL) FeatureReport features,
    @JsonInclude(JsonInclude.Include.NON_NULL) ConformanceSummary conformance) {

  public RunResult {
    warnings = warnings == null ? List.of() : warnings; // a file saved before warnings were written
    segments = segments == null ? List.of() : segments; // a file saved before segments were
  }

  /** This run with {@code warning} added at the end of its warnings, unless it says so already. */
  public RunResult withWarning(String warning) {
    if (warnings.contains(warning)) {
      return this;
    }
    List<String> more = new ArrayList<>(warnings);
    more.add(warning);
    return withWarnings(more);
  }

  /** This run with these warnings instead of its own. */
  public RunResult withWarnings(List<String> replaced) {
    return new RunResult(
        wsarenaVersion, scenario, host, target, clientThreads, startedAt, outcome, failure, samples, latency,
        correctedLatency, totals, List.copyOf(replaced), segments, features, conformance);
  }

  /** This run with what the feature probe and the conformance suite found (either may be null). */
  public RunResult withChecks(FeatureReport probed, ConformanceSummary judged) {
    return new RunResult(
        wsarenaVersion, scenario, host, target, clientThreads, startedAt, outcome, failure, samples, latency,
        correctedLatency, totals, warnings, segments, probed, judged);
  }

  /** This run under {@code replaced}, e.g. an older file's scenario completed by its reader. */
  public RunResult withScenario(Scenario replaced) {
    return new RunResult(
        wsarenaVersion, replaced, host, target, clientThreads, startedAt, outcome, failure, samples, latency,
        correctedLatency, totals, warnings, segments, features, conformance);
  }

  /** This run with these totals instead of its own. */
  public RunResult withTotals(Totals replaced) {
    return new RunResult(
        wsarenaVersion, scenario, host, target, clientThreads, startedAt, outcome, failure, samples, latency,
        correctedLatency, replaced, warnings, segments, features, conformance);
  }

  /** This run with these segments: the load machines' shares it was measured or merged from. */
  public RunResult withSegments(List<SegmentInfo> replaced) {
    return new RunResult(
        wsarenaVersion, scenario, host, target, clientThreads, startedAt, outcome, failure, samples, latency,
        correctedLatency, totals, warnings, List.copyOf(replaced), features, conformance);
  }

  /** Every load machine's hardware: the segments' hosts, or the one host. */
  public List<HostInfo> hosts() {
    return segments.isEmpty()
        ? List.of(host)
        : segments.stream().map(SegmentInfo::host).toList();
  }

  /**
   * True when any connection opened or any message or handshake went through at any time of the
   * run: a failed run without it has nothing to show but its failure.
   */
  public boolean anythingHappened() {
    return samples.stream()
        .anyMatch(s -> s.connections().open() > 0 || s.connections().handshakes() > 0 || s.counts().sent() > 0
            || s.counts().received() > 0);
  }
}
