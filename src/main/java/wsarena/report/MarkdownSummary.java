package wsarena.report;

import wsarena.text.Units;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import wsarena.metrics.TargetCost;
import wsarena.metrics.LatencySummary;
import wsarena.metrics.RunResult;
import wsarena.metrics.Totals;
import wsarena.probe.FeatureTable;
import wsarena.scenario.ConnectionLoad;
import wsarena.scenario.LoadProfile;
import wsarena.scenario.Rate;
import wsarena.scenario.Scenario;
import wsarena.scenario.SweepPlan;
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
    if (t.fates().intended() > 0) {
      sb.append("\nMessages: ").append(fates(t)).append(".\n");
    }
    if (t.corrected() != null) {
      sb.append("\n").append(correctedView(t)).append(".\n");
    }
    if (r.scenario().workload() == Workload.IDLE) {
      sb.append("\n").append(ConnectionTables.memorySentence(r)).append(".\n");
    } else if (r.scenario().workload() == Workload.STORM) {
      sb.append("\nGenerator: ").append(Units.plural(r.clientThreads(), "thread")).append(", CPU per handshake ")
          .append(Units.micros(t.handshakes().clientCpuMicrosEach()))
          .append("; ").append(ConnectionTables.sourcesSentence(t.connections().sources()))
          .append(t.connections().failuresByCause().total() > 0 ? "; failed attempts: " + t.connections().failuresByCause().describe() : "")
          .append(".\n");
    } else {
      sb.append("\nGenerator: ").append(Units.plural(r.clientThreads(), "thread")).append(", CPU per message ")
          .append(Units.micros(t.cpu().clientMicrosPerMessage()))
          .append(", context switches per message ").append(Units.switchesPerMessage(t.contextSwitches().clientPerMessage()))
          .append(sendLag(t).map(lag -> ", " + lag).orElse(""))
          .append(". Target: CPU per message ").append(Units.micros(TargetCost.cpuMicrosPerMessage(r)))
          .append(", context switches per message ").append(Units.switchesPerMessage(t.contextSwitches().targetPerMessage()))
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
    sb.append("\n").append(Machines.hardwareBlock(r));
    return sb.toString();
  }

  /**
   * What became of every measured message, as a sum that adds up: {@code 120,000 intended =
   * 119,400 answered + 600 timed out + 0 not sent} (and {@code + 12 in flight at stop} for a run
   * the user stopped).
   */
  public static String fates(Totals t) {
    return Units.whole(t.fates().intended()) + " intended = " + Units.whole(t.fates().answered()) + " answered + "
        + Units.whole(t.fates().timedOut()) + " timed out + " + Units.whole(t.fates().notSent()) + " not sent"
        + (t.fates().inFlightAtStop() > 0 ? " + " + Units.whole(t.fates().inFlightAtStop()) + " in flight at stop" : "");
  }

  /**
   * The closed loop's corrected view, said for what it is: an estimate from an expected interval,
   * e.g. {@code Estimated for coordinated omission (as if each connection had kept sending every
   * 1.20 ms, its think time plus the median round trip): p99 4.10 ms · p99.9 9.80 ms · max 12.0 ms}.
   */
  public static String correctedView(Totals t) {
    LatencySummary c = t.corrected().latency();
    return "Estimated for coordinated omission (as if each connection had kept sending every "
        + Units.latency(t.corrected().intervalMicros()) + ", its think time plus the median round trip): p99 "
        + Units.latency(c.p99Micros()) + " · p99.9 " + Units.latency(c.p999Micros()) + " · max " + Units.latency(c.maxMicros());
  }

  /** How late the generator took up its open-loop messages, e.g. {@code send lag p99 0.12 ms}; empty when not measured. */
  public static java.util.Optional<String> sendLag(Totals t) {
    if (t.sendLag().count() == 0) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of("send lag p99 " + Units.latency(t.sendLag().p99Micros()) + " · max " + Units.latency(t.sendLag().maxMicros()));
  }

  /**
   * The scenario in one line: workload, connections, rate, payload, duration, e.g. {@code echo ·
   * 100 connections · closed loop · 64 B text · 10.0 s measured after 2.0 s warm-up}. The window's
   * header, the titles of its pictures and of the PNG charts, and every report read it; parts a
   * half-filled form has not given yet are left out.
   */
  public static String describe(Scenario s) {
    return describe(s, null);
  }

  /**
   * A sweep's scenario in one line: as {@link #describe(Scenario)}, with what its steps vary said
   * instead of one step's figure, e.g. {@code echo · 100 connections · open loop, the rate rising
   * step by step · 64 B text · ...}.
   */
  public static String describe(Scenario s, SweepPlan.Steps steps) {
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
    switch (steps) {
      case null -> {
        parts.add(Units.plural(load.connections(), "connection"));
        switch (load.rate()) {
          case null -> {}
          case Rate.OpenLoop o -> parts.add("open loop at " + Units.whole(o.messagesPerSecond()) + " msgs/s");
          case Rate.ClosedLoop c when c.thinkTime() == null || c.thinkTime().isZero() -> parts.add("closed loop");
          case Rate.ClosedLoop c -> parts.add("closed loop, " + c.thinkTime().toMillis() + " ms think time");
        }
      }
      case SweepPlan.Steps.Rates r -> {
        parts.add(Units.plural(load.connections(), "connection"));
        parts.add("open loop, the rate rising step by step");
      }
      case SweepPlan.Steps.Connections c ->
          parts.add("open loop at " + Units.compact(c.ratePerConnection()) + " msgs/s per connection, the connections rising step by step");
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
    // named when not the defaults, so two runs under other limits are told apart
    if (load.timeout() != null && !load.timeout().equals(LoadProfile.DEFAULT_TIMEOUT)) {
      parts.add("timeout " + Units.seconds(load.timeout().toMillis()));
    }
    if (load.maxInFlight() != LoadProfile.DEFAULT_MAX_IN_FLIGHT) {
      parts.add("at most " + Units.whole(load.maxInFlight()) + " in flight");
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
