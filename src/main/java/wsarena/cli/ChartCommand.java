package wsarena.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import wsarena.report.chart.ExportLayout;

/** Draws saved runs as PNG pictures without a display: the window's exports, headless. */
@Command(
    name = "chart",
    mixinStandardHelpOptions = true,
    description = {
      "Draw saved runs as PNG pictures, without a display.",
      "distribution.png holds every run's latency distribution, bars-METRIC.png one bar chart per figure that applies"
          + " (msgs/s or handshakes/s, p50, p99, p99.9, CPU and context switches per message, memory per idle connection, memory); each run also gets LABEL-latency.png (percentiles over time)"
          + " and LABEL-throughput.png. 16:9 by default, drawn at 2x, with the title, scenario and host drawn in."
          + " A saved shootout (its folder or shootout.json) draws each target's median with its runs' spread."
          + " Sweeps (sweep.json) draw sweep-latency.png (latency percentiles against the offered load) and"
          + " sweep-achieved.png, all sweeps on each."
    },
    footer = {
      "",
      "Examples:",
      "  wsarena chart results/*/result.json --out charts",
      "  wsarena chart shootout-results --square --out charts"
    })
final class ChartCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(
      arity = "1..*",
      paramLabel = "RESULT",
      description = "Saved runs: the JSON of run --out, a shootout's folder or shootout.json (bench --out too), or a window's saved run; or sweeps: sweep.json of sweep --out.")
  List<Path> files;

  @Mixin OutputFolder out;

  @Option(names = "--size", defaultValue = "1600x900", paramLabel = "WxH", description = "The pictures' layout size. Default: ${DEFAULT-VALUE}.")
  String size;

  @Option(names = "--square", description = "Square pictures, 1080x1080, instead of --size.")
  boolean square;

  @Option(names = "--scale", defaultValue = "2", description = "Pixels per layout pixel, 1 to 4. Default: ${DEFAULT-VALUE} (a 1600x900 layout is 3200x1800 pixels).")
  double scale;

  @Override
  public Integer call() throws IOException {
    ExportLayout layout;
    try {
      layout = square ? new ExportLayout(ExportLayout.SQUARE.width(), ExportLayout.SQUARE.height(), scale) : ExportLayout.parse(size, scale);
    } catch (IllegalArgumentException e) {
      throw new UserError(e.getMessage());
    }
    SavedResults saved = SavedResults.read(files);
    Path dir = OutputFolder.create(out.dir().orElseThrow());
    PrintWriter stdout = spec.commandLine().getOut();
    Charts.writeAll(saved.contenders(), dir, layout, true, stdout);
    Charts.writeSweeps(saved.sweeps(), dir, layout, stdout);
    stdout.flush();
    return 0;
  }
}
