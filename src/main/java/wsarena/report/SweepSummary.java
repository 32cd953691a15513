package wsarena.report;

import wsarena.text.Units;
import java.util.ArrayList;
import java.util.List;
import wsarena.metrics.SweepResult;
import wsarena.metrics.SweepStep;
import wsarena.scenario.SweepPlan;

/**
 * A sweep in words and tables, the same in the terminal, in Markdown and in the window: the knee
 * as a headline ("max sustainable rate at p99 ≤ 10 ms"), each step as a row, and several sweeps as
 * one table of knees.
 */
public final class SweepSummary {
  public static final List<String> STEP_COLUMNS =
      LatencyColumns.headings(
          List.of("step", "offered msgs/s", "achieved msgs/s", "connections"),
          List.of("timed out", "not sent", "client CPU", "target CPU", "verdict"));

  public static final List<String> KNEE_COLUMNS =
      List.of("target", "max sustainable msgs/s", "p99 there ms", "steps", "stopped");

  private SweepSummary() {}

  /**
   * The knee, e.g. {@code max sustainable rate at p99 ≤ 10.0 ms: 38,000 msgs/s}, or for connection
   * steps {@code ...: 1,000 connections at 10 msgs/s each (10,000 msgs/s)}.
   */
  public static String headline(SweepResult s) {
    String bound = "at p99 ≤ " + Units.latency(s.plan().bounds().p99().toNanos() / 1000);
    return s.knee()
        .map(k -> s.plan().steps() instanceof SweepPlan.Steps.Connections c
            ? "max sustainable load " + bound + ": " + Units.plural(k.connections(), "connection") + " at "
                + Units.compact(c.ratePerConnection()) + " msgs/s each (" + Units.whole(k.offeredRate()) + " msgs/s)"
            : "max sustainable rate " + bound + ": " + Units.whole(k.offeredRate()) + " msgs/s")
        .orElse("no sustainable rate " + bound + ": no step passed");
  }

  public static List<String> row(SweepStep s) {
    return LatencyColumns.cells(
        List.of(
            Integer.toString(s.index()), Units.whole(s.offeredRate()), Units.whole(s.achievedRate()), Units.whole(s.connections())),
        p -> p.micros(s),
        List.of(
            Units.whole(s.timedOut()),
            Units.whole(s.notSent()),
            Units.percent(s.clientCpuPercent()),
            Units.percent(s.targetCpuPercent()),
            verdict(s)));
  }

  /** {@code pass}, or {@code fail: } and the first reason. */
  public static String verdict(SweepStep s) {
    return s.passed() ? "pass" : "fail: " + s.reasons().getFirst();
  }

  public static List<List<String>> rows(SweepResult s) {
    return s.steps().stream().map(SweepSummary::row).toList();
  }

  /** One sweep's knee as a row of the table of knees. */
  public static List<String> kneeRow(SweepResult s) {
    return List.of(
        s.target().label(),
        s.maxSustainableRate() == null ? "none" : Units.whole(s.maxSustainableRate()),
        s.knee().map(k -> Units.millis(k.p99Micros())).orElse("-"),
        Integer.toString(s.steps().size()),
        stopped(s));
  }

  /** Why a sweep stopped, in a few words: {@code knee found}, {@code generator bound at 640k msgs/s}. */
  public static String stopped(SweepResult s) {
    String at = s.steps().isEmpty() ? "" : " at " + Units.compact(s.steps().getLast().offeredRate()) + " msgs/s";
    return switch (s.stopReason()) {
      case KNEE_FOUND -> "knee found";
      case GENERATOR_BOUND -> "generator bound" + at;
      case TARGET_FAILED -> "target failed" + at;
      case STOPPED -> "stopped by the user";
      case NO_STEP_PASSED -> "no step passed";
      case ALL_STEPS_PASSED -> "every step passed";
      case STEP_LIMIT -> "step limit reached";
    };
  }

  /** Each sweep's label and why it stopped, in full: the lines under a table of knees. */
  public static List<String> explanations(List<SweepResult> sweeps) {
    return sweeps.stream().map(s -> s.target().label() + ": " + s.stopExplanation()).toList();
  }

  /** The sweep as Markdown: headline, why it stopped, every step, the hardware. */
  public static String markdown(SweepResult s) {
    StringBuilder sb = new StringBuilder("# Sweep · ").append(s.target().label()).append("\n\n");
    sb.append(MarkdownSummary.describe(s.scenario())).append(".\n\n");
    sb.append("**").append(headline(s)).append("**: ").append(s.stopExplanation()).append(".\n\n");
    s.notes().forEach(n -> sb.append("- ").append(n).append("\n"));
    if (!s.notes().isEmpty()) {
      sb.append("\n");
    }
    sb.append(SummaryTable.markdown(STEP_COLUMNS, rows(s)));
    List<String> details = new ArrayList<>();
    for (SweepStep step : s.steps()) {
      details.add("- step " + step.index() + " (" + step.note() + "): " + (step.passed() ? "passed" : String.join("; ", step.reasons())));
    }
    sb.append("\n").append(String.join("\n", details)).append("\n");
    sb.append("\nEach step is a whole open-loop run (warm-up, then measured); latency from the intended send time. A step passes when its p99 ")
        .append("is within the bound, at most ").append(Units.share(s.plan().bounds().lostFraction()))
        .append(" of its messages timed out or were not sent, and its answers kept ")
        .append(Units.share(s.plan().bounds().achievedFraction())).append(" of the offered rate.\n");
    sb.append("\n").append(Machines.hardwareBlock(s.host()));
    return sb.toString();
  }
}
