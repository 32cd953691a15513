package wsarena.ui.chart;

import wsarena.metrics.Sample;
import wsarena.report.Units;
import wsarena.scenario.Scenario;

/**
 * Connections open, in their handshake, and failed, over time, against the number asked for: the
 * live count users of other tools ask for (k6 #885).
 */
public final class ConnectionsCard extends TimeSeriesCard {
  private int requested = -1;

  public ConnectionsCard(TimeWindow window, PhaseBands phases) {
    super("Connections", "connections", window, phases);
    TimeChart chart = chart(Axes.value(Units::compact), 1, 5);
    line(chart, "open", "-wsa-green", false, s -> s.connections().open(), Units::whole);
    line(chart, "connecting", "-wsa-amber", false, s -> s.connections().connecting(), Units::whole);
    line(chart, "failed", "-wsa-red", false, s -> s.connections().failed(), Units::whole);
    line(chart, "asked for", "-wsa-neutral", true, s -> requested, Units::whole);
  }

  @Override
  public void reset(Scenario scenario) {
    requested = scenario.load() == null ? -1 : scenario.load().connections();
    super.reset(scenario);
  }
}
