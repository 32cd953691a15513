package wsarena.report;

import wsarena.text.Units;
import java.util.List;
import wsarena.metrics.TargetCost;
import wsarena.metrics.RunResult;
import wsarena.metrics.SourcesUsed;
import wsarena.metrics.Totals;
import wsarena.scenario.Workload;

/**
 * The tables of the connection workloads, whose figures are not messages: a storm's handshakes
 * per second and handshake latency, with what the generator spent per handshake and how many
 * source addresses and ports it used; an idle run's memory per held connection and its pings'
 * round trips. {@link SummaryTable} and {@link ComparisonReport} hand
 * these runs to it.
 */
public final class ConnectionTables {
  public static final List<String> STORM_COLUMNS =
      LatencyColumns.headings(
          List.of("target", "handshakes/s"),
          List.of("failed", "client CPU", "target CPU", "client µs/hs", "target µs/hs", "sources"));

  public static final List<String> IDLE_COLUMNS =
      List.of(
          "target", "held", "KiB/conn", "heap KiB/conn", "ping p50 ms", "ping p99 ms", "ping max ms", "errors",
          "client CPU", "target CPU", "target RSS");

  private ConnectionTables() {}

  /** The columns for runs of {@code workload}; null for the message workloads. */
  static List<String> columns(Workload workload) {
    return switch (workload) {
      case STORM -> STORM_COLUMNS;
      case IDLE -> IDLE_COLUMNS;
      case ECHO, BROADCAST -> null;
    };
  }

  /** A run's row under {@link #columns}; null for the message workloads. */
  static List<String> row(RunResult r, String label) {
    Workload w = r.scenario().workload();
    if (w == Workload.STORM) {
      return stormRow(r, label);
    }
    return w == Workload.IDLE ? idleRow(r, label) : null;
  }

  private static List<String> idleRow(RunResult r, String label) {
    Totals t = r.totals();
    return List.of(
        label,
        t.connections().peak() + "/" + t.connections().requested(),
        Units.kibibytes(t.memory().perConnectionBytes()),
        Units.kibibytes(t.memory().heapPerConnectionBytes()),
        Units.millis(t.latency().p50Micros()),
        Units.millis(t.latency().p99Micros()),
        Units.millis(t.latency().maxMicros()),
        Units.whole(t.messages().errors()),
        Units.percent(t.cpu().clientPercent()),
        Units.percent(t.cpu().targetPercent()),
        Units.mebibytes(t.memory().targetRssPeakBytes()));
  }

  private static List<String> stormRow(RunResult r, String label) {
    Totals t = r.totals();
    var hs = t.handshakes().latency() == null ? t.latency() : t.handshakes().latency();
    return LatencyColumns.cells(
        List.of(label, Units.whole(t.handshakes().perSecond())),
        p -> p.micros(hs),
        List.of(
            Units.whole(t.connections().failuresByCause().total()),
            Units.percent(t.cpu().clientPercent()),
            Units.percent(t.cpu().targetPercent()),
            Units.microsPerMessage(t.handshakes().clientCpuMicrosEach()),
            Units.microsPerMessage(TargetCost.cpuMicrosPerHandshake(r)),
            sources(t.connections().sources())));
  }

  /** E.g. {@code 254 × 1,204}: addresses used, and distinct address:port pairs; n/a when the kernel chose. */
  public static String sources(SourcesUsed s) {
    return s == null ? Units.NOT_KNOWN : s.addresses() + " × " + Units.whole(s.ports());
  }

  /** What the storm's sources were, in words: {@code 254 source addresses, 60,123 address:port pairs}. */
  public static String sourcesSentence(SourcesUsed s) {
    return s == null
        ? "source addresses and ports chosen by the kernel"
        : Units.whole(s.addresses()) + (s.addresses() == 1 ? " source address" : " source addresses") + " of "
            + s.addressesOffered() + " offered, " + Units.plural(s.ports(), "address:port pair") + " used";
  }

  /**
   * An idle run's memory per connection in words, e.g. {@code Memory per held connection: 12.3 KiB
   * resident, 4.1 KiB of heap (5,000 connections)}, or why it is not known.
   */
  public static String memorySentence(RunResult r) {
    Totals t = r.totals();
    if (t.memory().perConnectionBytes() < 0) {
      return "Memory per held connection: not measured (it needs a target in its own process, or the server's process id)";
    }
    return "Memory per held connection: " + Units.kibibytes(t.memory().perConnectionBytes()) + " KiB resident"
        + (t.memory().heapPerConnectionBytes() < 0 ? "" : ", " + Units.kibibytes(t.memory().heapPerConnectionBytes()) + " KiB of heap")
        + " (" + Units.plural(t.connections().peak(), "connection") + " held, the target's memory read after it settled)";
  }
}
