package wsarena.ui;

import wsarena.engine.EngineCatalog;
import wsarena.engine.ServerEngine;
import wsarena.peers.PeerKind;
import wsarena.report.MarkdownSummary;
import wsarena.scenario.Isolation;
import wsarena.scenario.LoadProfile;
import wsarena.scenario.Scenario;
import wsarena.scenario.TargetSpec;

/**
 * A scenario in words, for the dashboard's header and the titles drawn into exported images: what
 * was measured ({@link #target}) and how it was loaded ({@link #load}).
 */
public final class ScenarioText {
  private ScenarioText() {}

  /** E.g. {@code Undertow · Single event loop · in this process}, or the URL. */
  public static String target(Scenario scenario, EngineCatalog catalog) {
    return switch (scenario.target()) {
      case null -> "no target";
      case TargetSpec.Embedded e -> {
        String engine = catalog.find(e.engine()).map(ServerEngine::displayName).orElse(e.engine());
        String where = e.isolation() == Isolation.PROCESS ? "own process" : "in this process";
        StringBuilder text = new StringBuilder(engine + " · " + e.model().displayName() + " · " + where);
        if (e.tls()) {
          text.append(" · wss");
        }
        yield text.toString();
      }
      case TargetSpec.External x -> x.url().toString();
      case TargetSpec.Peer p -> peerName(p) + " (Python) · own process";
    };
  }

  private static String peerName(TargetSpec.Peer p) {
    try {
      return PeerKind.fromId(p.peer()).displayName();
    } catch (IllegalArgumentException e) {
      return p.peer();
    }
  }

  /** How it was loaded, in the core's words: {@link MarkdownSummary#describe}. */
  public static String load(Scenario scenario) {
    return MarkdownSummary.describe(scenario);
  }

  /** How the target spends its threads, in one sentence, or what it is when it is not ours. */
  public static String explain(Scenario scenario, EngineCatalog catalog) {
    return switch (scenario.target()) {
      case null -> "";
      case TargetSpec.Embedded e ->
          catalog
              .find(e.engine())
              .filter(engine -> engine.models().contains(e.model()))
              .map(engine -> engine.describe(e.model()))
              .filter(text -> text != null && !text.isBlank())
              .orElse(e.model().description());
      case TargetSpec.External x -> "A server outside wsarena, at " + x.url() + ".";
      case TargetSpec.Peer p ->
          peerName(p) + ": a Python server started by wsarena in its own process.";
    };
  }

  /** About how long the run takes: ramp, warm-up and measured time (for the time axis). */
  public static double plannedSeconds(Scenario scenario) {
    LoadProfile load = scenario.load();
    if (load == null) {
      return 10;
    }
    double ramp = load.rampPerSecond() > 0 ? load.connections() / load.rampPerSecond() : 0;
    double warmup = load.warmup() == null ? 0 : load.warmup().toMillis() / 1000.0;
    double duration = load.duration() == null ? 0 : load.duration().toMillis() / 1000.0;
    return ramp + warmup + duration + 1;
  }
}
