package wsarena.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import wsarena.report.Claim;
import wsarena.report.ClaimCheck;
import wsarena.report.ClaimsFiles;
import wsarena.report.ReportData;
import wsarena.report.ReportFiles;
import wsarena.report.ReportMarkdown;
import wsarena.report.ReportInputs;
import wsarena.text.Units;

/** The report a reviewer publishes: the article's headings, each measured, and its claims checked. */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Write the report a reviewer publishes: report.md, one self-contained report.html (its charts inside it) and the PNGs.",
      "Sections: Summary, Latency, Throughput, Scalability, Feature set, Ease of use, Hardware, Method and Claims checked;"
          + " each is measured from the inputs or says what it lacks. The claims of an article (by default: the comparison of"
          + " Tornado and Autobahn|Twisted the headings follow) are quoted beside the figures that test them, with a verdict."
    },
    footer = {
      "",
      "Inputs: saved shootouts and runs (their folders or JSON files), sweeps (sweep.json), conformance.json, and feature probes",
      "(wsarena features --out features/LABEL.json); a folder is searched for them.",
      "",
      "Examples:",
      "  wsarena report results/echo results/storm results/idle results/conformance.json --out report",
      "  wsarena report results --claims my-article.claims.yaml --title \"My servers, measured\" --out report"
    })
final class ReportCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "DIR-or-FILE", description = "What to report on: folders and files of results.")
  List<Path> inputs;

  @Mixin OutputFolder out;

  @Option(names = "--claims", paramLabel = "FILE", description = "The claims to check, YAML or JSON. Default: the Tornado and Autobahn|Twisted article's.")
  Path claims;

  @Option(names = "--title", defaultValue = "Python and JVM WebSocket servers, measured", description = "The report's title. Default: ${DEFAULT-VALUE}.")
  String title;

  @Option(names = "--measured-with", paramLabel = "COMMAND", description = "The command that measured the inputs, quoted in Method so a reader can repeat it.")
  String measuredWith;

  @Override
  public Integer call() throws IOException {
    PrintWriter stdout = spec.commandLine().getOut();
    Path dir = out.dir().orElseThrow(() -> new UserError("give --out DIR: the folder report.md, report.html and the pictures go into"));
    Claim.Article article;
    try {
      article = claims == null ? ClaimsFiles.article() : ClaimsFiles.read(claims);
    } catch (IllegalArgumentException e) {
      throw new UserError("--claims: " + e.getMessage());
    }
    ReportInputs read = ReportInputs.read(inputs);
    // a report published without one of its inputs would read as complete: name it and write nothing
    if (!read.problems().isEmpty()) {
      throw new UserError(String.join(" ", read.problems()) + " No report was written: fix "
          + (read.problems().size() == 1 ? "that input or leave it out." : "those inputs or leave them out."));
    }
    boolean nothing = read.runs().isEmpty() && read.sweeps().isEmpty() && read.conformance().isEmpty()
        && read.notJudged().isEmpty() && read.features().isEmpty();
    if (nothing) {
      throw new UserError("nothing to report: no run, sweep, conformance result or feature probe was found in "
          + inputs.stream().map(Path::toString).collect(Collectors.joining(", ")));
    }
    ReportData data = new ReportData(read);
    OutputFolder.create(dir);
    ReportFiles.write(data, article, writtenWith(), measuredWith, title, dir);
    List<ClaimCheck> checked = ReportFiles.checked(article, data);
    stdout.println("report: " + Units.plural(read.runs().size(), "run") + " of " + Units.plural(data.targets().size(), "target")
        + ", " + Units.plural(read.sweeps().size(), "sweep") + ", conformance of " + Units.plural(read.conformance().size(), "target")
        + ", feature probes of " + Units.plural(read.features().size(), "target"));
    stdout.println(checked.isEmpty() ? "claims: none checked: " + ReportMarkdown.noClaims(article) : "claims: " + Units.plural(checked.size(), "claim") + ": " + checked.stream()
        .collect(Collectors.groupingBy(c -> c.verdict().word(), java.util.TreeMap::new, Collectors.counting()))
        .entrySet().stream().map(e -> e.getValue() + " " + e.getKey()).collect(Collectors.joining(", ")));
    OutputFolder.announce(dir, stdout);
    stdout.flush();
    return 0;
  }

  /** This command as typed, for the report's Method: it writes the same report again from the same inputs. */
  private String writtenWith() {
    return "wsarena " + spec.commandLine().getParseResult().originalArgs().stream()
        .map(a -> a.isEmpty() || a.matches(".*[\\s\"'$`\\\\|&;<>()*?].*") ? "'" + a.replace("'", "'\\''") + "'" : a)
        .collect(Collectors.joining(" "));
  }
}
