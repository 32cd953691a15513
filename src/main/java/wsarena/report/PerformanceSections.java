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
  /** The latency tables' columns: the percentiles, and how evenly the connections were served beside them. */
  static final List<Metric> LATENCY_TABLE = List.of(Metric.P50, Metric.P99, Metric.P999, Metric.FAIRNESS);
  /** A best p50 whose fairness is below this share of the others' median is said to be unevenly served. */
  static final double UNFAIR_SHARE = 0.8;
  static final List<Metric> THROUGHPUT =
      List.of(Metric.THROUGHPUT, Metric.TARGET_CPU_PER_MESSAGE, Metric.CLIENT_CPU_PER_MESSAGE, Metric.TARGET_SWITCHES_PER_MESSAGE,
          Metric.TARGET_VOLUNTARY_SWITCHES_PER_MESSAGE, Metric.TARGET_INVOLUNTARY_SWITCHES_PER_MESSAGE,
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
    data.equalLoad().filter(t -> data.equalLoadRate().isPresent()).ifPresent(t ->
        rows.addAll(bestRows("echo at " + Units.whole(data.equalLoadRate().getAsDouble()) + " msgs/s (equal load)", t, LATENCY)));
    for (Workload w : Workload.values()) {
      Optional<MetricTable> table = data.table(w);
      if (table.isEmpty()) {
        continue;
      }
      boolean saturated = w == Workload.ECHO && data.equalLoad().isPresent();
      rows.addAll(bestRows(saturated ? "echo, closed loop (at saturation)" : w.cliName(), table.get(), SUMMARIZED.get(w)));
    }
    data.inputs().sweeps().stream()
        .filter(s -> s.kneeRate().isPresent())
        .max((a, b) -> Double.compare(a.kneeRate().getAsDouble(), b.kneeRate().getAsDouble()))
        .filter(s -> data.inputs().sweeps().size() > 1)
        .ifPresent(s -> rows.add(List.of("sweep", "Sweep knee, higher is better", s.label(),
            (s.kneeIsLowerBound() ? "at least " : "") + Units.whole(s.kneeRate().getAsDouble()) + " msgs/s",
            Integer.toString(data.inputs().sweeps().size()), kneeLead(s))));
    List<String> strict = data.inputs().conformance().values().stream().filter(ConformanceSummary::strict).map(ConformanceSummary::target).sorted().toList();
    if (!data.inputs().conformance().isEmpty()) {
      rows.add(List.of("conformance", "Every case strict", strict.isEmpty() ? "none" : String.join(", ", strict),
          strict.size() + " of " + data.inputs().conformance().size(), Integer.toString(data.inputs().conformance().size()), ""));
    }
    if (rows.isEmpty()) {
      sb.append("Nothing measured to compare: this report was given no runs of two or more targets, no sweeps and no conformance results. ")
          .append("Measure with ").append(MEASURE_ECHO).append(".\n\n");
    } else {
      sb.append(ReportMarkdown.textTable(List.of("workload", "figure", "best", "its figure", "targets measured", "clear of the next?"), rows));
      sb.append("\nA figure shows here where at least two targets have it and one is better than the rest; a failed target is never")
          .append(" ranked. Clear: every run of the best is better than every run of the next best; otherwise their runs overlap and")
          .append(" the lead is inside the noise.\n\n");
    }
    if (!claims.isEmpty()) {
      Map<ClaimCheck.Verdict, Integer> tally = new EnumMap<>(ClaimCheck.Verdict.class);
      claims.forEach(c -> tally.merge(c.verdict(), 1, Integer::sum));
      List<String> parts = new ArrayList<>();
      tally.forEach((v, n) -> parts.add(n + " " + v.word()));
      sb.append("**Claims checked:** ").append(Units.plural(claims.size(), "claim")).append(" of the article")
          .append(parts.isEmpty() ? "" : ": " + String.join(", ", parts)).append(" (see Claims checked).\n");
    }
    return sb.toString();
  }

  /** The best of each of {@code metrics} in {@code t}, a row each, with whether its runs are clear of the next best's. */
  private static List<List<String>> bestRows(String workload, MetricTable t, List<Metric> metrics) {
    List<List<String>> rows = new ArrayList<>();
    for (Metric m : t.metrics().stream().filter(metrics::contains).toList()) {
      OptionalInt best = t.best(m);
      if (best.isEmpty()) {
        continue;
      }
      Spread s = t.spread(best.getAsInt(), m).orElseThrow();
      long measured = t.contenders().stream().filter(c -> c.spread(m).isPresent()).count();
      rows.add(List.of(workload, m.title() + ", " + m.better().words(), t.contenders().get(best.getAsInt()).name(),
          Measurement.OfMetric.text(m, s.median()) + runs(s) + (m == Metric.P50 ? unevenly(t, best.getAsInt()) : ""),
          Long.toString(measured), lead(t, m, best.getAsInt())));
    }
    return rows;
  }

  /**
   * Words for a best p50 whose connections were served far less evenly than the others': under
   * closed loop a server that answers a few connections over and over while the rest wait has a
   * fine median and a terrible tail, and the median alone would crown it.
   */
  static String unevenly(MetricTable t, int best) {
    Optional<Spread> own = t.spread(best, Metric.FAIRNESS);
    double[] others = new double[t.contenders().size()];
    int n = 0;
    for (int i = 0; i < t.contenders().size(); i++) {
      Optional<Spread> f = t.spread(i, Metric.FAIRNESS);
      if (i != best && f.isPresent()) {
        others[n++] = f.get().median();
      }
    }
    Optional<Spread> theirs = Spread.of(java.util.Arrays.copyOf(others, n));
    if (own.isEmpty() || theirs.isEmpty() || own.get().median() >= UNFAIR_SHARE * theirs.get().median()) {
      return "";
    }
    return String.format(java.util.Locale.ROOT, "; but its connections were served unevenly (fairness %.2f against a median of %.2f"
        + " for the others): some waited while others were answered over and over, see its p99", own.get().median(), theirs.get().median());
  }

  /** Each target's answers per connection in its median run: lowest, median, highest. */
  static String fairness(MetricTable t) {
    List<List<String>> rows = new ArrayList<>();
    for (Contender c : t.contenders()) {
      if (c.failure().isPresent()) {
        continue;
      }
      var f = c.representative().totals().fairness();
      if (f.known()) {
        rows.add(List.of(c.name(), Units.whole(f.lowest()), Units.whole(f.median()), Units.whole(f.highest()),
            String.format(java.util.Locale.ROOT, "%.2f", f.jainIndex())));
      }
    }
    if (rows.isEmpty()) {
      return "";
    }
    return "Echoes answered per connection in each target's median run (fairness: Jain's index, 1.00 when every connection"
        + " was answered as often, 1/n when one got every answer):\n\n"
        + SummaryTable.markdown(List.of("target", "lowest", "median", "highest", "fairness"), rows) + "\n";
  }

  private static String runs(Spread s) {
    return s.count() > 1 ? " (" + s.count() + " runs)" : " (1 run)";
  }

  /** {@code yes}, or {@code no: inside X's runs} when the runner-up's range reaches the best's. */
  private static String lead(MetricTable t, Metric m, int best) {
    Spread b = t.spread(best, m).orElseThrow();
    int next = -1;
    for (int i = 0; i < t.contenders().size(); i++) {
      Optional<Spread> s = t.spread(i, m);
      if (i != best && s.isPresent() && (next < 0 || m.isBetter(s.get().median(), t.spread(next, m).orElseThrow().median()))) {
        next = i;
      }
    }
    if (next < 0) {
      return "";
    }
    Spread n = t.spread(next, m).orElseThrow();
    boolean clear = m.better() == Metric.Better.HIGHER ? b.min() > n.max() : b.max() < n.min();
    return clear ? "yes" : "no: its runs overlap " + t.contenders().get(next).name() + "'s";
  }

  /** A sweep's best knee is clear of the next when the two lie further apart than the sweeps' precision either side. */
  /** Clear when the least the best knee may be exceeds the most the next may be (a lower bound has no most). */
  private String kneeLead(SweepKnee best) {
    return data.inputs().sweeps().stream()
        .filter(s -> s != best && s.kneeRate().isPresent())
        .max(java.util.Comparator.comparingDouble(s -> s.kneeRate().getAsDouble()))
        .map(n -> best.kneeLow() > n.kneeHigh()
            ? "yes"
            : n.kneeIsLowerBound()
                ? "no: " + n.label() + "'s sweep stopped before its limit, so its knee may be higher"
                : "no: within the sweeps' precision of " + n.label() + "'s")
        .orElse("");
  }

  String latency() {
    StringBuilder sb = new StringBuilder("### At equal load\n\n").append(EqualLoadSection.render(data, doc));
    sb.append("### At saturation (closed loop)\n\n");
    Optional<MetricTable> table = data.table(Workload.ECHO).filter(t -> t.metrics().contains(Metric.P99));
    if (table.isEmpty()) {
      return sb.append("Not measured: this report was given no echo run that answered a message. Measure with ").append(MEASURE_ECHO).append(".\n").toString();
    }
    boolean closed = table.get().contenders().stream().flatMap(c -> c.runs().stream()).anyMatch(r -> ReportData.openLoopRate(r).isEmpty());
    sb.append(closed
        ? "Each connection sends its next echo when the last one is answered, as fast as the target answers: every target at its own"
            + " saturation, so these figures say how each one queues when overloaded, not how fast it answers at a given load."
            + " Round trip from the moment each echo was sent, in milliseconds; the best of each column in bold.\n\n"
        : "Round trip of each echo, from the moment it was due to be sent to its answer, in milliseconds; the best of each column in bold.\n\n");
    sb.append(ReportMarkdown.metricTable(table.get(), LATENCY_TABLE)).append("\n");
    sb.append(fairness(table.get()));
    sb.append(doc.chart(ReportChart.LATENCY_DISTRIBUTION));
    sb.append("Each line is the run of the target's median throughput.\n");
    return sb.toString();
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
        .append(" Voluntary switches (vol.) are a thread blocking: a hand-off to another thread per message shows here, and an")
        .append(" event loop makes a few hundredths; involuntary ones (invol.) are the scheduler taking a core away, which on cores")
        .append(" shared with the generator says who else ran at that moment more than how the server is built. Claims about")
        .append(" hand-offs read the voluntary ones.\n");
    if (!table.get().metrics().contains(Metric.TARGET_SWITCHES_PER_MESSAGE)) {
      sb.append("\nContext switches per message are not known for these runs: they are read from /proc of a target in its own process on Linux.\n");
    }
    return sb.toString();
  }
}
