package wsarena.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import wsarena.metrics.RunResult;
import wsarena.metrics.Totals;
import wsarena.probe.FeatureTable;
import wsarena.scenario.ConnectionLoad;
import wsarena.scenario.LoadProfile;
import wsarena.scenario.Rate;
import wsarena.scenario.Scenario;
import wsarena.scenario.Workload;

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
    sb.append(SummaryTable.markdown(SummaryTable.columns(r), List.of(SummaryTable.row(r))));
    Totals t = r.totals();
    if (t.correctedLatency() != null) {
      sb.append("\nCorrected for coordinated omission (closed loop): p99 ")
          .append(Units.millis(t.correctedLatency().p99Micros()))
          .append(" ms, p99.9 ")
          .append(Units.millis(t.correctedLatency().p999Micros()))
          .append(" ms.\n");
    }
    if (r.scenario().workload() == Workload.IDLE) {
      sb.append("\n").append(ConnectionTables.memorySentence(r)).append(".\n");
    } else if (r.scenario().workload() == Workload.STORM) {
      sb.append("\nGenerator: ").append(Units.plural(r.clientThreads(), "thread")).append(", CPU per handshake ")
          .append(Units.micros(t.clientCpuMicrosPerHandshake()))
          .append("; ").append(ConnectionTables.sourcesSentence(t.sources()))
          .append(t.connectFailures().total() > 0 ? "; failed attempts: " + t.connectFailures().describe() : "")
          .append(".\n");
    } else {
      sb.append("\nGenerator: ").append(Units.plural(r.clientThreads(), "thread")).append(", CPU per message ")
          .append(Units.micros(t.clientCpuMicrosPerMessage()))
          .append(", context switches per message ").append(Units.switchesPerMessage(t.clientContextSwitchesPerMessage()))
          .append(". Target: CPU per message ").append(Units.micros(ComparisonReport.targetCpuMicrosPerMessage(r)))
          .append(", context switches per message ").append(Units.switchesPerMessage(t.targetContextSwitchesPerMessage()))
          .append(".\n");
    }
    if (r.conformance() != null) {
      sb.append("\nConformance: ").append(ConformanceTable.oneLine(r.conformance())).append(" (")
          .append(ConformanceTable.context(r.conformance())).append(").\n");
    }
    if (r.features() != null) {
      sb.append("\nFeatures: ").append(FeatureTable.oneLine(r.features())).append(".\n");
    }
    if (!r.warnings().isEmpty()) {
      sb.append("\nWarnings:\n");
      r.warnings().forEach(w -> sb.append("- ").append(w).append("\n"));
    }
    sb.append("\n").append(Machines.hardwareBlock(r.host()));
    return sb.toString();
  }

  /**
   * The scenario in one line: workload, connections, rate, payload, duration, e.g. {@code echo ·
   * 100 connections · closed loop · 64 B text · 10.0 s measured after 2.0 s warm-up}. The window's
   * header, the titles of its pictures and of the PNG charts, and every report read it; parts a
   * half-filled form has not given yet are left out.
   */
  public static String describe(Scenario s) {
    LoadProfile load = s.load();
    if (load == null) {
      return s.workload() == null ? "" : s.workload().cliName();
    }
    if (s.workload() == Workload.STORM) {
      return describeStorm(load);
    }
    if (s.workload() == Workload.IDLE) {
      return describeIdle(load);
    }
    List<String> parts = new ArrayList<>();
    if (s.workload() != null) {
      parts.add(s.workload().cliName());
    }
    parts.add(Units.plural(load.connections(), "connection"));
    switch (load.rate()) {
      case null -> {}
      case Rate.OpenLoop o -> parts.add("open loop at " + Units.whole(o.messagesPerSecond()) + " msgs/s");
      case Rate.ClosedLoop c when c.thinkTime() == null || c.thinkTime().isZero() -> parts.add("closed loop");
      case Rate.ClosedLoop c -> parts.add("closed loop, " + c.thinkTime().toMillis() + " ms think time");
    }
    if (load.payload() != null) {
      parts.add(load.payload().sizeBytes() + " B " + load.payload().kind().name().toLowerCase(Locale.ROOT));
    }
    addDuration(load, parts);
    if (load.compression()) {
      parts.add("permessage-deflate");
    }
    if (load.rampPerSecond() > 0) {
      parts.add("ramp " + Units.whole(load.rampPerSecond()) + " conn/s");
    }
    return String.join(" · ", parts);
  }

  /** E.g. {@code storm · at most 100 handshakes in flight · 10.0 s measured after 2.0 s warm-up}. */
  private static String describeStorm(LoadProfile load) {
    ConnectionLoad c = load.connectionLoad();
    List<String> parts = new ArrayList<>();
    parts.add(Workload.STORM.cliName());
    if (load.rampPerSecond() > 0) {
      parts.add(Units.whole(load.rampPerSecond()) + " conn/s, at most " + Units.whole(c.handshakesInFlight()) + " in flight");
    } else {
      parts.add("at most " + Units.plural(c.handshakesInFlight(), "handshake") + " in flight");
    }
    if (c.hold() != null && c.hold().isPositive()) {
      parts.add("each held " + Units.seconds(c.hold().toMillis()));
    }
    addDuration(load, parts);
    if (c.sourcePorts() != null) {
      parts.add("source ports " + c.sourcePorts());
    }
    if (c.sourceAddresses() != ConnectionLoad.MAX_SOURCE_ADDRESSES) {
      parts.add(c.sourceAddresses() + (c.sourceAddresses() == 1 ? " source address" : " source addresses"));
    }
    if (load.compression()) {
      parts.add("permessage-deflate");
    }
    return String.join(" · ", parts);
  }

  /** E.g. {@code idle · 5,000 connections · a ping every 1.0 s · 10.0 s measured after 2.0 s warm-up}. */
  private static String describeIdle(LoadProfile load) {
    ConnectionLoad c = load.connectionLoad();
    List<String> parts = new ArrayList<>();
    parts.add(Workload.IDLE.cliName());
    parts.add(Units.plural(load.connections(), "connection"));
    if (c.pingInterval() != null) {
      parts.add("a ping every " + Units.seconds(c.pingInterval().toMillis()));
    }
    addDuration(load, parts);
    parts.add(
        load.rampPerSecond() > 0
            ? "ramp " + Units.whole(load.rampPerSecond()) + " conn/s"
            : "opened at most " + Units.whole(c.handshakesInFlight()) + " at a time");
    if (load.compression()) {
      parts.add("permessage-deflate");
    }
    return String.join(" · ", parts);
  }

  private static void addDuration(LoadProfile load, List<String> parts) {
    if (load.duration() != null) {
      parts.add(
          Units.seconds(load.duration().toMillis()) + " measured"
              + (load.warmup() == null ? "" : " after " + Units.seconds(load.warmup().toMillis()) + " warm-up"));
    }
  }
}
