package wsarena.ui.chart;

import wsarena.report.chart.TimeFigures;

/**
 * CPU of the load generator and of the target (percent of the whole machine), memory (the
 * generator's heap and resident memory, the target's resident memory when it has its own
 * process), and context switches per second of the generator's and the target's threads: a
 * worker pool's hand-off per message shows here.
 */
public final class ResourcesCard extends TimeSeriesCard {
  public ResourcesCard() {
    super("cpu-memory", TimeFigures.resources());
  }
}
