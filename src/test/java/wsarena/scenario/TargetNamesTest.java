package wsarena.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;
import wsarena.ui.testing.StubEngine;

/** Targets typed in a list: each matched or refused with a sentence, never dropped. */
class TargetNamesTest {
  private static final TargetCatalog CATALOG = StubEngine.catalog(StubEngine.undertowLike(), StubEngine.jettyLike());

  private static List<TargetSpec> parse(String... names) {
    return TargetNames.parse(List.of(names), CATALOG, Isolation.PROCESS, false);
  }

  @Test
  void enginesInAModelPythonServersAndUrlsAreReadInTheOrderGiven() {
    assertThat(parse("undertow:event-loop", "tornado", "ws://127.0.0.1:9000/echo", "autobahn"))
        .containsExactly(
            TargetSpec.Embedded.of("undertow", ThreadingModel.EVENT_LOOP, Isolation.PROCESS),
            new TargetSpec.Peer("tornado"),
            TargetSpec.External.of(URI.create("ws://127.0.0.1:9000/echo")),
            new TargetSpec.Peer("autobahn"));
  }

  @Test
  void aThirdPartNamesTheTransportOfTheEnginesEventLoopsAndIsReadBack() {
    List<TargetSpec> both = parse("undertow:event-loop:epoll", "undertow:event-loop:io_uring", "undertow:event-loop");

    assertThat(both).extracting(t -> ((TargetSpec.Embedded) t).transport()).containsExactly(IoTransport.EPOLL, IoTransport.IO_URING, null);
    assertThat(both).extracting(TargetSpec::label)
        .containsExactly("undertow-event-loop-epoll", "undertow-event-loop-io_uring", "undertow-event-loop");
    assertThat(both).extracting(TargetNames::name)
        .containsExactly("undertow:event-loop:epoll", "undertow:event-loop:io_uring", "undertow:event-loop");
    assertThat(parse(both.stream().map(TargetNames::name).toArray(String[]::new))).isEqualTo(both);
  }

  @Test
  void aTransportThatIsNoneOrOnAPythonServerIsRefused() {
    assertThatThrownBy(() -> parse("undertow:event-loop:uring"))
        .hasMessage("'undertow:event-loop:uring': unknown transport 'uring' (known: epoll, io_uring, nio)");
    assertThatThrownBy(() -> parse("tornado:event-loop:epoll")).hasMessageContaining("runs on its own event loop");
  }

  @Test
  void anEngineAloneStandsForEachOfItsModels() {
    assertThat(parse("jetty")).extracting(t -> TargetNames.name(t)).containsExactly("jetty:reactor-workers", "jetty:virtual-threads");
  }

  @Test
  void anUnknownTargetIsRefusedWithASentenceThatSaysWhatIsKnown() {
    assertThatThrownBy(() -> parse("undertow:event-loop", "nginx"))
        .hasMessage("unknown target 'nginx' (known: undertow, jetty, tornado, autobahn, tornado-pypy, autobahn-pypy, ENGINE:MODEL (see 'wsarena engines'),"
            + " or a ws:// or wss:// URL)");
  }

  @Test
  void aModelTheServerLacksIsRefusedNotDropped() {
    assertThatThrownBy(() -> parse("jetty:event-loop"))
        .hasMessage("Jetty (test) has no threading model 'event-loop' (it offers reactor-workers, virtual-threads)");
    assertThatThrownBy(() -> parse("tornado:multi-reactor")).hasMessageStartingWith("Tornado has no threading model 'multi-reactor'");
    assertThatThrownBy(() -> parse("undertow:fast")).hasMessageStartingWith("Undertow (test) has no threading model 'fast'");
    assertThat(parse("tornado:event-loop")).containsExactly(new TargetSpec.Peer("tornado"));
  }

  @Test
  void aTargetNamedTwiceIsRefused() {
    assertThatThrownBy(() -> parse("jetty", "jetty:virtual-threads")).hasMessage("jetty:virtual-threads is named twice; name each target once");
  }

  @Test
  void aBadUrlOrNothingAtAllIsASentence() {
    assertThatThrownBy(() -> parse("http://127.0.0.1:9000/echo")).hasMessage("'http://127.0.0.1:9000/echo' must start with ws:// or wss://");
    assertThatThrownBy(() -> parse(" ", "")).hasMessageStartingWith("name at least one target, e.g. undertow:event-loop,tornado");
  }

  @Test
  void everyNameTheCatalogOffersReadsBackAsItself() {
    List<String> all = TargetNames.all(CATALOG);

    assertThat(all).contains("undertow:multi-reactor", "jetty:virtual-threads", "tornado", "autobahn");
    assertThat(TargetNames.parse(all, CATALOG, Isolation.PROCESS, false)).extracting(TargetNames::name).containsExactlyElementsOf(all);
  }
}
