package wsarena.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import wsarena.metrics.RunResult;
import wsarena.metrics.Totals;
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
    if (t.intended() > 0) {
      out.println("messages: " + MarkdownSummary.fates(t));
    }
    if (t.correctedLatency() != null) {
      out.println(MarkdownSummary.correctedView(t));
    }
    out.printf(
        Locale.ROOT,
        "generator: %s · %s CPU per message%s · client RSS %s%n",
        Units.plural(r.clientThreads(), "thread"),
        Units.micros(t.clientCpuMicrosPerMessage()),
        MarkdownSummary.sendLag(t).map(lag -> " · " + lag).orElse(""),
        Units.mebibytes(t.clientRssPeakBytes()));
    for (String w : r.warnings()) {
      out.println("warning: " + w);
    }
  }
}
