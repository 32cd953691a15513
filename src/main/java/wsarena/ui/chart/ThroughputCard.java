package wsarena.ui.chart;

import wsarena.metrics.Sample;
import wsarena.text.Units;

/** Messages per second sent and received, and payload megabytes per second, over time. */
public final class ThroughputCard extends TimeSeriesCard {
  public ThroughputCard(TimeWindow window, PhaseBands phases) {
    super("Throughput", "throughput", window, phases);
    TimeChart rate = chart(Axes.value(Units::compact), 2, 5);
    line(rate, "received", "-wsa-blue", false, Sample::receivedPerSecond, Units::perSecond);
    line(rate, "sent", "-wsa-orange", true, Sample::sentPerSecond, Units::perSecond);
    TimeChart bytes = chart(Axes.value(v -> Units.numberField(Math.round(v * 100) / 100.0) + " MB/s"), 1, 3);
    line(bytes, "MB/s in", "-wsa-teal", false, Sample::receivedMegabytesPerSecond, Units::megabytesPerSecond);
    line(bytes, "MB/s out", "-wsa-pink", true, Sample::sentMegabytesPerSecond, Units::megabytesPerSecond);
  }
}
