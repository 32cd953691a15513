package wsarena.report.chart;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jfree.chart.JFreeChart;
import wsarena.metrics.RunResult;
import wsarena.report.Contender;
import wsarena.report.Metric;
import wsarena.report.MetricTable;
import wsarena.report.ReportChart;
import wsarena.report.ReportData;
import wsarena.report.SweepKnee;
import wsarena.metrics.SweepResult;
import wsarena.scenario.Workload;

/**
 * The pictures of a report, drawn from the same {@link MetricTable}s its tables show: the echo
 * runs' latency distributions and throughput bars, a storm's handshakes per second and an idle
 * run's memory per connection. A picture whose figures the report lacks is not drawn.
 */
public final class ReportCharts {
  /**
   * 1200×675 drawn at 1.5×: sharp on most screens, and about a tenth of a 3200×1800 export's
   * bytes, which matters once every picture is inside one HTML file.
   */
  public static final ExportLayout LAYOUT = new ExportLayout(1200, 675, 1.5);

  private ReportCharts() {}

  /** Each picture {@code data} has the figures for, in {@link ReportChart} order. */
  public static Map<ReportChart, JFreeChart> of(ReportData data) {
    Map<ReportChart, JFreeChart> out = new EnumMap<>(ReportChart.class);
    data.equalLoad().flatMap(ReportCharts::distribution).ifPresent(c -> out.put(ReportChart.EQUAL_LOAD_DISTRIBUTION, c));
    // the compared targets' sweeps only: a sweep of several instances behind a balancer is Scalability's
    List<String> compared = data.table(Workload.ECHO).map(t -> t.contenders().stream().map(Contender::name).toList()).orElse(List.of());
    List<SweepResult> sweeps = data.sweepsInRunOrder().stream()
        .filter(k -> compared.isEmpty() || compared.contains(k.label()))
        .map(SweepKnee::result).filter(Objects::nonNull)
        .filter(s -> !s.steps().isEmpty()).toList();
    if (!sweeps.isEmpty()) {
      out.put(ReportChart.LATENCY_AGAINST_LOAD, SweepChart.latencyAgainstLoad(sweeps, LAYOUT));
    }
    data.table(Workload.ECHO).ifPresent(echo -> {
      distribution(echo).ifPresent(c -> out.put(ReportChart.LATENCY_DISTRIBUTION, c));
      bars(echo, Metric.THROUGHPUT).ifPresent(c -> out.put(ReportChart.THROUGHPUT, c));
    });
    data.table(Workload.STORM).flatMap(t -> bars(t, Metric.HANDSHAKES_PER_SECOND)).ifPresent(c -> out.put(ReportChart.HANDSHAKES, c));
    data.table(Workload.IDLE).flatMap(t -> bars(t, Metric.MEMORY_PER_CONNECTION)).ifPresent(c -> out.put(ReportChart.MEMORY_PER_CONNECTION, c));
    return out;
  }

  /** Each contender's latency distribution (its median-throughput run); none without an answer. */
  private static Optional<JFreeChart> distribution(MetricTable table) {
    List<RunResult> drawn = new ArrayList<>();
    List<String> names = new ArrayList<>();
    for (Contender c : table.contenders()) {
      RunResult r = c.representative();
      if (c.failure().isEmpty() && r.latency() != null && r.latency().getTotalCount() > 0) {
        drawn.add(r);
        names.add(c.name());
      }
    }
    return drawn.isEmpty() ? Optional.empty() : Optional.of(ResultCharts.distribution(drawn, names, LAYOUT));
  }

  private static Optional<JFreeChart> bars(MetricTable table, Metric metric) {
    return table.metrics().contains(metric) ? Optional.of(BarCharts.of(table, metric, LAYOUT)) : Optional.empty();
  }
}
