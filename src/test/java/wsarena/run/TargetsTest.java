package wsarena.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import wsarena.engine.EngineCatalog;
import wsarena.engine.ServerEngine;
import wsarena.peers.PeerKind;
import wsarena.scenario.IoTransport;
import wsarena.scenario.Isolation;
import wsarena.scenario.ServerDescription;
import wsarena.scenario.TargetCatalog;
import wsarena.scenario.TargetSpec;
import wsarena.scenario.ThreadingModel;

/** The descriptions the window and the commands read are the engines' and peers' own words. */
class TargetsTest {
  private final EngineCatalog engines = EngineCatalog.standard();
  private final TargetCatalog catalog = new Targets(engines).catalog();

  @Test
  void everyEngineIsDescribedWithItsModelsInOrderAndItsOwnLines() {
    assertThat(catalog.engines()).extracting(ServerDescription::id).containsExactlyElementsOf(engines.ids());
    for (ServerEngine e : engines.engines()) {
      ServerDescription d = catalog.engine(e.id()).orElseThrow();
      assertThat(d.displayName()).isEqualTo(e.displayName()).endsWith(d.libraryVersion());
      assertThat(d.threadingModels()).containsExactlyElementsOf(e.models().stream().sorted().toList());
      for (ThreadingModel m : e.models()) {
        assertThat(d.describe(m)).isEqualTo(e.describe(m));
      }
      assertThat(d.tls()).isEqualTo(e.supportsTls());
      assertThat(d.compression()).isEqualTo(e.supportsCompression());
    }
  }

  @Test
  void thePythonServersAreExactlyThePeerScriptsOnEachInterpreter() {
    assertThat(catalog.pythonServers())
        .extracting(ServerDescription::id)
        .containsExactlyElementsOf(
            java.util.stream.Stream.concat(
                    Arrays.stream(PeerKind.values()).map(PeerKind::id),
                    Arrays.stream(PeerKind.values()).map(k -> k.id() + "-pypy"))
                .toList());
    // named by what runs them: the system's Python, or PyPy with its version where it is installed
    assertThat(catalog.pythonServer("tornado").orElseThrow().pythonName()).isEqualTo("Tornado 6.2 (Python)");
    assertThat(catalog.pythonServer("autobahn-pypy").orElseThrow().pythonName()).matches("Autobahn\\|Twisted 22\\.7 \\(PyPy( [\\d.]+)?\\)");
    ServerDescription tornado = catalog.pythonServer("tornado").orElseThrow();
    assertThat(tornado.libraryVersion()).isEqualTo("6.2");
    assertThat(tornado.threadingModels()).containsExactly(ThreadingModel.EVENT_LOOP);
    assertThat(tornado.describe(ThreadingModel.EVENT_LOOP)).contains("asyncio event loop");
    assertThat(catalog.unknownPythonServer("node")).isEqualTo("unknown peer 'node' (known: tornado, autobahn, tornado-pypy, autobahn-pypy)");
  }

  @Test
  void onlyNettysEventLoopsTakeATransportAndAChildProcessIsStartedOnIt() throws Exception {
    Targets targets = new Targets(engines);
    TargetSpec.Embedded undertow = TargetSpec.Embedded.of("undertow", ThreadingModel.EVENT_LOOP, Isolation.PROCESS).withTransport(IoTransport.EPOLL);
    TargetSpec.Embedded netty = TargetSpec.Embedded.of("netty", ThreadingModel.EVENT_LOOP, Isolation.PROCESS).withTransport(IoTransport.NIO);

    assertThat(targets.transportProblem(undertow)).hasValueSatisfying(s -> assertThat(s).endsWith("has its own I/O: a transport (epoll) chooses the event loops of Netty"));
    assertThatThrownBy(() -> targets.start(undertow, wsarena.scenario.Workload.ECHO))
        .isInstanceOf(TargetException.class).hasMessageContaining("has its own I/O");
    assertThat(targets.transportProblem(netty)).isEmpty();
    assertThat(targets.choosesTransport("netty")).isTrue();
    assertThat(targets.choosesTransport("undertow")).isFalse();
    assertThat(ChildProcessTarget.command(netty)).contains("--transport=nio");
    assertThat(ChildProcessTarget.command(netty.withTransport(null))).noneMatch(a -> a.startsWith("--transport"));
  }

  @Test
  void servingRefusesWhatTheCatalogLacksWithItsSentences() {
    Targets targets = new Targets(engines);
    assertThatThrownBy(
            () -> targets.serve(TargetSpec.Embedded.of("nginx", ThreadingModel.EVENT_LOOP, Isolation.PROCESS), "127.0.0.1", 0))
        .isInstanceOf(TargetException.class)
        .hasMessage("unknown engine 'nginx' (known: undertow, netty, jetty)");
    assertThatThrownBy(
            () -> targets.serve(TargetSpec.Embedded.of("jetty", ThreadingModel.EVENT_LOOP, Isolation.PROCESS), "127.0.0.1", 0))
        .isInstanceOf(TargetException.class)
        .hasMessage(catalog.engine("jetty").orElseThrow().lacks("event-loop"))
        .hasMessageEndingWith("has no threading model 'event-loop' (it offers reactor-workers, virtual-threads)");
  }
}
