package wsarena.testsupport;

import java.nio.file.Path;
import wsarena.metrics.RunResult;
import wsarena.metrics.SweepResult;
import wsarena.report.SavedRun;
import wsarena.report.SavedRunReader;

/** Reads a result or sweep file a test has just written, failing with the reader's sentence if it cannot. */
public final class SavedRunFiles {
  private SavedRunFiles() {}

  public static RunResult read(Path file) {
    return switch (SavedRunReader.read(file)) {
      case SavedRun.Loaded loaded -> loaded.result();
      case SavedRun.Unreadable unreadable -> throw new AssertionError(unreadable.sentence());
      case SavedRun.SweepLoaded sweep -> throw new AssertionError(file + " is a sweep, not a run");
    };
  }

  /** Reads a sweep's file a test has just written. */
  public static SweepResult readSweep(Path file) {
    return switch (SavedRunReader.read(file)) {
      case SavedRun.SweepLoaded sweep -> sweep.sweep();
      case SavedRun.Unreadable unreadable -> throw new AssertionError(unreadable.sentence());
      case SavedRun.Loaded loaded -> throw new AssertionError(file + " is a run, not a sweep");
    };
  }
}
