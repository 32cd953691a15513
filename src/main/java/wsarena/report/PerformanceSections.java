package wsarena.report;

import wsarena.text.Units;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import wsarena.conformance.ConformanceSummary;
import wsarena.scenario.Workload;

/**
 * The Summary, Latency and Throughput sections: the echo runs' figures from their {@link
 * MetricTable}, the same medians the shootout's own tables show, and the best of each figure over
 * every workload.
 */
final class PerformanceSections {
  static final List<Metric> LATENCY = List.of(Metric.P50, Metric.P99, Metric.P999);
  static final List<Metric> THROUGHPUT =
      List.of(Metric.THROUGHPUT, Metric.TARGET_CPU_PER_MESSAGE, Metric.CLIENT_CPU_PER_MESSAGE, Metric.TARGET_SWITCHES_PER_MESSAGE,
          Metric.CLIENT_SWITCHES_PER_MESSAGE, Metric.TARGET_RSS);

  /** What the summary takes from each workload: a storm's and an idle run's messages are not what they measure. */
  static final Map<Workload, List<Metric>> SUMMARIZED =
      Map.of(
          Workload.ECHO, Metric.all().stream().filter(m -> LATENCY.contains(m) || THROUGHPUT.contains(m)).toList(),
          Workload.BROADCAST, List.of(Metric.THROUGHPUT, Metric.P50, Metric.P99, Metric.P999, Metric.TARGET_CPU_PER_MESSAGE),
          Workload.STORM, List.of(Metric.HANDSHAKES_PER_SECOND),
          Workload.IDLE, List.of(Metric.CONNECTIONS_HELD, Metric.MEMORY_PER_CONNECTION));

  /** How to measure echo when a report has none. */
  static final String MEASURE_ECHO =
      "`wsarena shootout --targets undertow,netty,jetty,tornado,autobahn --repeat 3 --out DIR`, then pass DIR to `wsarena report`";

  private final ReportData data;
  private final ReportMarkdown doc;

  PerformanceSections(ReportData data, ReportMarkdown doc) {
    this.data = data;
    this.doc = doc;
  }

  /** The verdict table: for each figure measured, the best target and its figure; then the claims' verdicts. */
  String summary(List<ClaimCheck> claims) {
    StringBuilder sb = new StringBuilder();
    List<List<String>> rows = new ArrayList<>();
    for (Workload w : Workload.values()) {
      Optional<MetricTable> table = data.table(w);
      if (table.isEmpty()) {
        continue;
      }
      MetricTable t = table.get();
      for (Metric m : t.metrics().stream().filter(SUMMARIZED.get(w)::contains).toList()) {
        OptionalInt best = t.best(m);
        if (best.isPresent()) {
          Spread s = t.spread(best.getAsInt(), m).orElseThrow();
          rows.add(List.of(w.cliName(), m.title() + ", " + m.better().words(), t.contenders().get(best.getAsInt()).name(),
              Measurement.OfMetric.text(m, s.median()), Integer.toString((int) t.contenders().stream().filter(c -> c.spread(m).isPresent()).count())));
        }
      }
    }
    data.inputs().sweeps().stream()
        .filter(s -> s.kneeRate().isPresent())
        .max((a, b) -> Double.compare(a.kneeRate().getAsDouble(), b.kneeRate().getAsDouble()))
        .filter(s -> data.inputs().sweeps().size() > 1)
        .ifPresent(s -> rows.add(List.of("sweep", "Sweep knee, higher is better", s.label(),
            Units.whole(s.kneeRate().getAsDouble()) + " msgs/s", Integer.toString(data.inputs().sweeps().size()))));
    List<String> strict = data.inputs().conformance().values().stream().filter(ConformanceSummary::strict).map(ConformanceSummary::target).sorted().toList();
    if (!data.inputs().conformance().isEmpty()) {
      rows.add(List.of("conformance", "Every case strict", strict.isEmpty() ? "none" : String.join(", ", strict),
          strict.size() + " of " + data.inputs().conformance().size(), Integer.toString(data.inputs().conformance().size())));
    }
    if (rows.isEmpty()) {
      sb.append("Nothing measured to compare: this report was given no runs of two or more targets, no sweeps and no conformance results. ")
          .append("Measure with ").append(MEASURE_ECHO).append(".\n\n");
    } else {
      sb.append(ReportMarkdown.textTable(List.of("workload", "figure", "best", "its figure", "targets measured"), rows));
      sb.append("\nA figure shows here where at least two targets have it and one is better than the rest.\n\n");
    }
    Map<ClaimCheck.Verdict, Integer> tally = new EnumMap<>(ClaimCheck.Verdict.class);
    claims.forEach(c -> tally.merge(c.verdict(), 1, Integer::sum));
    List<String> parts = new ArrayList<>();
    tally.forEach((v, n) -> parts.add(n + " " + v.word()));
    sb.append("**Claims checked:** ").append(Units.plural(claims.size(), "claim")).append(" of the article")
        .append(parts.isEmpty() ? "" : ": " + String.join(", ", parts)).append(" (see Claims checked).\n");
    return sb.toString();
  }

  String latency() {
    Optional<MetricTable> table = data.table(Workload.ECHO).filter(t -> t.metrics().contains(Metric.P99));
    if (table.isEmpty()) {
      return "Not measured: this report was given no echo run that answered a message. Measure with " + MEASURE_ECHO + ".\n";
    }
    return "Round trip of each echo, from the moment it was due to be sent (open loop) or was sent (closed loop)"
        + " to its answer, in milliseconds; the best of each column in bold.\n\n"
        + ReportMarkdown.metricTable(table.get(), LATENCY) + "\n"
        + doc.chart(ReportChart.LATENCY_DISTRIBUTION)
        + "Each line is the run of the target's median throughput. The article says only that both are designed for low latency;"
        + " these are the figures.\n";
  }

  String throughput() {
    Optional<MetricTable> table = data.table(Workload.ECHO).filter(t -> t.metrics().contains(Metric.THROUGHPUT));
    if (table.isEmpty()) {
      return "Not measured: this report was given no echo run that answered a message. Measure with " + MEASURE_ECHO + ".\n";
    }
    StringBuilder sb = new StringBuilder("Echoes answered per second, and what each one cost: CPU time per message (µs/msg) and context switches per message (cs/msg),")
        .append(" the target's and the load generator's; the target's peak memory.\n\n");
    sb.append(ReportMarkdown.metricTable(table.get(), THROUGHPUT)).append("\n");
    sb.append(doc.chart(ReportChart.THROUGHPUT));
    sb.append(ComparisonReport.CPU_NOTE)
        .append(" A context switch per message is a thread hand-off per message; an event loop makes a few hundredths.\n");
    if (!table.get().metrics().contains(Metric.TARGET_SWITCHES_PER_MESSAGE)) {
      sb.append("\nContext switches per message are not known for these runs: they are read from /proc of a target in its own process on Linux.\n");
    }
    return sb.toString();
  }
}
