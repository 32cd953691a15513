package wsarena.metrics;

import java.time.Instant;
import java.util.List;
import org.HdrHistogram.Histogram;
import wsarena.host.HostInfo;
import wsarena.scenario.Scenario;

/**
 * Everything a run produced: scenario, host, target, samples, the whole measured histogram, totals
 * and warnings. Complete even when the run was stopped or failed: what was measured is kept.
 *
 * @param clientThreads the generator's worker threads in this run
 * @param latency every measured latency, in microseconds (HdrHistogram, 3 significant digits)
 * @param correctedLatency closed loop only: {@link #latency} corrected for coordinated omission,
 *     else null
 * @param failure why the run failed, a sentence; null unless {@link Outcome#FAILED}
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
    List<SegmentInfo> segments) {

  /** A run on one machine: no segments. */
  public RunResult(
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
      List<String> warnings) {
    this(
        wsarenaVersion, scenario, host, target, clientThreads, startedAt, outcome, failure, samples, latency,
        correctedLatency, totals, warnings, List.of());
  }

  /** Every load machine's hardware: the segments' hosts, or the one host. */
  public List<HostInfo> hosts() {
    return segments == null || segments.isEmpty()
        ? List.of(host)
        : segments.stream().map(SegmentInfo::host).toList();
  }
}
