package wsarena.cli;

import java.nio.file.Path;
import java.util.List;
import wsarena.metrics.RunResult;
import wsarena.report.SavedRun;
import wsarena.report.SavedRunReader;

/**
 * Reads the result files a command is given, through the core's {@link SavedRunReader} as the
 * window does; files that are not runs end the command with one sentence naming each.
 */
final class SavedResults {
  private SavedResults() {}

  static List<RunResult> read(List<Path> files) {
    List<SavedRun> read = SavedRunReader.read(files);
    SavedRunReader.problems(read).ifPresent(sentence -> {
      throw new UserError(sentence);
    });
    return SavedRunReader.loaded(read).stream().map(SavedRun.Loaded::result).toList();
  }
}
