package wsarena.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import wsarena.scenario.ThreadingModel;

/** What the catalog shows users: ids, names with the versions on the class path, models, lines. */
class ServerEnginesTest {

  private final EngineCatalog catalog = EngineCatalog.standard();

  @Test
  void listsUndertowNettyAndJettyInThatOrder() {
    assertThat(catalog.ids()).containsExactly("undertow", "netty", "jetty");
  }

  @Test
  void namesCarryTheLibraryVersionFoundAtRunTime() {
    assertThat(catalog.find("undertow").orElseThrow().displayName())
        .isEqualTo("Undertow 2.4.4.Final");
    assertThat(catalog.find("netty").orElseThrow().displayName()).isEqualTo("Netty 4.2.18.Final");
    assertThat(catalog.find("jetty").orElseThrow().displayName()).isEqualTo("Jetty 12.1.14");
  }

  @Test
  void eachEngineOffersItsModels() {
    Set<ThreadingModel> reactors =
        EnumSet.of(
            ThreadingModel.EVENT_LOOP,
            ThreadingModel.MULTI_REACTOR,
            ThreadingModel.REACTOR_WORKERS);
    assertThat(catalog.find("undertow").orElseThrow().models()).isEqualTo(reactors);
    assertThat(catalog.find("netty").orElseThrow().models()).isEqualTo(reactors);
    assertThat(catalog.find("jetty").orElseThrow().models())
        .isEqualTo(EnumSet.of(ThreadingModel.REACTOR_WORKERS, ThreadingModel.VIRTUAL_THREADS));
  }

  @Test
  void everyModelIsDescribedInOneLineSpecificToTheEngine() {
    for (ServerEngine engine : catalog.engines()) {
      for (ThreadingModel model : engine.models()) {
        assertThat(engine.describe(model))
            .as("%s %s", engine.id(), model)
            .isNotBlank()
            .doesNotContain("\n")
            .doesNotContain("not offered")
            .isNotEqualTo(model.description());
      }
    }
    assertThat(catalog.find("undertow").orElseThrow().describe(ThreadingModel.EVENT_LOOP))
        .contains("1 XNIO I/O thread");
    assertThat(catalog.find("jetty").orElseThrow().describe(ThreadingModel.VIRTUAL_THREADS))
        .contains("virtual thread");
  }

  @Test
  void everyEngineServesTlsAndCompression() {
    assertThat(catalog.engines())
        .allSatisfy(
            e -> {
              assertThat(e.supportsTls()).as(e.id()).isTrue();
              assertThat(e.supportsCompression()).as(e.id()).isTrue();
            });
  }

  @Test
  void aModelTheEngineLacksIsRefusedWithASentence() {
    ServerEngine jetty = catalog.find("jetty").orElseThrow();
    assertThatThrownBy(() -> jetty.start(EngineOptions.loopback(ThreadingModel.EVENT_LOOP, 0)))
        .isInstanceOf(EngineException.class)
        .hasMessage("Jetty 12.1.14 has no threading model 'event-loop' (it offers reactor-workers, virtual-threads)");
    ServerEngine undertow = catalog.find("undertow").orElseThrow();
    assertThatThrownBy(
            () -> undertow.start(EngineOptions.loopback(ThreadingModel.VIRTUAL_THREADS, 0)))
        .isInstanceOf(EngineException.class)
        .hasMessage(
            "Undertow 2.4.4.Final has no threading model 'virtual-threads' (it offers event-loop,"
                + " multi-reactor, reactor-workers)");
  }
}
