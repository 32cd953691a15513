package wsarena.testsupport;

import java.nio.file.Path;
import wsarena.metrics.RunResult;
import wsarena.report.SavedRun;
import wsarena.report.SavedRunReader;

/** Reads a result file a test has just written, failing with the reader's sentence if it cannot. */
public final class SavedRunFiles {
  private SavedRunFiles() {}

  public static RunResult read(Path file) {
    return switch (SavedRunReader.read(file)) {
      case SavedRun.Loaded loaded -> loaded.result();
      case SavedRun.Unreadable unreadable -> throw new AssertionError(unreadable.sentence());
    };
  }
}
