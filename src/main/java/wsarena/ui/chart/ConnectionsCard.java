package wsarena.ui.chart;

import java.util.concurrent.atomic.AtomicInteger;
import wsarena.report.chart.TimeFigures;
import wsarena.scenario.Scenario;
import wsarena.scenario.Workload;

/**
 * Connections open, in their handshake, and failed, over time, against the number asked for: the
 * live count users of other tools ask for (k6 #885).
 */
public final class ConnectionsCard extends TimeSeriesCard {
  /** The connections the scenario asks for, which the figure's "asked for" line draws; -1 for none. */
  private final AtomicInteger requested;

  public ConnectionsCard() {
    this(new AtomicInteger(-1));
  }

  private ConnectionsCard(AtomicInteger requested) {
    super("connections", TimeFigures.connections(requested::get));
    this.requested = requested;
  }

  /** A storm asks for no number of connections: its open ones come and go, "connecting" are in flight. */
  @Override
  public void reset(Scenario scenario) {
    boolean storm = scenario.workload() == Workload.STORM;
    requested.set(scenario.load() == null || storm ? -1 : scenario.load().connections());
    LegendItem askedFor = legends().getLast();
    askedFor.setVisible(!storm);
    askedFor.setManaged(!storm);
    super.reset(scenario);
  }
}
