package wsarena.ui.chart;

import wsarena.report.chart.TimeFigures;

/** Messages per second sent and received, and payload megabytes per second, over time. */
public final class ThroughputCard extends TimeSeriesCard {
  public ThroughputCard() {
    super("throughput", TimeFigures.throughput());
  }
}
