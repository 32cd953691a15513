package wsarena.ui.compare;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import wsarena.metrics.RunResult;
import wsarena.report.ComparisonReport;
import wsarena.report.MarkdownSummary;

/**
 * The runs on the dashboard as a Markdown report: the core's {@link ComparisonReport} (scenario,
 * table, warnings, hardware), plus what that report cannot know when the runs come from files: the
 * runs measured on other hardware, or under another load, than the first.
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
    StringBuilder sb = new StringBuilder(ComparisonReport.markdown(title(results), results));
    if (results.isEmpty()) {
      return sb.toString();
    }
    RunResult first = results.getFirst();
    List<String> otherHardware = new ArrayList<>();
    Map<String, List<String>> otherLoads = new LinkedHashMap<>();
    String firstLoad = MarkdownSummary.describe(first.scenario());
    for (RunResult r : results.subList(1, results.size())) {
      if (!Machines.same(first.host(), r.host())) {
        otherHardware.add("- " + r.target().label() + ": " + r.host().summaryLine());
      }
      String load = MarkdownSummary.describe(r.scenario());
      if (!load.equals(firstLoad)) {
        otherLoads.computeIfAbsent(load, k -> new ArrayList<>()).add(r.target().label());
      }
    }
    if (!otherLoads.isEmpty()) {
      sb.append("\n**Measured under another load than ").append(first.target().label()).append("**\n");
      otherLoads.forEach((load, labels) -> sb.append("- ").append(String.join(", ", labels)).append(": ").append(load).append("\n"));
    }
    if (!otherHardware.isEmpty()) {
      sb.append("\n**Measured on other hardware than ").append(first.target().label()).append("**\n");
      otherHardware.forEach(line -> sb.append(line).append("\n"));
    }
    return sb.toString();
  }
}
