package wsarena.ui.chart;

import wsarena.text.Units;

/**
 * An idle run's memory over time: what each open connection adds to the target's resident memory
 * (against its level before the first one), and that memory itself. The result's figure is read
 * once the memory settled; this one is as it stands in each interval.
 */
public final class HeldMemoryCard extends TimeSeriesCard {
  private static final double KIB = 1024;
  private static final double MIB = 1024 * 1024;

  public HeldMemoryCard(TimeWindow window, PhaseBands phases) {
    super("Memory per connection", "memory-per-connection", window, phases);
    TimeChart perConnection = chart(Axes.value(v -> Units.bytes(v * KIB)), 2, 5);
    line(
        perConnection,
        "per connection",
        "-wsa-purple",
        false,
        s -> kib(s.perConnection().targetMemoryBytes()),
        v -> Units.bytes(v * KIB));
    TimeChart rss = chart(Axes.value(v -> Units.bytes(v * MIB)), 1, 3);
    line(rss, "RSS target", "-wsa-red", false, s -> mib(s.resources().targetRssBytes()), v -> Units.bytes(v * MIB));
  }

  private static double kib(long bytes) {
    return bytes < 0 ? -1 : bytes / KIB;
  }

  private static double mib(long bytes) {
    return bytes < 0 ? -1 : bytes / MIB;
  }
}
