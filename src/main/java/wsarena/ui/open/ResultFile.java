package wsarena.ui.open;

import java.nio.file.Path;
import java.util.List;
import wsarena.metrics.PercentileCurve;
import wsarena.metrics.RunResult;

/** What came of reading one run result file: the run, or why it could not be read. */
public sealed interface ResultFile {
  Path path();

  /**
   * A run read from its file.
   *
   * @param curve the percentile curve of its whole measured histogram, computed while reading so
   *     the FX thread only draws it
   */
  record Loaded(Path path, RunResult result, List<PercentileCurve.Point> curve) implements ResultFile {}

  /**
   * A file that is not a readable run result.
   *
   * @param reason what is wrong, as the end of a sentence: e.g. {@code it is damaged: its JSON
   *     breaks off at line 3}
   */
  record Unreadable(Path path, String reason) implements ResultFile {
    /** One sentence for the user, naming the file. */
    public String sentence() {
      return "Could not open " + path.getFileName() + ": " + reason + ".";
    }
  }
}
