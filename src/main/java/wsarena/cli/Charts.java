package wsarena.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import org.jfree.chart.JFreeChart;
import wsarena.metrics.RunResult;
import wsarena.metrics.SweepResult;
import wsarena.report.Contender;
import wsarena.report.Metric;
import wsarena.report.MetricTable;
import wsarena.report.chart.BarCharts;
import wsarena.report.chart.ChartPng;
import wsarena.report.chart.ExportLayout;
import wsarena.report.chart.ResultCharts;
import wsarena.report.chart.SweepChart;

/**
 * The PNG charts of compared runs ({@code chart}, {@code shootout --out}, {@code bench --out}):
 * {@code distribution.png} with every contender's latency distribution, one {@code
 * bars-METRIC.png} per {@link Metric} that applies, and, when asked, each run's latency and
 * throughput over time; a sweep's pictures of its steps ({@code sweep}, {@code bench --sweep}).
 */
final class Charts {
  private Charts() {}

  static void writeAll(List<Contender> contenders, Path dir, ExportLayout layout, boolean overTime, PrintWriter out)
      throws IOException {
    if (contenders.isEmpty()) {
      return;
    }
    List<Contender> drawn = contenders.stream().filter(c -> c.representative().latency() != null
        && c.representative().latency().getTotalCount() > 0).toList();
    if (!drawn.isEmpty()) {
      List<RunResult> runs = drawn.stream().map(Contender::representative).toList();
      write(ResultCharts.distribution(runs, drawn.stream().map(Contender::name).toList(), layout), dir.resolve("distribution.png"), layout, out);
    }
    MetricTable table = MetricTable.of(contenders);
    for (Metric m : table.metrics()) {
      write(BarCharts.of(table, m, layout), dir.resolve("bars-" + m.id() + ".png"), layout, out);
    }
    if (overTime) {
      for (Contender c : contenders) {
        for (int i = 0; i < c.runs().size(); i++) {
          RunResult run = c.runs().get(i);
          String name = c.runs().size() == 1 ? c.name() : c.name() + " #" + (i + 1);
          String file = name.replace(" #", "-").replaceAll("[^A-Za-z0-9._-]", "_");
          write(ResultCharts.latencyOverTime(run, name, layout), dir.resolve(file + "-latency.png"), layout, out);
          write(ResultCharts.throughputOverTime(run, name, layout), dir.resolve(file + "-throughput.png"), layout, out);
        }
      }
    }
  }

  /**
   * Every sweep on one pair of pictures: {@code sweep-latency.png} (latency percentiles against the
   * offered load) and {@code sweep-achieved.png} (achieved against offered); nothing without one.
   */
  static void writeSweeps(List<SweepResult> sweeps, Path dir, ExportLayout layout, PrintWriter out) throws IOException {
    List<SweepResult> drawn = sweeps.stream().filter(s -> !s.steps().isEmpty()).toList();
    if (!drawn.isEmpty()) {
      write(SweepChart.latencyAgainstLoad(drawn, layout), dir.resolve("sweep-latency.png"), layout, out);
      write(SweepChart.achievedAgainstOffered(drawn, layout), dir.resolve("sweep-achieved.png"), layout, out);
    }
  }

  private static void write(JFreeChart chart, Path file, ExportLayout layout, PrintWriter out) throws IOException {
    ChartPng.write(chart, file, layout);
    OutputFile.announce(file, out);
  }
}
