package wsarena.report;

import java.util.List;
import java.util.Locale;
import wsarena.metrics.RunResult;
import wsarena.metrics.Totals;
import wsarena.scenario.Rate;
import wsarena.scenario.Scenario;

/** A run's summary in Markdown, for pasting into an article: scenario, figures, hardware. */
public final class MarkdownSummary {
  private MarkdownSummary() {}

  public static String of(RunResult r) {
    StringBuilder sb = new StringBuilder();
    sb.append("### ").append(r.target().description()).append("\n\n");
    sb.append(describe(r.scenario())).append("  \n");
    sb.append("Outcome: ").append(r.outcome().name().toLowerCase(Locale.ROOT));
    if (r.failure() != null) {
      sb.append(" (").append(r.failure()).append(")");
    }
    sb.append(", measured ").append(Units.seconds(r.totals().measuredMillis())).append(".\n\n");
    sb.append(SummaryTable.markdown(SummaryTable.COLUMNS, List.of(SummaryTable.row(r))));
    Totals t = r.totals();
    if (t.correctedLatency() != null) {
      sb.append("\nCorrected for coordinated omission (closed loop): p99 ")
          .append(Units.millis(t.correctedLatency().p99Micros()))
          .append(" ms, p99.9 ")
          .append(Units.millis(t.correctedLatency().p999Micros()))
          .append(" ms.\n");
    }
    sb.append("\nGenerator: ").append(Units.plural(r.clientThreads(), "thread")).append(", CPU per message ")
        .append(Units.micros(t.clientCpuMicrosPerMessage()))
        .append(".\n");
    if (!r.warnings().isEmpty()) {
      sb.append("\nWarnings:\n");
      r.warnings().forEach(w -> sb.append("- ").append(w).append("\n"));
    }
    sb.append("\n").append(Machines.hardwareBlock(r.host()));
    return sb.toString();
  }

  /** The scenario in one line: workload, connections, rate, payload, duration. */
  public static String describe(Scenario s) {
    String rate =
        switch (s.load().rate()) {
          case Rate.OpenLoop o -> "open loop at " + Units.whole(o.messagesPerSecond()) + " msgs/s";
          case Rate.ClosedLoop c ->
              c.thinkTime().isZero() ? "closed loop" : "closed loop, " + c.thinkTime().toMillis() + " ms think time";
        };
    return "%s · %s · %s · %d B %s · %s measured after %s warm-up%s%s"
        .formatted(
            s.workload().cliName(),
            Units.plural(s.load().connections(), "connection"),
            rate,
            s.load().payload().sizeBytes(),
            s.load().payload().kind().name().toLowerCase(Locale.ROOT),
            Units.seconds(s.load().duration().toMillis()),
            Units.seconds(s.load().warmup().toMillis()),
            s.load().compression() ? " · permessage-deflate" : "",
            s.load().rampPerSecond() > 0 ? " · ramp " + Units.whole(s.load().rampPerSecond()) + " conn/s" : "");
  }
}
