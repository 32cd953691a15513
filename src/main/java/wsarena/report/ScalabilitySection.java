package wsarena.report;

import wsarena.text.Units;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import wsarena.scenario.Workload;

/**
 * The Scalability section: each sweep's knee (the highest load within its bounds, with the
 * latency and the target's CPU there), handshakes per second from a connection storm, and the
 * memory per idle connection with the connections held. Each part says what it lacks.
 */
final class ScalabilitySection {
  private final ReportData data;
  private final ReportMarkdown doc;

  ScalabilitySection(ReportData data, ReportMarkdown doc) {
    this.data = data;
    this.doc = doc;
  }

  String render() {
    return "### Sweep knees\n\n" + knees() + "\n### Instances\n\n" + instances() + "\n### Handshakes per second\n\n" + storm()
        + "\n### Idle connections\n\n" + idle();
  }

  private String knees() {
    List<SweepKnee> sweeps = data.sweepsInRunOrder();
    if (sweeps.isEmpty()) {
      return "Not measured: this report was given no sweep. A sweep raises one target's load step by step to its knee,"
          + " the highest rate whose latency stays within its bounds: `wsarena sweep --engine E --model M --out DIR`"
          + " (or `--peer tornado`), then pass DIR to `wsarena report`.\n";
    }
    List<List<String>> rows = new ArrayList<>();
    for (SweepKnee s : sweeps) {
      rows.add(List.of(
          s.label(),
          s.kneeRate().isPresent() ? Units.whole(s.kneeRate().getAsDouble()) : "none",
          s.kneeAchievedRate().isPresent() ? Units.whole(s.kneeAchievedRate().getAsDouble()) : Units.NOT_KNOWN,
          s.kneeP99Micros().isPresent() ? Units.millis(Math.round(s.kneeP99Micros().getAsDouble())) : Units.NOT_KNOWN,
          s.kneeTargetCores().isPresent() ? String.format(Locale.ROOT, "%.2f", s.kneeTargetCores().getAsDouble()) : Units.NOT_KNOWN,
          ReportMarkdown.escape(s.stopped())));
    }
    return ReportMarkdown.textTable(List.of("target", "knee msgs/s", "answered/s", "p99 ms at knee", "target cores at knee", "why it stopped"), rows)
        + "\nTarget cores: its CPU at the knee, in cores (1.00 = one core busy all the time): a single-threaded server"
        + " whose knee comes with about one core busy is limited by its one thread.\n";
  }

  /** The knee of several instances over one's, from sweeps labelled {@code -x2-haproxy} and the like. */
  private String instances() {
    List<InstanceScaling> scaling = InstanceScaling.of(data.sweepsInRunOrder());
    if (scaling.isEmpty()) {
      return "Not measured: this report was given no sweep of several instances. Sweep one and two instances of a Python server"
          + " behind HAProxy: `wsarena sweep --peer tornado --instances 1 --balance haproxy --out DIR1`, then `--instances 2`"
          + " (or `--balance reuse-port`), and pass the folders to `wsarena report`.\n";
    }
    List<List<String>> rows = new ArrayList<>();
    for (InstanceScaling s : scaling) {
      rows.add(List.of(
          s.target(), s.how(), Units.whole(s.knee()), s.baseline(), Units.whole(s.baselineKnee()), String.format(Locale.ROOT, "×%.2f", s.factor())));
    }
    int threads = scaling.getFirst().logicalThreads();
    return ReportMarkdown.textTable(List.of("server", "instances", "knee msgs/s", "one instance", "its knee msgs/s", "scaling factor"), rows)
        + "\nThe scaling factor is the knee of the instances over the knee of one. On this machine the load generator, every"
        + " instance and the balancer share " + (threads > 0 ? Units.plural(threads, "hardware thread") : "the same cores")
        + ": a factor near 1 says the cores ran out, not that the server cannot scale out; on machines of their own the"
        + " instances would not compete.\n";
  }

  private String storm() {
    Optional<MetricTable> table = data.table(Workload.STORM).filter(t -> t.metrics().contains(Metric.HANDSHAKES_PER_SECOND));
    if (table.isEmpty()) {
      return "Not measured: this report was given no connection storm. A storm opens connections as fast as the target"
          + " accepts them: `wsarena shootout --targets ... --workload storm --out DIR`.\n";
    }
    return "Connections opened and upgraded per second, each closed after its handshake.\n\n"
        + ReportMarkdown.metricTable(table.get(), List.of(Metric.HANDSHAKES_PER_SECOND, Metric.TARGET_RSS)) + "\n"
        + doc.chart(ReportChart.HANDSHAKES);
  }

  private String idle() {
    Optional<MetricTable> table = data.table(Workload.IDLE).filter(t -> t.metrics().contains(Metric.CONNECTIONS_HELD));
    if (table.isEmpty()) {
      return "Not measured: this report was given no idle run. An idle run holds connections open and weighs the target:"
          + " `wsarena shootout --targets ... --workload idle --connections 2000 --out DIR`.\n";
    }
    StringBuilder sb = new StringBuilder("Connections held open at once (with a ping now and then), and the target's resident memory per held connection,")
        .append(" read before the first and while they were held, once memory settled.\n\n");
    sb.append(ReportMarkdown.metricTable(table.get(), List.of(Metric.CONNECTIONS_HELD, Metric.MEMORY_PER_CONNECTION, Metric.TARGET_RSS))).append("\n");
    sb.append(doc.chart(ReportChart.MEMORY_PER_CONNECTION));
    if (!table.get().metrics().contains(Metric.MEMORY_PER_CONNECTION)) {
      sb.append("Memory per connection is not known for these runs: it needs a target in its own process.\n");
    }
    return sb.toString();
  }
}
