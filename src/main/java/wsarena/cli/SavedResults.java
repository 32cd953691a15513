package wsarena.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import wsarena.metrics.RunResult;
import wsarena.report.ResultJson;

/** Reads the result files a command is given; a file that is not one ends it with a sentence. */
final class SavedResults {
  private SavedResults() {}

  static List<RunResult> read(List<Path> files) {
    List<RunResult> results = new ArrayList<>();
    for (Path f : files) {
      if (!Files.isReadable(f)) {
        throw new UserError("cannot read " + f);
      }
      try {
        results.add(ResultJson.read(f));
      } catch (IOException e) {
        throw new UserError(firstLine(e.getMessage()));
      }
    }
    return results;
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "unreadable";
    }
    int nl = message.indexOf('\n');
    return nl < 0 ? message : message.substring(0, nl);
  }
}
