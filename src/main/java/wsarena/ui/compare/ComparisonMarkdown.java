package wsarena.ui.compare;

import java.util.List;
import wsarena.metrics.RunResult;
import wsarena.report.ComparisonReport;

/**
 * The runs on the dashboard as a Markdown report: the core's {@link ComparisonReport} (scenario,
 * table, what to compare with care, warnings, hardware), as {@code wsarena compare --out} writes
 * it, under a title named after the runs.
 */
public final class ComparisonMarkdown {
  private ComparisonMarkdown() {}

  /** E.g. "wsarena: undertow-event-loop vs netty-event-loop", or "wsarena: 5 runs side by side". */
  public static String title(List<RunResult> results) {
    if (results.size() >= 2 && results.size() <= 3) {
      return "wsarena: " + String.join(" vs ", results.stream().map(r -> r.target().label()).toList());
    }
    return "wsarena: " + results.size() + (results.size() == 1 ? " run" : " runs side by side");
  }

  public static String of(List<RunResult> results) {
    return ComparisonReport.markdown(title(results), results);
  }
}
