package wsarena.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.jfree.chart.JFreeChart;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import wsarena.metrics.RunResult;
import wsarena.metrics.SweepResult;
import wsarena.report.chart.ChartPng;
import wsarena.report.chart.ResultCharts;
import wsarena.report.chart.SweepChart;

/** Draws saved runs as PNG pictures without a display: the window's exports, headless. */
@Command(
    name = "chart",
    mixinStandardHelpOptions = true,
    description = {
      "Draw saved runs as PNG pictures, without a display.",
      "distribution.png holds every run's latency distribution; each run also gets LABEL-latency.png (percentiles"
          + " over time) and LABEL-throughput.png. Sweeps (sweep.json) draw sweep-latency.png (latency percentiles"
          + " against the offered load) and sweep-achieved.png, all sweeps on each. Pictures are 2x, with the title,"
          + " scenario and host drawn in."
    },
    footer = {"", "Example:", "  wsarena chart results/*/result.json --out charts"})
final class ChartCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "RESULT", description = "Saved runs: the JSON of run --out or bench --out, or a window's saved run; or sweeps: sweep.json of sweep --out.")
  List<Path> files;

  @Mixin OutputFolder out;

  @Override
  public Integer call() throws IOException {
    SavedResults saved = SavedResults.read(files);
    List<RunResult> runs = saved.runs();
    Path dir = OutputFolder.create(out.dir().orElseThrow());
    PrintWriter stdout = spec.commandLine().getOut();
    if (!runs.isEmpty()) {
      write(ResultCharts.distribution(runs), dir.resolve("distribution.png"), stdout);
    }
    for (int i = 0; i < runs.size(); i++) {
      String name = ResultCharts.uniqueLabel(runs, i).replace(" #", "-").replaceAll("[^A-Za-z0-9._-]", "_");
      write(ResultCharts.latencyOverTime(runs.get(i)), dir.resolve(name + "-latency.png"), stdout);
      write(ResultCharts.throughputOverTime(runs.get(i)), dir.resolve(name + "-throughput.png"), stdout);
    }
    writeSweeps(saved.sweeps(), dir, stdout);
    stdout.flush();
    return 0;
  }

  /**
   * Every sweep on one pair of pictures: {@code sweep-latency.png} (latency percentiles against the
   * offered load) and {@code sweep-achieved.png} (achieved against offered); nothing without one.
   */
  static void writeSweeps(List<SweepResult> sweeps, Path dir, PrintWriter stdout) throws IOException {
    List<SweepResult> drawn = sweeps.stream().filter(s -> !s.steps().isEmpty()).toList();
    if (!drawn.isEmpty()) {
      write(SweepChart.latencyAgainstLoad(drawn), dir.resolve("sweep-latency.png"), stdout);
      write(SweepChart.achievedAgainstOffered(drawn), dir.resolve("sweep-achieved.png"), stdout);
    }
  }

  private static void write(JFreeChart chart, Path file, PrintWriter stdout) throws IOException {
    ChartPng.write(chart, file);
    OutputFile.announce(file, stdout);
  }
}
