package wsarena.ui.chart;

import wsarena.metrics.Sample;
import wsarena.text.Units;

/**
 * CPU of the load generator and of the target (percent of the whole machine), memory (the
 * generator's heap and resident memory, the target's resident memory when it has its own
 * process), and context switches per second of the generator's and the target's threads: a
 * worker pool's hand-off per message shows here.
 */
public final class ResourcesCard extends TimeSeriesCard {
  private static final double MIB = 1024 * 1024;

  public ResourcesCard(TimeWindow window, PhaseBands phases) {
    super("CPU & memory", "cpu-memory", window, phases);
    TimeChart cpu = chart(Axes.value(v -> Units.numberField(v) + " %"), 1, 3);
    line(cpu, "CPU client", "-wsa-blue", false, s -> s.resources().clientCpuPercent(), Units::percent);
    line(cpu, "CPU target", "-wsa-orange", false, s -> s.resources().targetCpuPercent(), Units::percent);
    TimeChart memory = chart(Axes.value(v -> Units.bytes(v * MIB)), 1, 3);
    line(memory, "heap", "-wsa-purple", false, s -> mib(s.resources().clientHeapBytes()), v -> Units.bytes(v * MIB));
    line(memory, "RSS client", "-wsa-teal", false, s -> mib(s.resources().clientRssBytes()), v -> Units.bytes(v * MIB));
    line(memory, "RSS target", "-wsa-red", false, s -> mib(s.resources().targetRssBytes()), v -> Units.bytes(v * MIB));
    TimeChart switches = optionalChart(Axes.value(Units::compact), 1, 3);
    line(switches, "switches client", "-wsa-blue", true, s -> s.contextSwitches().clientPerSecond(), Units::perSecond);
    line(switches, "switches target", "-wsa-orange", true, s -> s.contextSwitches().targetPerSecond(), Units::perSecond);
  }

  private static double mib(long bytes) {
    return bytes < 0 ? -1 : bytes / MIB;
  }
}
