package wsarena.ui.chart;

import wsarena.metrics.Sample;
import wsarena.text.Units;
import wsarena.scenario.Scenario;
import wsarena.scenario.Workload;

/**
 * Connections open, in their handshake, and failed, over time, against the number asked for: the
 * live count users of other tools ask for (k6 #885).
 */
public final class ConnectionsCard extends TimeSeriesCard {
  private int requested = -1;
  private final LiveSeries asked;

  public ConnectionsCard(TimeWindow window, PhaseBands phases) {
    super("Connections", "connections", window, phases);
    TimeChart chart = chart(Axes.value(Units::compact), 1, 5);
    line(chart, "open", "-wsa-green", false, s -> s.connections().open(), Units::whole);
    line(chart, "connecting", "-wsa-amber", false, s -> s.connections().connecting(), Units::whole);
    line(chart, "failed", "-wsa-red", false, s -> s.connections().failed(), Units::whole);
    asked = line(chart, "asked for", "-wsa-neutral", true, s -> requested, Units::whole);
  }

  /** A storm asks for no number of connections: its open ones come and go, "connecting" are in flight. */
  @Override
  public void reset(Scenario scenario) {
    boolean storm = scenario.workload() == Workload.STORM;
    requested = scenario.load() == null || storm ? -1 : scenario.load().connections();
    asked.legend().setVisible(!storm);
    asked.legend().setManaged(!storm);
    super.reset(scenario);
  }
}
