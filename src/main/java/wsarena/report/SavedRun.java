package wsarena.report;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import wsarena.metrics.PercentileCurve;
import wsarena.metrics.RunResult;
import wsarena.metrics.SweepResult;

/**
 * What came of reading one saved run (a run result file, or a sweep's {@code sweep.json}): the
 * run, the sweep, or why it could not be read.
 */
public sealed interface SavedRun {
  Path path();

  /**
   * A run read from its file.
   *
   * @param curve the percentile curve of its whole measured histogram, computed while reading so a
   *     window's FX thread only draws it
   * @param shootout where it sits in a saved shootout, when it was read as one of its runs
   */
  record Loaded(Path path, RunResult result, List<PercentileCurve.Point> curve, Optional<ShootoutMember> shootout)
      implements SavedRun {
    public Loaded(Path path, RunResult result, List<PercentileCurve.Point> curve) {
      this(path, result, curve, Optional.empty());
    }
  }

  /**
   * A run's place in a saved shootout: runs with the same index and target are one target's
   * repeats.
   *
   * @param index the shootout's {@value ShootoutFiles#INDEX}
   * @param target the target's place in the shootout's table, from 0
   * @param label the target's label
   * @param repeat which of its runs this is, from 1
   */
  record ShootoutMember(Path index, int target, String label, int repeat) {}

  /** A sweep read from its {@code sweep.json}: its steps' figures and histograms, without their runs. */
  record SweepLoaded(Path path, SweepResult sweep) implements SavedRun {}

  /**
   * A file that is not a readable run result.
   *
   * @param reason what is wrong, as the end of a sentence: e.g. {@code it is damaged: its JSON
   *     breaks off at line 3}
   */
  record Unreadable(Path path, String reason) implements SavedRun {
    /** One sentence for the user, naming the file as it was given. */
    public String sentence() {
      return SavedRun.sentence(List.of(this));
    }
  }

  /**
   * One sentence for every file that could not be read, e.g. {@code Could not open a.json: the file
   * is empty.} or {@code Could not open 2 files: a.json: ...; b.json: ...}. A file is named as it
   * was given (on the command line, as typed), so two {@code result.json} in two folders are told
   * apart.
   */
  static String sentence(List<Unreadable> unreadable) {
    if (unreadable.size() == 1) {
      Unreadable u = unreadable.getFirst();
      return "Could not open " + u.path() + ": " + u.reason() + ".";
    }
    StringBuilder sb = new StringBuilder("Could not open " + unreadable.size() + " files: ");
    for (int i = 0; i < unreadable.size(); i++) {
      Unreadable u = unreadable.get(i);
      sb.append(i == 0 ? "" : "; ").append(u.path()).append(": ").append(u.reason());
    }
    return sb.append('.').toString();
  }
}
