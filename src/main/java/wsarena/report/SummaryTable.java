package wsarena.report;

import wsarena.text.Units;
import java.util.ArrayList;
import java.util.List;
import wsarena.metrics.RunResult;
import wsarena.metrics.Totals;

/**
 * The summary of one or more runs as a table: one row per run, the same columns in the terminal,
 * in Markdown and in the window.
 */
public final class SummaryTable {
  public static final List<String> COLUMNS =
      LatencyColumns.headings(
          List.of("target", "msgs/s", "MB/s"), List.of("errors", "connections", "client CPU", "target CPU", "target RSS"));

  private SummaryTable() {}

  /** The columns for {@code r}: a storm's own, or the messages' {@link #COLUMNS}. */
  public static List<String> columns(RunResult r) {
    List<String> own = ConnectionTables.columns(r.scenario().workload());
    return own != null ? own : COLUMNS;
  }

  /** The row of {@code r} under {@link #columns}. */
  public static List<String> row(RunResult r) {
    List<String> own = ConnectionTables.row(r, r.target().label());
    return own != null ? own : messagesRow(r);
  }

  private static List<String> messagesRow(RunResult r) {
    Totals t = r.totals();
    return LatencyColumns.cells(
        List.of(
            r.target().label(),
            Units.whole(t.messages().receivedPerSecond()),
            Units.megabytes(t.messages().receivedMegabytesPerSecond())),
        p -> p.micros(t.latency()),
        List.of(
            Units.whole(t.messages().errors()),
            t.connections().peak() + "/" + t.connections().requested(),
            Units.percent(t.cpu().clientPercent()),
            Units.percent(t.cpu().targetPercent()),
            Units.mebibytes(t.memory().targetRssPeakBytes())));
  }

  /** Columns padded for a terminal; numbers right-aligned. */
  public static String text(List<String> columns, List<List<String>> rows) {
    int[] width = new int[columns.size()];
    for (int i = 0; i < columns.size(); i++) {
      width[i] = columns.get(i).length();
      for (List<String> row : rows) {
        width[i] = Math.max(width[i], row.get(i).length());
      }
    }
    StringBuilder sb = new StringBuilder();
    appendLine(sb, columns, width);
    List<String> rule = new ArrayList<>();
    for (int w : width) {
      rule.add("-".repeat(w));
    }
    appendLine(sb, rule, width);
    for (List<String> row : rows) {
      appendLine(sb, row, width);
    }
    return sb.toString();
  }

  private static void appendLine(StringBuilder sb, List<String> cells, int[] width) {
    for (int i = 0; i < cells.size(); i++) {
      String cell = cells.get(i);
      String pad = " ".repeat(width[i] - cell.length());
      sb.append(i == 0 ? cell + pad : pad + cell);
      sb.append(i == cells.size() - 1 ? "\n" : "  ");
    }
  }

  /** A GitHub-flavoured Markdown table. */
  public static String markdown(List<String> columns, List<List<String>> rows) {
    StringBuilder sb = new StringBuilder();
    sb.append("| ").append(String.join(" | ", columns)).append(" |\n");
    sb.append("|").append(" --- |".repeat(1)).append(" ---: |".repeat(columns.size() - 1)).append("\n");
    for (List<String> row : rows) {
      sb.append("| ").append(String.join(" | ", row)).append(" |\n");
    }
    return sb.toString();
  }
}
