package wsarena.report;

import java.util.List;
import wsarena.metrics.RunResult;
import wsarena.metrics.SourcesUsed;
import wsarena.metrics.Totals;
import wsarena.scenario.Workload;

/**
 * The tables of the connection workloads, whose figures are not messages: a storm's handshakes
 * per second and handshake latency, with what the generator spent per handshake and how many
 * source addresses and ports it used. {@link SummaryTable} and {@link ComparisonReport} hand a
 * storm's runs to it.
 */
public final class ConnectionTables {
  public static final List<String> STORM_COLUMNS =
      List.of(
          "target", "handshakes/s", "p50 ms", "p90 ms", "p99 ms", "p99.9 ms", "max ms", "failed", "client CPU",
          "target CPU", "client µs/hs", "target µs/hs", "sources");

  private ConnectionTables() {}

  /** The columns for runs of {@code workload}; null for the message workloads. */
  static List<String> columns(Workload workload) {
    return workload == Workload.STORM ? STORM_COLUMNS : null;
  }

  /** A run's row under {@link #columns}; null for the message workloads. */
  static List<String> row(RunResult r, String label) {
    if (r.scenario() == null || r.scenario().workload() != Workload.STORM) {
      return null;
    }
    Totals t = r.totals();
    var hs = t.handshakeLatency() == null ? t.latency() : t.handshakeLatency();
    return List.of(
        label,
        Units.whole(t.handshakesPerSecond()),
        Units.millis(hs.p50Micros()),
        Units.millis(hs.p90Micros()),
        Units.millis(hs.p99Micros()),
        Units.millis(hs.p999Micros()),
        Units.millis(hs.maxMicros()),
        Units.whole(t.connectFailures().total()),
        Units.percent(t.clientCpuPercent()),
        Units.percent(t.targetCpuPercent()),
        Units.microsPerMessage(t.clientCpuMicrosPerHandshake()),
        Units.microsPerMessage(targetCpuMicrosPerHandshake(r)),
        sources(t.sources()));
  }

  /**
   * The target's CPU time per handshake, in µs, from its share of the whole machine (as {@link
   * ComparisonReport#targetCpuMicrosPerMessage} does per message); -1 when not known.
   */
  public static double targetCpuMicrosPerHandshake(RunResult r) {
    Totals t = r.totals();
    if (t == null || t.targetCpuPercent() < 0 || t.handshakesPerSecond() <= 0 || r.host() == null) {
      return -1;
    }
    return t.targetCpuPercent() / 100 * r.host().logicalThreads() * 1e6 / t.handshakesPerSecond();
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
}
