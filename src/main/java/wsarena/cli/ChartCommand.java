package wsarena.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.jfree.chart.JFreeChart;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import wsarena.metrics.RunResult;
import wsarena.report.chart.ChartPng;
import wsarena.report.chart.ResultCharts;

/** Draws saved runs as PNG pictures, with no display needed: the window's exports, headless. */
@Command(
    name = "chart",
    mixinStandardHelpOptions = true,
    description = {
      "Draw saved runs as PNG pictures (2x, title, scenario and host drawn in), no display needed:",
      "distribution.png with every run's latency distribution, and per run LABEL-latency.png",
      "(percentiles over time) and LABEL-throughput.png.",
      "Example: wsarena chart results/*/result.json --out charts"
    })
final class ChartCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "RESULT", description = "Run result JSON files (run --out, bench --out, or .wsarena).")
  List<Path> files;

  @Option(names = "--out", defaultValue = ".", description = "Folder for the pictures. Default: the current folder.")
  Path out;

  @Override
  public Integer call() throws IOException {
    List<RunResult> runs = SavedResults.read(files);
    try {
      Files.createDirectories(out);
    } catch (IOException e) {
      throw new UserError("cannot make the folder " + out + ": " + e.getMessage());
    }
    PrintWriter stdout = spec.commandLine().getOut();
    write(ResultCharts.distribution(runs), out.resolve("distribution.png"), stdout);
    for (int i = 0; i < runs.size(); i++) {
      String name = ResultCharts.uniqueLabel(runs, i).replace(" #", "-").replaceAll("[^A-Za-z0-9._-]", "_");
      write(ResultCharts.latencyOverTime(runs.get(i)), out.resolve(name + "-latency.png"), stdout);
      write(ResultCharts.throughputOverTime(runs.get(i)), out.resolve(name + "-throughput.png"), stdout);
    }
    stdout.flush();
    return 0;
  }

  private static void write(JFreeChart chart, Path file, PrintWriter stdout) throws IOException {
    ChartPng.write(chart, file);
    stdout.println("wrote " + file.toAbsolutePath().normalize());
  }
}
