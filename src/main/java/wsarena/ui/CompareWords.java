package wsarena.ui;

import java.util.List;
import wsarena.report.Comparison;
import wsarena.report.Metric;
import wsarena.report.chart.ChartTitles;
import wsarena.ui.compare.ComparedRun;
import wsarena.ui.compare.ComparedRuns;
import wsarena.ui.compare.CompareView;
import wsarena.ui.dashboard.Dashboard;

/**
 * What the pictures of the charts that show several runs say: a one-line title that names the runs
 * drawn, or counts them past three ({@link ChartTitles#compact}, as the command line's charts are
 * titled: their legend or their axis names each run), the scenario, and the machine or machines
 * they were measured on.
 */
final class CompareWords {
  private static final String ON_TIME_CHARTS = " (on the time charts)";

  private final Dashboard dashboard;
  private final CompareView compare;

  CompareWords(Dashboard dashboard, CompareView compare) {
    this.dashboard = dashboard;
    this.compare = compare;
  }

  void describe(Exports exports) {
    ComparedRuns runs = dashboard.runs();
    exports.describe(compare.distribution(), () -> {
      List<ComparedRun> shown = runs.visibleRuns();
      return new Exports.Words(
          ChartTitles.compact(ChartTitles.DISTRIBUTION, shown.stream().map(runs::name).toList()), compare.subtitleText(), host(shown));
    });
    exports.describe(compare.bars(), () -> {
      List<ComparedRun> shown = runs.visibleRuns();
      // how to read the bars is under them, on their axis
      Metric m = compare.bars().metricProperty().get();
      return new Exports.Words(
          ChartTitles.bars(m, shown.stream().map(runs::name).toList()), compare.subtitleText(), host(shown));
    });
    exports.describe(dashboard.distribution(), () -> new Exports.Words(
        ChartTitles.compact(ChartTitles.DISTRIBUTION,
            dashboard.distribution().curveNames().stream().map(n -> n.replace(ON_TIME_CHARTS, "")).toList()),
        dashboard.subtitleText(), dashboard.hostText()));
    exports.describe(dashboard.comparison(), () -> new Exports.Words(
        ChartTitles.of(dashboard.comparison().title(), dashboard.comparison().rowNames()), dashboard.subtitleText(),
        host(runs.runs())));
  }

  private static String host(List<ComparedRun> runs) {
    return Comparison.of(runs.stream().map(ComparedRun::result).toList()).hostLine();
  }
}
