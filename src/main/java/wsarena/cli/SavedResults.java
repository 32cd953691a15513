package wsarena.cli;

import java.nio.file.Path;
import java.util.List;
import wsarena.metrics.RunResult;
import wsarena.metrics.SweepResult;
import wsarena.report.SavedRun;
import wsarena.report.SavedRunReader;

/**
 * Reads the result files a command is given, through the core's {@link SavedRunReader} as the
 * window does; files that are neither runs nor sweeps end the command with one sentence naming
 * each.
 *
 * @param runs the runs among the files, in order
 * @param sweeps the sweeps ({@code sweep.json}) among them, in order
 */
record SavedResults(List<RunResult> runs, List<SweepResult> sweeps) {
  static SavedResults read(List<Path> files) {
    List<SavedRun> read = SavedRunReader.read(files);
    SavedRunReader.problems(read).ifPresent(sentence -> {
      throw new UserError(sentence);
    });
    return new SavedResults(
        SavedRunReader.loaded(read).stream().map(SavedRun.Loaded::result).toList(),
        SavedRunReader.sweeps(read).stream().map(SavedRun.SweepLoaded::sweep).toList());
  }
}
