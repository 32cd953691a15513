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
import wsarena.report.chart.ChartPng;
import wsarena.report.chart.ResultCharts;

/** Draws saved runs as PNG pictures without a display: the window's exports, headless. */
@Command(
    name = "chart",
    mixinStandardHelpOptions = true,
    description = {
      "Draw saved runs as PNG pictures, without a display.",
      "distribution.png holds every run's latency distribution; each run also gets LABEL-latency.png (percentiles"
          + " over time) and LABEL-throughput.png. Pictures are 2x, with the title, scenario and host drawn in."
    },
    footer = {"", "Example:", "  wsarena chart results/*/result.json --out charts"})
final class ChartCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "RESULT", description = "Saved runs: the JSON of run --out or bench --out, or a window's saved run.")
  List<Path> files;

  @Mixin OutputFolder out;

  @Override
  public Integer call() throws IOException {
    List<RunResult> runs = SavedResults.read(files);
    Path dir = OutputFolder.create(out.dir().orElseThrow());
    PrintWriter stdout = spec.commandLine().getOut();
    write(ResultCharts.distribution(runs), dir.resolve("distribution.png"), stdout);
    for (int i = 0; i < runs.size(); i++) {
      String name = ResultCharts.uniqueLabel(runs, i).replace(" #", "-").replaceAll("[^A-Za-z0-9._-]", "_");
      write(ResultCharts.latencyOverTime(runs.get(i)), dir.resolve(name + "-latency.png"), stdout);
      write(ResultCharts.throughputOverTime(runs.get(i)), dir.resolve(name + "-throughput.png"), stdout);
    }
    stdout.flush();
    return 0;
  }

  private static void write(JFreeChart chart, Path file, PrintWriter stdout) throws IOException {
    ChartPng.write(chart, file);
    OutputFile.announce(file, stdout);
  }
}
