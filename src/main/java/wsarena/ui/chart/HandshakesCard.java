package wsarena.ui.chart;

import wsarena.report.chart.TimeFigures;

/**
 * A storm's rate over time: handshakes completed per second, and the attempts that failed per
 * second, those the client itself ran short for (ports, files) dashed apart. Its latency card
 * shows the handshakes' latency.
 */
public final class HandshakesCard extends TimeSeriesCard {
  public HandshakesCard() {
    super("handshakes", TimeFigures.handshakes());
  }
}
