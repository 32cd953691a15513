package wsarena.report;

import wsarena.text.Units;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalDouble;
import java.util.function.DoubleFunction;
import java.util.function.Function;
import wsarena.metrics.TargetCost;
import wsarena.metrics.LatencySummary;
import wsarena.metrics.Percentile;
import wsarena.metrics.RunResult;
import wsarena.metrics.Totals;
import wsarena.scenario.Workload;

/**
 * The figures runs are compared by, in one list: the Compare view's bars and table, the
 * shootout's tables and reports and {@code wsarena chart}'s bar charts all read it, so a figure is
 * named, read, written and judged one way everywhere.
 *
 * <p>To add one: a constant with its file name, table heading, chart title, axis unit, {@link
 * Kind} (how its values are written), which way is better, and how it is read from a {@link RunResult} (empty
 * where it does not apply: a latency of a run that answered nothing, a CPU share the OS did not
 * give, a figure of another workload: handshakes per second are a storm's, memory per connection an
 * idle run's, the per-message figures echo's and broadcast's). Every view picks it up.
 */
public enum Metric {
  THROUGHPUT("msgs-per-second", "msgs/s", "Throughput", "msgs/s", Kind.RATE, Better.HIGHER,
      r -> messages(r) ? positive(totals(r).messages().receivedPerSecond()) : OptionalDouble.empty()),
  HANDSHAKES_PER_SECOND("handshakes-per-second", "handshakes/s", "Handshakes per second", "handshakes/s", Kind.RATE, Better.HIGHER,
      r -> workload(r) == Workload.STORM ? positive(totals(r).handshakes().perSecond()) : OptionalDouble.empty()),
  P50(Percentile.P50),
  P99(Percentile.P99),
  P999(Percentile.P999),
  CLIENT_CPU_PER_MESSAGE("client-cpu-per-message", "client µs/msg", "Client CPU per message", "µs", Kind.CPU_TIME, Better.LOWER,
      r -> messages(r) ? known(totals(r).cpu().clientMicrosPerMessage()) : OptionalDouble.empty()),
  TARGET_CPU_PER_MESSAGE("target-cpu-per-message", "target µs/msg", "Target CPU per message", "µs", Kind.CPU_TIME, Better.LOWER,
      r -> messages(r) ? known(TargetCost.cpuMicrosPerMessage(r)) : OptionalDouble.empty()),
  TARGET_SWITCHES_PER_MESSAGE("target-context-switches-per-message", "target cs/msg", "Target context switches per message",
      "", Kind.SWITCHES, Better.LOWER,
      r -> messages(r) ? known(totals(r).contextSwitches().targetPerMessage()) : OptionalDouble.empty()),
  TARGET_VOLUNTARY_SWITCHES_PER_MESSAGE("target-voluntary-context-switches-per-message", "target vol. cs/msg",
      "Target voluntary context switches per message", "", Kind.SWITCHES, Better.LOWER,
      r -> messages(r) ? known(totals(r).contextSwitches().targetVoluntaryPerMessage()) : OptionalDouble.empty()),
  TARGET_INVOLUNTARY_SWITCHES_PER_MESSAGE("target-involuntary-context-switches-per-message", "target invol. cs/msg",
      "Target involuntary context switches per message", "", Kind.SWITCHES, Better.LOWER,
      r -> messages(r) ? known(totals(r).contextSwitches().targetInvoluntaryPerMessage()) : OptionalDouble.empty()),
  CLIENT_SWITCHES_PER_MESSAGE("client-context-switches-per-message", "client cs/msg", "Client context switches per message",
      "", Kind.SWITCHES, Better.LOWER,
      r -> messages(r) ? known(totals(r).contextSwitches().clientPerMessage()) : OptionalDouble.empty()),
  FAIRNESS("fairness", "fairness", "Fairness per connection (Jain's index)", "", Kind.RATIO, Better.HIGHER,
      r -> messages(r) && totals(r).fairness().known() ? OptionalDouble.of(totals(r).fairness().jainIndex()) : OptionalDouble.empty()),
  MEMORY_PER_CONNECTION("memory-per-connection", "KiB/conn", "Memory per idle connection", "KiB", Kind.SMALL_BYTES, Better.LOWER,
      r -> workload(r) == Workload.IDLE ? known(totals(r).memory().perConnectionBytes()) : OptionalDouble.empty()),
  CONNECTIONS_HELD("connections-held", "held", "Idle connections held", "connections", Kind.COUNT, Better.HIGHER,
      r -> workload(r) == Workload.IDLE ? positive(totals(r).connections().peak()) : OptionalDouble.empty()),
  TARGET_RSS("target-rss", "target RSS", "Target memory (peak RSS)", "MiB", Kind.BYTES, Better.LOWER,
      r -> positive(totals(r).memory().targetRssPeakBytes()));

  /** Which way a figure is better. */
  public enum Better {
    HIGHER("higher is better"),
    LOWER("lower is better");

    private final String words;

    Better(String words) {
      this.words = words;
    }

    public String words() {
      return words;
    }
  }

  /**
   * How a kind of figure is written: in a table cell (the column's unit, named in its heading), on
   * its own (a bar's label: the unit that keeps it short, named), and scaled for a chart's axis.
   */
  public enum Kind {
    /** Per second, e.g. messages: {@code 81,234} in a cell, {@code 81.2k/s} alone. */
    RATE(Units::whole, Units::perSecond, 1),
    /** Microseconds of latency: {@code 2.34} (ms) in a cell, {@code 2.34 ms} alone, milliseconds on an axis. */
    LATENCY(v -> Units.millis(Math.round(v)), Units::latency, 1e-3),
    /** Microseconds of CPU time: {@code 16.1} in a cell, {@code 16.1 µs} alone. */
    CPU_TIME(Units::microsPerMessage, Units::micros, 1),
    /** Bytes: {@code 399 MiB} in a cell, {@code 399 MiB} alone, MiB on an axis. */
    BYTES(v -> Units.mebibytes(Math.round(v)), Units::bytes, 1.0 / (1 << 20)),
    /** Bytes of one connection: {@code 12.3} (KiB) in a cell, {@code 12 KiB} alone, KiB on an axis. */
    SMALL_BYTES(v -> Units.kibibytes(Math.round(v)), Units::bytes, 1.0 / 1024),
    /** Context switches per message: {@code 0.031} in a cell, {@code 0.031 /msg} alone. */
    SWITCHES(Units::switchesPerMessage, v -> Units.switchesPerMessage(v) + " /msg", 1),
    /** A ratio between 0 and 1, e.g. Jain's fairness index: {@code 0.93} in a cell and alone. */
    RATIO(v -> String.format(java.util.Locale.ROOT, "%.2f", v), v -> String.format(java.util.Locale.ROOT, "%.2f", v), 1),
    /** A count: {@code 5,000} in a cell and alone. */
    COUNT(Units::whole, Units::whole, 1);

    private final DoubleFunction<String> cell;
    private final DoubleFunction<String> alone;
    private final double axisScale;

    Kind(DoubleFunction<String> cell, DoubleFunction<String> alone, double axisScale) {
      this.cell = cell;
      this.alone = alone;
      this.axisScale = axisScale;
    }
  }

  private final String id;
  private final String column;
  private final String title;
  private final String unit;
  private final Kind kind;
  private final Better better;
  private final Function<RunResult, OptionalDouble> reader;

  Metric(
      String id, String column, String title, String unit, Kind kind, Better better, Function<RunResult, OptionalDouble> reader) {
    this.id = id;
    this.column = column;
    this.title = title;
    this.unit = unit;
    this.kind = kind;
    this.better = better;
    this.reader = reader;
  }

  /** A latency percentile of the whole run, named as {@link Percentile} names it: {@code p99}, {@code p99 ms}. */
  Metric(Percentile p) {
    this(p.label(), p.label() + " ms", "Latency " + p.label(), "ms", Kind.LATENCY, Better.LOWER, r -> latency(r, p));
  }

  /** Every metric, in the order tables and charts show them. */
  public static List<Metric> all() {
    return Arrays.asList(values());
  }

  /** The metrics that apply to at least one of {@code runs}. */
  public static List<Metric> applying(List<RunResult> runs) {
    return all().stream().filter(m -> runs.stream().anyMatch(m::applies)).toList();
  }

  /** Its part of file names, e.g. {@code msgs-per-second}. */
  public String id() {
    return id;
  }

  /** Its heading in a table, with the unit of its cells: {@code p99 ms}. */
  public String column() {
    return column;
  }

  /** What a chart of it shows: {@code Latency p99}. */
  public String title() {
    return title;
  }

  /** The unit on a chart's axis: {@code ms}; empty for a count per message, which the title names. */
  public String unit() {
    return unit;
  }

  public Better better() {
    return better;
  }

  public Kind kind() {
    return kind;
  }

  /** Its value in {@code run}, in its base unit (µs, bytes, per second); empty where it does not apply. */
  public OptionalDouble value(RunResult run) {
    if (run == null) {
      return OptionalDouble.empty();
    }
    return reader.apply(run);
  }

  public boolean applies(RunResult run) {
    return value(run).isPresent();
  }

  /** A value written for a table cell under {@link #column()}. */
  public String cell(double value) {
    return kind.cell.apply(value);
  }

  /** A value written on its own, with its unit: {@code 2.34 ms}. */
  public String alone(double value) {
    return kind.alone.apply(value);
  }

  /** A value in the unit of a chart's axis (ms for latency, MiB for memory). */
  public double onAxis(double value) {
    return value * kind.axisScale;
  }

  /** The axis label: {@code Latency p99, ms (lower is better)}. */
  public String axisLabel() {
    return title + (unit.isEmpty() ? "" : ", " + unit) + " (" + better.words() + ")";
  }

  /** True when {@code a} is better than {@code b}. */
  public boolean isBetter(double a, double b) {
    return better == Better.HIGHER ? a > b : a < b;
  }

  private static Totals totals(RunResult r) {
    return r.totals();
  }

  /** The run's workload (echo for a run saved before workloads were recorded: its reader says so). */
  private static Workload workload(RunResult r) {
    return r.scenario().workload();
  }

  /**
   * True for the workloads that exchange messages (echo, broadcast): a storm's or an idle run's
   * few pings per second are no throughput, and a cost per message means nothing there.
   */
  private static boolean messages(RunResult r) {
    Workload w = workload(r);
    return w == Workload.ECHO || w == Workload.BROADCAST;
  }

  private static OptionalDouble latency(RunResult r, Percentile percentile) {
    LatencySummary l = r.totals().latency();
    return l.count() == 0 ? OptionalDouble.empty() : OptionalDouble.of(percentile.micros(l));
  }

  /** A figure that was measured: not negative (the sign of "not known"), not NaN. */
  private static OptionalDouble known(double v) {
    return v >= 0 && Double.isFinite(v) ? OptionalDouble.of(v) : OptionalDouble.empty();
  }

  /** A figure that is meaningless at zero: no message answered, no memory read. */
  private static OptionalDouble positive(double v) {
    return v > 0 && Double.isFinite(v) ? OptionalDouble.of(v) : OptionalDouble.empty();
  }
}
