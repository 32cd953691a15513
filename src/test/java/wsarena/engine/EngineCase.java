package wsarena.engine;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import wsarena.engine.jetty.JettyEngine;
import wsarena.engine.netty.NettyEngine;
import wsarena.engine.support.HandlerProbe;
import wsarena.engine.undertow.UndertowEngine;
import wsarena.scenario.ThreadingModel;

/**
 * One engine in one threading model: the unit every engine test runs over.
 *
 * <p>The engines come from {@link EngineCatalog#standard()} (so a test also proves they are
 * registered); {@link #engine(HandlerProbe)} builds the same engine with a probe to see which
 * threads handle messages.
 */
public record EngineCase(String engineId, ThreadingModel model) {

  private static final Map<String, Function<HandlerProbe, ServerEngine>> WITH_PROBE =
      Map.of("undertow", UndertowEngine::new, "netty", NettyEngine::new, "jetty", JettyEngine::new);

  /**
   * Every engine × model the catalog offers; {@code -Dwsarena.test.engines=undertow,jetty} narrows
   * a local run to some engines.
   */
  public static Stream<EngineCase> all() {
    List<String> only = List.of(System.getProperty("wsarena.test.engines", "").split(","));
    return EngineCatalog.standard().engines().stream()
        .filter(e -> only.equals(List.of("")) || only.contains(e.id()))
        .flatMap(e -> e.models().stream().sorted().map(m -> new EngineCase(e.id(), m)));
  }

  /** The engine ids the catalog must list. */
  public static List<String> expectedEngineIds() {
    return List.of("undertow", "netty", "jetty");
  }

  public ServerEngine engine() {
    return EngineCatalog.standard().find(engineId).orElseThrow();
  }

  public ServerEngine engine(HandlerProbe probe) {
    return WITH_PROBE.get(engineId).apply(probe);
  }

  public EngineOptions options() {
    return EngineOptions.loopback(model, 0);
  }

  @Override
  public String toString() {
    return engineId + " " + model.cliName();
  }
}
