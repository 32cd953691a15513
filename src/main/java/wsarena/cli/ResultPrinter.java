package wsarena.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import wsarena.metrics.RunResult;
import wsarena.metrics.Totals;
import wsarena.probe.FeatureTable;
import wsarena.report.ConformanceTable;
import wsarena.report.Machines;
import wsarena.report.MarkdownSummary;
import wsarena.report.SummaryTable;
import wsarena.report.Units;

/** The end-of-run summary on the terminal. */
final class ResultPrinter {
  private ResultPrinter() {}

  static void print(RunResult r, PrintWriter out) {
    Totals t = r.totals();
    out.println();
    out.println("wsarena " + r.wsarenaVersion() + " · " + r.target().description());
    out.println(MarkdownSummary.describe(r.scenario()));
    out.println("host: " + Machines.summaryLine(r.host()));
    out.println(
        "outcome: " + r.outcome().name().toLowerCase(Locale.ROOT) + " · measured " + Units.seconds(t.measuredMillis())
            + " · sent " + Units.whole(t.sent()) + " · received " + Units.whole(t.received())
            + (r.target().negotiatedExtensions().isEmpty() ? "" : " · extensions: " + r.target().negotiatedExtensions()));
    out.println();
    out.print(SummaryTable.text(SummaryTable.COLUMNS, List.of(SummaryTable.row(r))));
    if (t.correctedLatency() != null) {
      out.printf(
          "corrected for coordinated omission (closed loop): p99 %s ms · p99.9 %s ms · max %s ms%n",
          Units.millis(t.correctedLatency().p99Micros()),
          Units.millis(t.correctedLatency().p999Micros()),
          Units.millis(t.correctedLatency().maxMicros()));
    }
    out.printf(
        Locale.ROOT,
        "generator: %s · %s CPU per message · client RSS %s%n",
        Units.plural(r.clientThreads(), "thread"),
        Units.micros(t.clientCpuMicrosPerMessage()),
        Units.mebibytes(t.clientRssPeakBytes()));
    if (r.features() != null) {
      out.println("features: " + FeatureTable.oneLine(r.features()));
    }
    if (r.conformance() != null) {
      out.println("conformance: " + ConformanceTable.oneLine(r.conformance()) + " · " + ConformanceTable.context(r.conformance()));
      out.print(ConformanceTable.casesNotOk(r.conformance()));
    }
    for (String w : r.warnings()) {
      out.println("warning: " + w);
    }
  }
}
