package wsarena.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import wsarena.metrics.TargetCost;
import wsarena.metrics.RunResult;
import wsarena.metrics.Totals;
import wsarena.probe.FeatureTable;
import wsarena.report.ComparisonReport;
import wsarena.report.ConformanceTable;
import wsarena.report.ConnectionTables;
import wsarena.report.Machines;
import wsarena.report.MarkdownSummary;
import wsarena.report.SummaryTable;
import wsarena.text.Units;
import wsarena.scenario.Workload;

/** The end-of-run summary on the terminal. */
final class ResultPrinter {
  private ResultPrinter() {}

  /** Why a run is {@link wsarena.metrics.Outcome#STALLED}, as one sentence. */
  static String stalled(RunResult r) {
    var f = r.totals().fates();
    return "the target stalled: " + Units.share((double) f.timedOut() / f.intended()) + " of the " + Units.whole(f.intended())
        + " measured messages timed out (a run is stalled past " + Units.share(wsarena.metrics.Outcome.STALLED_SHARE)
        + "), so its figures say how long it kept them waiting, not what it sustains";
  }

  static void print(RunResult r, PrintWriter out) {
    Totals t = r.totals();
    out.println();
    out.println("wsarena " + r.wsarenaVersion() + " · " + r.target().description());
    out.println(MarkdownSummary.describe(r.scenario()));
    out.println("host: " + Machines.summaryLine(r.hosts()));
    boolean storm = r.scenario().workload() == Workload.STORM;
    out.println(
        "outcome: " + r.outcome().name().toLowerCase(Locale.ROOT) + " · measured " + Units.seconds(t.measuredMillis())
            + switch (r.scenario().workload()) {
              case STORM -> " · " + Units.plural(t.handshakes().count(), "handshake") + " · " + Units.plural(t.connections().failuresByCause().total(), "failed attempt");
              case IDLE -> " · " + Units.plural(t.messages().sent(), "ping") + " · " + Units.plural(t.messages().received(), "pong");
              case ECHO, BROADCAST -> " · sent " + Units.whole(t.messages().sent()) + " · received " + Units.whole(t.messages().received());
            }
            + (r.target().negotiatedExtensions().isEmpty() ? "" : " · extensions: " + r.target().negotiatedExtensions())
            + (r.outcome() == wsarena.metrics.Outcome.STALLED ? " · " + Units.share((double) t.fates().timedOut() / t.fates().intended()) + " timed out" : ""));
    out.println();
    out.print(SummaryTable.text(SummaryTable.columns(r), List.of(SummaryTable.row(r))));
    if (t.fates().intended() > 0) {
      out.println("messages: " + MarkdownSummary.fates(t));
    }
    if (t.corrected() != null) {
      out.println(MarkdownSummary.correctedView(t));
    }
    if (r.scenario().workload() == Workload.IDLE) {
      out.println(ConnectionTables.memorySentence(r));
      out.printf(
          Locale.ROOT,
          "generator: %s · %s CPU per ping · client RSS %s%n",
          Units.plural(r.clientThreads(), "thread"),
          Units.micros(t.cpu().clientMicrosPerMessage()),
          Units.mebibytes(t.memory().clientRssPeakBytes()));
    } else if (storm) {
      if (t.connections().failuresByCause().total() > 0) {
        out.println("failed attempts by cause: " + t.connections().failuresByCause().describe());
      }
      out.println("sources: " + ConnectionTables.sourcesSentence(t.connections().sources()));
      out.printf(
          Locale.ROOT,
          "generator: %s · %s CPU per handshake · client RSS %s%n",
          Units.plural(r.clientThreads(), "thread"),
          Units.micros(t.handshakes().clientCpuMicrosEach()),
          Units.mebibytes(t.memory().clientRssPeakBytes()));
      out.printf(Locale.ROOT, "target: %s CPU per handshake%n", Units.micros(TargetCost.cpuMicrosPerHandshake(r)));
    } else {
      out.printf(
          Locale.ROOT,
          "generator: %s · %s CPU and %s context switches per message%s · client RSS %s%n",
          Units.plural(r.clientThreads(), "thread"),
          Units.micros(t.cpu().clientMicrosPerMessage()),
          Units.switchesPerMessage(t.contextSwitches().clientPerMessage()),
          MarkdownSummary.sendLag(t).map(lag -> " · " + lag).orElse(""),
          Units.mebibytes(t.memory().clientRssPeakBytes()));
      out.printf(
          Locale.ROOT,
          "target: %s CPU and %s context switches per message%n",
          Units.micros(TargetCost.cpuMicrosPerMessage(r)),
          Units.switchesPerMessage(t.contextSwitches().targetPerMessage()));
      if (t.cpu().balancerPercent() >= 0 && t.cpu().targetPercent() > 0) {
        // the balancer's part of the target's CPU, on its own: what the instances cost apart from it
        out.printf(
            Locale.ROOT,
            "balancer: %.1f %% of the machine's CPU, %.0f %% of the target's%n",
            t.cpu().balancerPercent(),
            100 * t.cpu().balancerPercent() / t.cpu().targetPercent());
      }
    }
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
