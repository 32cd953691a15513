package wsarena.report;

import wsarena.host.WholeFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import wsarena.metrics.SweepResult;
import wsarena.metrics.SweepStep;

/**
 * Writes a sweep's files into a folder: {@code sweep.json}, {@code sweep.md}, and each step's
 * whole run as {@code steps/step-01.json} (a run result like any other: it opens, charts and
 * compares).
 */
public final class SweepFiles {
  public static final String JSON = "sweep.json";
  public static final String MARKDOWN = "sweep.md";
  public static final String STEPS = "steps";

  private SweepFiles() {}

  /** Every file of {@code sweep} into {@code dir}, created when missing. */
  public static void writeAll(SweepResult sweep, Path dir) throws IOException {
    Files.createDirectories(dir.resolve(STEPS));
    List<String> names = new ArrayList<>();
    for (SweepStep step : sweep.steps()) {
      String name = STEPS + "/" + String.format(Locale.ROOT, "step-%02d.json", step.index());
      if (step.result() != null) {
        ResultJson.write(step.result(), dir.resolve(name));
        names.add(name);
      }
    }
    WholeFile.writeString(dir.resolve(JSON), SweepJson.write(sweep, names.size() == sweep.steps().size() ? names : List.of()));
    WholeFile.writeString(dir.resolve(MARKDOWN), SweepSummary.markdown(sweep));
  }
}
