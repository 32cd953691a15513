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
import wsarena.report.SummaryTable;

/** Lays saved runs side by side: a table on the terminal, a Markdown report with --out. */
@Command(
    name = "compare",
    mixinStandardHelpOptions = true,
    description = {
      "Lay saved runs side by side, and say what makes them less comparable.",
      "The runs are result.json files of 'run --out', the JSON files of 'bench --out', or .wsarena files saved by the window."
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
    List<RunResult> results = SavedResults.read(files);
    PrintWriter stdout = spec.commandLine().getOut();
    stdout.print(SummaryTable.text(ComparisonReport.columns(results), ComparisonReport.rows(results)));
    Comparison.of(results).cautions().forEach(c -> stdout.println("note: " + c));
    if (out.file().isPresent()) {
      OutputFile.write(out.file().get(), ComparisonReport.markdown(title, results), stdout);
    }
    stdout.flush();
    return 0;
  }
}
