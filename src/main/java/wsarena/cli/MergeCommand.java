package wsarena.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import wsarena.metrics.RunResult;
import wsarena.metrics.SegmentMerge;
import wsarena.report.ResultInLog;
import wsarena.report.SegmentFolders;

/** Merges the folders of a run's segments into the folder of the whole run. */
@Command(
    name = "merge",
    mixinStandardHelpOptions = true,
    description = {
      "Merge the results of a run's segments (run --segment i/N --out DIR on each load machine) into one run.",
      "Interval histograms are added interval by interval, counts summed; every load machine's hardware and warnings are kept."
    },
    footer = {
      "",
      "Example:",
      "  wsarena merge results/segment-1 results/segment-2 results/segment-3 results/segment-4 --out results/all",
      "  wsarena merge pod-0.log pod-1.log --out results/all     # kubectl logs of each pod of 'kube manifest'"
    })
final class MergeCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(
      arity = "1..*",
      paramLabel = "DIR",
      description = "The segments' folders, each with result.json and latency.hlog; or their logs (kubectl logs of a 'run --log-result'), unpacked into --out/segments first.")
  List<Path> folders;

  @Mixin OutputFolder out;

  @Override
  public Integer call() throws IOException {
    Path dir = out.dir().orElseThrow(() -> new UserError("merge writes a folder: give it with --out DIR"));
    RunResult merged;
    try {
      merged = SegmentFolders.merge(unpacked(dir), OutputFolder.create(dir));
    } catch (SegmentMerge.Refused e) {
      throw new UserError(e.getMessage());
    }
    PrintWriter stdout = spec.commandLine().getOut();
    stdout.println("Merged " + merged.segments().size() + " segments (" + merged.hosts().size() + " load machines).");
    ResultPrinter.print(merged, stdout);
    OutputFolder.announce(dir, stdout);
    stdout.flush();
    return 0;
  }

  /** The folders to merge: a folder as given, a log file's result files unpacked beside the output. */
  private List<Path> unpacked(Path out) throws IOException {
    List<Path> dirs = new ArrayList<>();
    for (Path given : folders) {
      if (!Files.isRegularFile(given)) {
        dirs.add(given);
        continue;
      }
      String name = given.getFileName().toString().replaceFirst("\\.[^.]*$", "");
      Path into = out.resolve("segments").resolve(name);
      try {
        if (ResultInLog.extract(Files.readString(given), into).isEmpty()) {
          throw new UserError(given + " is a file without a run's files in it: give a segment's folder, or the log of a 'run --log-result'");
        }
      } catch (java.nio.charset.CharacterCodingException e) {
        throw new UserError(given + " is not a text file: give a segment's folder, or the log of a 'run --log-result'");
      } catch (IOException e) {
        throw new UserError(given + ": " + e.getMessage());
      }
      dirs.add(into);
    }
    return dirs;
  }
}
