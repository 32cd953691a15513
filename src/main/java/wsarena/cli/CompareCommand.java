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
import wsarena.metrics.RunResult;
import wsarena.report.Comparison;
import wsarena.report.ComparisonReport;
import wsarena.report.Machines;
import wsarena.report.SummaryTable;
import wsarena.report.SweepSummary;

/** Lays saved runs side by side: a table on the terminal, a Markdown report with --out. */
@Command(
    name = "compare",
    mixinStandardHelpOptions = true,
    description = {
      "Lay saved runs side by side, and say what makes them less comparable.",
      "The runs are result.json files of 'run --out', the JSON files of 'bench --out', or .wsarena files saved by the window;"
          + " sweeps (sweep.json of 'sweep --out') compare by their knees."
    },
    footer = {
      "",
      "Example:",
      "  wsarena compare results/undertow/result.json results/netty/result.json \\",
      "      --out comparison.md"
    })
final class CompareCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "RESULT", description = "Saved runs: .json or .wsarena files.")
  List<Path> files;

  @Mixin OutputFile out;

  @Option(names = "--title", defaultValue = "wsarena comparison", description = "Title of the Markdown report. Default: ${DEFAULT-VALUE}.")
  String title;

  @Override
  public Integer call() throws IOException {
    SavedResults saved = SavedResults.read(files);
    List<RunResult> results = saved.runs();
    PrintWriter stdout = spec.commandLine().getOut();
    StringBuilder markdown = new StringBuilder();
    if (!results.isEmpty()) {
      stdout.print(SummaryTable.text(ComparisonReport.columns(results), ComparisonReport.rows(results)));
      Comparison.of(results).cautions().forEach(c -> stdout.println("note: " + c));
      markdown.append(ComparisonReport.markdown(title, results));
    }
    if (!saved.sweeps().isEmpty()) {
      // sweeps compare by their knees, one row each
      List<List<String>> knees = saved.sweeps().stream().map(SweepSummary::kneeRow).toList();
      stdout.print((results.isEmpty() ? "" : "\n") + SummaryTable.text(SweepSummary.KNEE_COLUMNS, knees));
      SweepSummary.explanations(saved.sweeps()).forEach(stdout::println);
      markdown.append(results.isEmpty() ? "# " + title + "\n\n" : "\n## Sweeps\n\n")
          .append(SummaryTable.markdown(SweepSummary.KNEE_COLUMNS, knees)).append("\n");
      SweepSummary.explanations(saved.sweeps()).forEach(e -> markdown.append("- ").append(e).append("\n"));
      if (results.isEmpty()) {
        markdown.append("\n").append(Machines.hardwareBlock(saved.sweeps().getFirst().host()));
      }
    }
    if (out.file().isPresent()) {
      OutputFile.write(out.file().get(), markdown.toString(), stdout);
    }
    stdout.flush();
    return 0;
  }
}
