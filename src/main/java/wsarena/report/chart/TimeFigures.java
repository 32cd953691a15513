package wsarena.report.chart;

import java.util.List;
import java.util.function.IntSupplier;
import wsarena.metrics.Percentile;
import wsarena.metrics.Sample;
import wsarena.text.Units;

/**
 * The figures over a run's time, each defined here once: the window's cards, their exports, {@code
 * wsarena chart} and the report make theirs from these. Percentiles come from the sample's
 * latency, in the order of {@link Percentile} and the colours of {@link Hue#of(Percentile)}.
 */
public final class TimeFigures {
  private static final double KIB = 1024;
  private static final double MIB = 1024 * 1024;

  private TimeFigures() {}

  /** The interval's latency percentiles: of the messages, the handshakes (a storm) or the pings (idle). */
  public static TimeFigure latency(String title) {
    List<TimeFigure.Line> lines = new java.util.ArrayList<>();
    for (Percentile p : Percentile.values()) {
      lines.add(TimeFigure.Line.of(p.label(), Hue.of(p), false, s -> p.micros(s.latency()), Units::latency));
    }
    // an interval in which messages waited and none was answered has no percentile: how long
    // its oldest message had waited stands in for them, never a latency of 0
    lines.add(new TimeFigure.Line("no answer", Hue.RED, true, s -> s.unanswered() ? s.fates().oldestWaitingMicros() : 0, Units::latency, true));
    return new TimeFigure(title, List.of(new TimeFigure.Panel("latency, ms", Ticks::latency, 1, true, false, lines)));
  }

  /** Messages per second received and sent; payload megabytes per second below. */
  public static TimeFigure throughput() {
    return new TimeFigure(ChartTitles.THROUGHPUT, List.of(
        new TimeFigure.Panel("messages per second", Units::compact, 2, false, false, List.of(
            TimeFigure.Line.of("received", Hue.BLUE, false, Sample::receivedPerSecond, Units::perSecond),
            TimeFigure.Line.of("sent", Hue.ORANGE, true, Sample::sentPerSecond, Units::perSecond))),
        new TimeFigure.Panel("MB/s", v -> Units.numberField(Math.round(v * 100) / 100.0) + " MB/s", 1, false, true, List.of(
            TimeFigure.Line.of("MB/s in", Hue.TEAL, false, Sample::receivedMegabytesPerSecond, Units::megabytesPerSecond),
            TimeFigure.Line.of("MB/s out", Hue.MAGENTA, true, Sample::sentMegabytesPerSecond, Units::megabytesPerSecond)))));
  }

  /** Connections open, connecting and failed, against {@code requested} (negative: none asked, a storm). */
  public static TimeFigure connections(IntSupplier requested) {
    return new TimeFigure("Connections", List.of(new TimeFigure.Panel("connections", Units::compact, 1, false, false, List.of(
        TimeFigure.Line.of("open", Hue.GREEN, false, s -> s.connections().open(), Units::whole),
        TimeFigure.Line.of("connecting", Hue.GOLD, false, s -> s.connections().connecting(), Units::whole),
        TimeFigure.Line.of("failed", Hue.RED, false, s -> s.connections().failed(), Units::whole),
        TimeFigure.Line.of("asked for", Hue.GREY, true, s -> requested.getAsInt(), Units::whole)))));
  }

  /** CPU of generator and target, memory, and context switches per second (which give way on a short card). */
  public static TimeFigure resources() {
    return new TimeFigure("CPU & memory", List.of(
        new TimeFigure.Panel("CPU, % of the machine", v -> Units.numberField(v) + " %", 1, false, false, List.of(
            TimeFigure.Line.of("CPU client", Hue.BLUE, false, s -> s.resources().clientCpuPercent(), Units::percent),
            TimeFigure.Line.of("CPU target", Hue.ORANGE, false, s -> s.resources().targetCpuPercent(), Units::percent))),
        new TimeFigure.Panel("memory", v -> Units.bytes(v * MIB), 1, false, false, List.of(
            TimeFigure.Line.of("heap", Hue.PURPLE, false, s -> mib(s.resources().clientHeapBytes()), v -> Units.bytes(v * MIB)),
            TimeFigure.Line.of("RSS client", Hue.TEAL, false, s -> mib(s.resources().clientRssBytes()), v -> Units.bytes(v * MIB)),
            TimeFigure.Line.of("RSS target", Hue.RED, false, s -> mib(s.resources().targetRssBytes()), v -> Units.bytes(v * MIB)))),
        new TimeFigure.Panel("context switches per second", Units::compact, 1, false, true, List.of(
            TimeFigure.Line.of("switches client", Hue.BLUE, true, s -> s.contextSwitches().clientPerSecond(), Units::perSecond),
            TimeFigure.Line.of("switches target", Hue.ORANGE, true, s -> s.contextSwitches().targetPerSecond(), Units::perSecond)))));
  }

  /** A storm's handshakes per second, and its failed attempts (those the client ran short for dashed). */
  public static TimeFigure handshakes() {
    return new TimeFigure("Handshakes", List.of(
        new TimeFigure.Panel("handshakes per second", Units::compact, 2, false, false, List.of(
            TimeFigure.Line.of("handshakes", Hue.BLUE, false, Sample::handshakesPerSecond, Units::perSecond))),
        new TimeFigure.Panel("failed per second", Units::compact, 1, false, true, List.of(
            TimeFigure.Line.of("failed", Hue.RED, false, s -> perSecond(s, s.connectFailures().total()), Units::perSecond),
            TimeFigure.Line.of("out of ports or files", Hue.GOLD, true,
                s -> perSecond(s, s.connectFailures().outOfPorts() + s.connectFailures().outOfFiles()), Units::perSecond)))));
  }

  /** An idle run's memory per open connection, and the target's resident memory. */
  public static TimeFigure heldMemory() {
    return new TimeFigure("Memory per connection", List.of(
        new TimeFigure.Panel("per connection", v -> Units.bytes(v * KIB), 2, false, false, List.of(
            TimeFigure.Line.of("per connection", Hue.PURPLE, false, s -> kib(s.perConnection().targetMemoryBytes()), v -> Units.bytes(v * KIB)))),
        new TimeFigure.Panel("RSS target", v -> Units.bytes(v * MIB), 1, false, true, List.of(
            TimeFigure.Line.of("RSS target", Hue.RED, false, s -> mib(s.resources().targetRssBytes()), v -> Units.bytes(v * MIB))))));
  }

  private static double perSecond(Sample s, long count) {
    return s.intervalMillis() <= 0 ? 0 : count * 1000.0 / s.intervalMillis();
  }

  private static double kib(long bytes) {
    return bytes < 0 ? -1 : bytes / KIB;
  }

  private static double mib(long bytes) {
    return bytes < 0 ? -1 : bytes / MIB;
  }
}
