package wsarena.ui.chart;

import wsarena.metrics.Sample;
import wsarena.text.Units;

/**
 * A storm's rate over time: handshakes completed per second, and the attempts that failed per
 * second, those the client itself ran short for (ports, files) dashed apart. Its latency card
 * shows the handshakes' latency.
 */
public final class HandshakesCard extends TimeSeriesCard {
  public HandshakesCard(TimeWindow window, PhaseBands phases) {
    super("Handshakes", "handshakes", window, phases);
    TimeChart rate = chart(Axes.value(Units::compact), 2, 5);
    line(rate, "handshakes", "-wsa-blue", false, Sample::handshakesPerSecond, Units::perSecond);
    TimeChart failures = chart(Axes.value(Units::compact), 1, 3);
    line(failures, "failed", "-wsa-red", false, s -> perSecond(s, s.connectFailures().total()), Units::perSecond);
    line(
        failures,
        "out of ports or files",
        "-wsa-amber",
        true,
        s -> perSecond(s, s.connectFailures().outOfPorts() + s.connectFailures().outOfFiles()),
        Units::perSecond);
  }

  private static double perSecond(Sample s, long count) {
    return s.intervalMillis() <= 0 ? 0 : count * 1000.0 / s.intervalMillis();
  }
}
