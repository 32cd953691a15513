package wsarena.report;

import wsarena.text.Units;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.function.BiFunction;
import wsarena.metrics.RunResult;
import wsarena.metrics.ShootoutResult;
import wsarena.scenario.ShootoutPlan;

/**
 * A shootout as tables, for the terminal and in Markdown: each target's median of every {@link
 * Metric} with its isolation and number of runs (the best of each column marked), the lowest and
 * highest of its runs when there were repeats, every run in the order it ran, and beneath them
 * what makes the comparison less fair, said once.
 */
public final class ShootoutReport {
  /** Marks the best of a column in a terminal's table. */
  public static final String BEST = " *";

  private ShootoutReport() {}

  /** Each target that ran at least once, under its label, with its runs in repeat order. */
  public static List<Contender> contenders(ShootoutResult result) {
    List<String> labels = result.plan().labels();
    List<Contender> out = new ArrayList<>();
    for (int i = 0; i < labels.size(); i++) {
      List<RunResult> runs = result.runsOf(i);
      if (!runs.isEmpty()) {
        out.add(new Contender(labels.get(i), runs));
      }
    }
    return out;
  }

  /** The medians' headings: target, isolation, runs, then each metric. */
  public static List<String> columns(MetricTable table) {
    List<String> columns = new ArrayList<>(List.of("target", "isolation", "runs"));
    table.metrics().forEach(m -> columns.add(m.column()));
    return columns;
  }

  /** One row per contender; each column's best through {@code best}, e.g. bold in Markdown. */
  public static List<List<String>> medianRows(MetricTable table, BiFunction<String, Boolean, String> best) {
    List<List<String>> rows = new ArrayList<>();
    for (int i = 0; i < table.contenders().size(); i++) {
      Contender c = table.contenders().get(i);
      List<String> row = new ArrayList<>(List.of(c.name(), c.isolation(), MetricTable.runs(c)));
      for (var m : table.metrics()) {
        OptionalInt bestIndex = table.best(m);
        row.add(best.apply(table.cell(i, m), bestIndex.isPresent() && bestIndex.getAsInt() == i));
      }
      rows.add(row);
    }
    return rows;
  }

  /** The lowest–highest headings and rows: target, then each metric. */
  public static List<String> rangeColumns(MetricTable table) {
    List<String> columns = new ArrayList<>(List.of("target"));
    table.metrics().forEach(m -> columns.add(m.column()));
    return columns;
  }

  public static List<List<String>> rangeRows(MetricTable table) {
    List<List<String>> rows = new ArrayList<>();
    for (int i = 0; i < table.contenders().size(); i++) {
      List<String> row = new ArrayList<>(List.of(table.contenders().get(i).name()));
      for (var m : table.metrics()) {
        String range = table.range(i, m);
        row.add(range.isEmpty() ? table.cell(i, m) : range);
      }
      rows.add(row);
    }
    return rows;
  }

  /** The terminal's tables: medians (best marked {@value #BEST}), and the spread when there were repeats. */
  public static String text(ShootoutResult result) {
    MetricTable table = MetricTable.of(contenders(result));
    StringBuilder sb = new StringBuilder();
    if (result.plan().repeats() > 1) {
      sb.append("median of each target's runs:\n");
    }
    sb.append(SummaryTable.text(columns(table), medianRows(table, (cell, isBest) -> isBest ? cell + BEST : cell)));
    sb.append("(*) the best of its column; a failed target is never ranked\n");
    table.failures().forEach(f -> sb.append(f).append("\n"));
    if (result.plan().repeats() > 1) {
      sb.append("\nlowest–highest of each target's runs:\n");
      sb.append(SummaryTable.text(rangeColumns(table), rangeRows(table)));
    }
    return sb.toString();
  }

  /** How the shootout went over its targets, e.g. {@code 3 targets × 3 repeats, interleaved (A B C A B C) · 2.0 s cool-down}. */
  public static String describe(ShootoutPlan plan) {
    return Units.plural(plan.targets().size(), "target")
        + (plan.repeats() > 1 ? " × " + Units.plural(plan.repeats(), "repeat") + ", interleaved (A B C A B C)" : "")
        + " · " + Units.seconds(plan.coolDown().toMillis()) + " cool-down";
  }

  public static String markdown(String title, ShootoutResult result) {
    ShootoutPlan plan = result.plan();
    MetricTable table = MetricTable.of(contenders(result));
    StringBuilder sb = new StringBuilder("# ").append(title).append("\n\n");
    sb.append(MarkdownSummary.describe(plan.scenarioFor(0))).append(".  \n");
    sb.append(describe(plan)).append(result.incomplete() ? " · stopped before its last run" : "").append(".\n\n");
    for (String w : result.warnings()) {
      sb.append("> **Not on equal terms:** ").append(w).append(".\n\n");
    }
    sb.append(SummaryTable.markdown(columns(table), medianRows(table, (cell, isBest) -> isBest ? "**" + cell + "**" : cell)));
    sb.append("\n").append(plan.repeats() > 1 ? "Median of each target's runs" : "One run per target")
        .append("; the best of each column in bold (a failed target is never ranked).\n");
    if (!table.failures().isEmpty()) {
      sb.append("\n");
      table.failures().forEach(f -> sb.append("- ").append(f).append("\n"));
    }
    if (plan.repeats() > 1) {
      sb.append("\n**Lowest–highest of each target's runs**\n\n");
      sb.append(SummaryTable.markdown(rangeColumns(table), rangeRows(table)));
    }
    List<RunResult> runs = result.runs();
    sb.append("\n**Every run, in the order they ran**\n\n");
    List<List<String>> rows = new ArrayList<>();
    List<List<String>> plain = ComparisonReport.rows(runs);
    for (int i = 0; i < plain.size(); i++) {
      List<String> row = new ArrayList<>(plain.get(i));
      if (plan.repeats() > 1) {
        row.set(0, row.getFirst() + " #" + result.trials().get(i).trial().repeat());
      }
      rows.add(row);
    }
    sb.append(SummaryTable.markdown(ComparisonReport.columns(runs), rows));
    sb.append("\n").append(ComparisonReport.CPU_NOTE).append("\n");
    ComparisonReport.appendChecks(sb, runs);
    ComparisonReport.appendNotes(sb, runs, result.warnings());
    return sb.toString();
  }
}
