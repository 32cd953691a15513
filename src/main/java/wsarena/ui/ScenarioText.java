package wsarena.ui;

import wsarena.report.MarkdownSummary;
import wsarena.scenario.Isolation;
import wsarena.scenario.LoadProfile;
import wsarena.scenario.Scenario;
import wsarena.scenario.ServerDescription;
import wsarena.scenario.TargetCatalog;
import wsarena.scenario.TargetSpec;

/**
 * A scenario in words, for the dashboard's header and the titles drawn into exported images: what
 * was measured ({@link #target}) and how it was loaded ({@link #load}).
 */
public final class ScenarioText {
  private ScenarioText() {}

  /** E.g. {@code Undertow · Single event loop · in this process}, or the URL. */
  public static String target(Scenario scenario, TargetCatalog catalog) {
    return switch (scenario.target()) {
      case null -> "no target";
      case TargetSpec.Embedded e -> {
        String engine = catalog.engine(e.engine()).map(ServerDescription::displayName).orElse(e.engine());
        String where = e.isolation() == Isolation.PROCESS ? "own process" : "in this process";
        StringBuilder text = new StringBuilder(engine + " · " + e.model().displayName() + " · " + where);
        if (e.tls()) {
          text.append(" · wss");
        }
        yield text.toString();
      }
      case TargetSpec.External x -> x.url().toString();
      case TargetSpec.Peer p -> peerName(p, catalog) + " · own process";
    };
  }

  /**
   * A target as a progress line names it: {@code Undertow 2.4.4.Final · Single event loop}, {@code
   * Tornado 6.2 (Python)}, or the URL.
   */
  public static String shortName(TargetSpec target, TargetCatalog catalog) {
    return switch (target) {
      case null -> "no target";
      case TargetSpec.Embedded e ->
          catalog.engine(e.engine()).map(ServerDescription::displayName).orElse(e.engine()) + " · " + e.model().displayName();
      case TargetSpec.External x -> x.url().toString();
      case TargetSpec.Peer p -> peerName(p, catalog);
    };
  }

  private static String peerName(TargetSpec.Peer p, TargetCatalog catalog) {
    return catalog
        .pythonServer(p.peer())
        .map(ServerDescription::pythonName)
        .orElse(p.peer());
  }

  /** How it was loaded, in the core's words: {@link MarkdownSummary#describe}. */
  public static String load(Scenario scenario) {
    return MarkdownSummary.describe(scenario);
  }

  /** How the target spends its threads, in one sentence, or what it is when it is not ours. */
  public static String explain(Scenario scenario, TargetCatalog catalog) {
    return switch (scenario.target()) {
      case null -> "";
      case TargetSpec.Embedded e ->
          catalog.engine(e.engine()).map(engine -> engine.describe(e.model())).orElse(e.model().description());
      case TargetSpec.External x -> "A server outside wsarena, at " + x.url() + ".";
      case TargetSpec.Peer p ->
          peerName(p, catalog) + ", started by wsarena in its own process.";
    };
  }

  /** About how long the run takes: ramp, warm-up and measured time (for the time axis). */
  public static double plannedSeconds(Scenario scenario) {
    LoadProfile load = scenario.load();
    return load == null ? 10 : load.plannedDuration().toMillis() / 1000.0 + 1;
  }

}
