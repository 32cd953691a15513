package wsarena.ui.open;

import java.nio.file.Path;
import java.util.List;
import wsarena.report.SavedRun;
import wsarena.report.SavedRunReader;
import wsarena.ui.Background;
import wsarena.text.Sentences;

/**
 * Opens run result files without freezing the window: the files are read and decoded on a
 * background thread ({@link Background}) by the core's {@link SavedRunReader}, then what was read
 * is handed over on the FX thread, with one sentence for the files that could not be read.
 */
public final class ResultOpener {
  /** What an open came to, on the FX thread. */
  public interface Outcome {
    /** The files read as runs, in the order they were given; possibly none. */
    void loaded(List<SavedRun.Loaded> runs);

    /** The files read as sweeps ({@code sweep.json}), in order; only called when there are some. */
    void loadedSweeps(List<SavedRun.SweepLoaded> sweeps);

    /** One sentence about the files that could not be read; only called when there are some. */
    void failed(String sentence);
  }

  private final Outcome outcome;

  public ResultOpener(Outcome outcome) {
    this.outcome = outcome;
  }

  /** Reads {@code files} off the FX thread; call on the FX thread. */
  public void open(List<Path> files) {
    if (files.isEmpty()) {
      return;
    }
    List<Path> copy = List.copyOf(files);
    Background.run(
        "open-results",
        () -> SavedRunReader.read(copy),
        this::deliver,
        failure -> outcome.failed("Could not open the files: " + Sentences.of(failure) + "."));
  }

  private void deliver(List<SavedRun> read) {
    outcome.loaded(SavedRunReader.loaded(read));
    List<SavedRun.SweepLoaded> sweeps = SavedRunReader.sweeps(read);
    if (!sweeps.isEmpty()) {
      outcome.loadedSweeps(sweeps);
    }
    SavedRunReader.problems(read).ifPresent(outcome::failed);
  }
}
