package wsarena.report;

import wsarena.text.Units;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import wsarena.metrics.TargetCost;
import wsarena.metrics.Outcome;
import wsarena.metrics.RunResult;
import wsarena.metrics.Totals;
import wsarena.scenario.Workload;

/**
 * Several runs side by side, in Markdown: the table a "X vs Y" article needs, with the scenario,
 * the hardware, what makes the runs less comparable ({@link Comparison}) and every warning, so the
 * figures carry their conditions with them. The window's comparison report, {@code wsarena compare
 * --out} and {@code wsarena bench --out} all write this one.
 */
public final class ComparisonReport {
  public static final List<String> COLUMNS =
      List.of(
          "target", "msgs/s", "p50 ms", "p99 ms", "p99.9 ms", "max ms", "errors", "timed out", "not sent",
          "client CPU", "target CPU", "client µs/msg", "target µs/msg", "client cs/msg", "target cs/msg", "target RSS");

  private ComparisonReport() {}

  /**
   * The columns for {@code results}: a storm's own when every run is a storm, else the messages'
   * {@link #COLUMNS}.
   */
  public static List<String> columns(List<RunResult> results) {
    Workload w = commonWorkload(results);
    List<String> own = w == null ? null : ConnectionTables.columns(w);
    return own != null ? own : COLUMNS;
  }

  private static Workload commonWorkload(List<RunResult> results) {
    List<Workload> workloads =
        results.stream().map(r -> r.scenario().workload()).distinct().toList();
    return workloads.size() == 1 ? workloads.getFirst() : null;
  }

  public static List<String> row(RunResult r) {
    return messagesRow(r);
  }

  private static String label(RunResult r) {
    return r.outcome() == Outcome.COMPLETED ? r.target().label() : r.target().label() + " (" + r.outcome().name().toLowerCase(Locale.ROOT) + ")";
  }

  private static List<String> messagesRow(RunResult r) {
    Totals t = r.totals();
    String label = label(r);
    return List.of(
        label,
        Units.whole(t.messages().receivedPerSecond()),
        Units.millis(t.latency().p50Micros()),
        Units.millis(t.latency().p99Micros()),
        Units.millis(t.latency().p999Micros()),
        Units.millis(t.latency().maxMicros()),
        Units.whole(t.messages().errors()),
        Units.whole(t.fates().timedOut()),
        Units.whole(t.fates().notSent()),
        Units.percent(t.cpu().clientPercent()),
        Units.percent(t.cpu().targetPercent()),
        Units.microsPerMessage(t.cpu().clientMicrosPerMessage()),
        Units.microsPerMessage(TargetCost.cpuMicrosPerMessage(r)),
        Units.switchesPerMessage(t.contextSwitches().clientPerMessage()),
        Units.switchesPerMessage(t.contextSwitches().targetPerMessage()),
        Units.mebibytes(t.memory().targetRssPeakBytes()));
  }

  /** The rows of {@code results} under {@link #columns}. */
  public static List<List<String>> rows(List<RunResult> results) {
    boolean own = ConnectionTables.columns(commonWorkload(results)) != null;
    List<List<String>> rows = new ArrayList<>();
    for (RunResult r : results) {
      List<String> connections = own ? ConnectionTables.row(r, label(r)) : null;
      rows.add(connections != null ? connections : messagesRow(r));
    }
    return rows;
  }

  /** What the per-run columns mean, under every such table. */
  static final String CPU_NOTE =
      "CPU in percent of the whole machine; client and targets share its cores; µs/msg is CPU time per message received; cs/msg its context switches (voluntary and involuntary) per message. "
          + "Latency from the intended send time, HdrHistogram, 3 significant digits; a message unanswered past the timeout is "
          + "timed out and in the latencies at that time, one the target's backlog kept until the end is not sent.";

  /** The conformance and features of each run's target, when they were checked before its load. */
  static void appendChecks(StringBuilder sb, List<RunResult> results) {
    List<Comparison.CheckRow> checks = Comparison.of(results).checks();
    if (!checks.isEmpty()) {
      sb.append("\n**Conformance and features**, checked on each target before its load: the Autobahn|Testsuite's")
          .append(" OK, non-strict and failed cases, and the feature probe's verdicts.\n\n");
      sb.append(SummaryTable.markdown(Comparison.CHECK_COLUMNS, checks.stream().map(Comparison.CheckRow::cells).toList()));
    }
  }

  /**
   * What goes under a comparison's tables: every failure and warning of its runs, what makes them
   * less comparable ({@link Comparison}), and the hardware block.
   *
   * @param saidAbove warnings the document already gave once for all its runs, left out here
   */
  static void appendNotes(StringBuilder sb, List<RunResult> results, List<String> saidAbove) {
    List<String> warnings = new ArrayList<>();
    for (RunResult r : results) {
      if (r.failure() != null) {
        warnings.add("- " + r.target().label() + " failed: " + r.failure());
      }
      r.warnings().stream().filter(w -> !saidAbove.contains(w)).forEach(w -> warnings.add("- " + r.target().label() + ": " + w));
    }
    if (!warnings.isEmpty()) {
      sb.append("\n").append(String.join("\n", warnings)).append("\n");
    }
    List<String> cautions = Comparison.of(results).cautions();
    if (!cautions.isEmpty()) {
      sb.append("\n**Compare with care**\n");
      cautions.forEach(c -> sb.append("- ").append(c).append("\n"));
    }
    if (!results.isEmpty()) {
      sb.append("\n").append(Machines.hardwareBlock(results.getFirst()));
    }
  }

  public static String markdown(String title, List<RunResult> results) {
    StringBuilder sb = new StringBuilder("# ").append(title).append("\n\n");
    if (!results.isEmpty()) {
      sb.append(MarkdownSummary.describe(results.getFirst().scenario())).append(".\n\n");
    }
    sb.append(SummaryTable.markdown(columns(results), rows(results)));
    sb.append("\n").append(CPU_NOTE).append("\n");
    appendChecks(sb, results);
    appendNotes(sb, results, List.of());
    return sb.toString();
  }
}
