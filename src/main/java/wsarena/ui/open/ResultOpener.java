package wsarena.ui.open;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import wsarena.ui.Background;

/**
 * Opens run result files without freezing the window: the files are read and decoded on a
 * background thread ({@link Background}), then what was read is handed over on the FX thread,
 * with one sentence for the files that could not be read.
 */
public final class ResultOpener {
  /** What an open came to, on the FX thread. */
  public interface Outcome {
    /** The files read as runs, in the order they were given; possibly none. */
    void loaded(List<ResultFile.Loaded> runs);

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
        () -> copy.stream().map(ResultFileReader::read).toList(),
        this::deliver,
        failure -> outcome.failed("Could not open the files: " + Background.reason(failure) + "."));
  }

  private void deliver(List<ResultFile> read) {
    List<ResultFile.Loaded> loaded = new ArrayList<>();
    List<ResultFile.Unreadable> unreadable = new ArrayList<>();
    for (ResultFile f : read) {
      switch (f) {
        case ResultFile.Loaded l -> loaded.add(l);
        case ResultFile.Unreadable u -> unreadable.add(u);
      }
    }
    outcome.loaded(loaded);
    if (!unreadable.isEmpty()) {
      outcome.failed(sentence(unreadable));
    }
  }

  /** One sentence for every file that could not be read. */
  static String sentence(List<ResultFile.Unreadable> unreadable) {
    if (unreadable.size() == 1) {
      return unreadable.getFirst().sentence();
    }
    StringBuilder sb = new StringBuilder("Could not open " + unreadable.size() + " files: ");
    for (int i = 0; i < unreadable.size(); i++) {
      ResultFile.Unreadable u = unreadable.get(i);
      sb.append(i == 0 ? "" : "; ").append(u.path().getFileName()).append(": ").append(u.reason());
    }
    return sb.append('.').toString();
  }
}
