package wsarena.ui.chart;

import wsarena.report.chart.TimeFigures;

/**
 * An idle run's memory over time: what each open connection adds to the target's resident memory
 * (against its level before the first one), and that memory itself. The result's figure is read
 * once the memory settled; this one is as it stands in each interval.
 */
public final class HeldMemoryCard extends TimeSeriesCard {
  public HeldMemoryCard() {
    super("memory-per-connection", TimeFigures.heldMemory());
  }
}
