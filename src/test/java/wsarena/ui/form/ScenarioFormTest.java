package wsarena.ui.form;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import wsarena.scenario.ConnectionLoad;
import wsarena.scenario.Isolation;
import wsarena.scenario.LoadProfile;
import wsarena.scenario.Problem;
import wsarena.scenario.Rate;
import wsarena.scenario.Scenario;
import wsarena.scenario.TargetCatalog;
import wsarena.scenario.TargetKind;
import wsarena.scenario.TargetSpec;
import wsarena.scenario.ThreadingModel;
import wsarena.scenario.Workload;
import wsarena.ui.testing.StubEngine;

class ScenarioFormTest {
  private final TargetCatalog catalog = StubEngine.catalog(StubEngine.undertowLike(), StubEngine.jettyLike());
  private final ScenarioForm form = new ScenarioForm(catalog);

  @Test
  void opensOnTheEmbeddedDefaultAndItIsValid() {
    ScenarioForm.Check check = form.check();

    assertThat(check.problems()).isEmpty();
    assertThat(check.scenario()).contains(Scenario.defaults());
  }

  @Test
  void aConnectionCountThatIsNotANumberIsNamedAtItsField() {
    form.connections.set("lots");

    ScenarioForm.Check check = form.checkProperty().get();

    assertThat(check.valid()).isFalse();
    assertThat(check.messageFor(Set.of(Problem.CONNECTIONS))).contains("connections must be a whole number, e.g. 100");
    assertThat(check.scenario()).isEmpty();
  }

  @Test
  void theValidatorsSentenceReachesTheField() {
    form.connections.set("0");

    assertThat(form.checkProperty().get().messageFor(Set.of(Problem.CONNECTIONS)))
        .contains("connections must be at least 1");
  }

  @Test
  void aBadDurationGetsTheParsersSentence() {
    form.duration.set("soon");

    assertThat(form.check().messageFor(Set.of(Problem.DURATION))).hasValueSatisfying(m -> assertThat(m).contains("is not a duration"));
  }

  @Test
  void thousandsSeparatorsAreAccepted() {
    form.connections.set("1,000");

    assertThat(form.check().scenario().orElseThrow().load().connections()).isEqualTo(1000);
  }

  @Test
  void choosingAnEngineOffersItsModelsAndKeepsAValidOne() {
    form.target.engine.set(catalog.engine("jetty").orElseThrow());

    assertThat(form.target.modelsProperty().get())
        .containsExactly(ThreadingModel.REACTOR_WORKERS, ThreadingModel.VIRTUAL_THREADS);
    assertThat(form.target.model.get()).isEqualTo(ThreadingModel.REACTOR_WORKERS);
    assertThat(form.target.modelExplanation()).isEqualTo("Jetty (test) in Reactor + worker pool");
  }

  @Test
  void anEngineWithoutTlsSwitchesTlsOff() {
    form.target.tls.set(true);

    form.target.engine.set(catalog.engine("jetty").orElseThrow());

    assertThat(form.target.tls.get()).isFalse();
  }

  @Test
  void aUrlTargetNeedsAWebSocketUrl() {
    form.target.kind.set(TargetKind.URL);
    form.target.url.set("http://example.org");

    assertThat(form.check().messageFor(Set.of(Problem.URL))).hasValueSatisfying(m -> assertThat(m).contains("must start with ws://"));

    form.target.url.set("ws://127.0.0.1:9/echo");

    assertThat(form.check().scenario().orElseThrow().target())
        .isEqualTo(TargetSpec.External.of(URI.create("ws://127.0.0.1:9/echo")));
  }

  @Test
  void anExternalServersProcessIdIsKeptAndChecked() {
    form.target.kind.set(TargetKind.URL);
    form.target.url.set("ws://127.0.0.1:8888/echo");
    form.target.serverPid.set("4242");

    assertThat(form.check().scenario().orElseThrow().target())
        .isEqualTo(new TargetSpec.External(URI.create("ws://127.0.0.1:8888/echo"), false, 4242));

    form.target.serverPid.set("tornado");

    assertThat(form.check().messageFor(Set.of(TargetFields.PROCESS_ID))).isPresent();
  }

  @Test
  void thePythonPeerIsATargetOfItsOwn() {
    form.target.kind.set(TargetKind.PEER);
    form.target.peer.set(catalog.pythonServer("autobahn").orElseThrow());

    Scenario s = form.check().scenario().orElseThrow();
    assertThat(s.target()).isEqualTo(new TargetSpec.Peer("autobahn"));

    ScenarioForm other = new ScenarioForm(catalog);
    other.load(s);
    assertThat(other.target.kind.get()).isEqualTo(TargetKind.PEER);
    assertThat(other.check().scenario()).contains(s);
  }

  @Test
  void openLoopReadsTheRate() {
    form.closedLoop.set(false);
    form.rate.set("2500");

    assertThat(form.check().scenario().orElseThrow().load().rate()).isEqualTo(new Rate.OpenLoop(2500));
  }

  @Test
  void aScenarioLoadedIsTheScenarioReadBack() {
    Scenario saved =
        Scenario.defaults()
            .withTarget(TargetSpec.Embedded.of("jetty", ThreadingModel.VIRTUAL_THREADS, Isolation.PROCESS, 8, false, true))
            .withLoad(
                LoadProfile.defaults()
                    .withConnections(250)
                    .withRamp(50)
                    .withRate(new Rate.OpenLoop(1234.5))
                    .withDuration(Duration.ofMillis(1500))
                    .withWarmup(Duration.ZERO)
                    .withThreads(3)
                    .withCompression(true))
            .withInterval(Duration.ofMillis(250));

    form.load(saved);

    assertThat(form.check().scenario()).contains(saved);
  }

  @Test
  void aStormTakesItsSettingsFromTheFormAndEchoIgnoresThem() {
    form.workload.set(Workload.STORM);
    form.handshakesInFlight.set("250");
    form.hold.set("2s");
    form.sourceAddresses.set("16");
    form.sourcePorts.set("40000-40999");

    LoadProfile load = form.check().scenario().orElseThrow().load();
    assertThat(load.connectionLoad())
        .isEqualTo(new ConnectionLoad(250, Duration.ofSeconds(2), Duration.ofSeconds(1), 16, new ConnectionLoad.PortRange(40_000, 40_999)));

    form.hold.set("soon");
    assertThat(form.check().messageFor(Set.of(Problem.HOLD))).hasValueSatisfying(m -> assertThat(m).contains("is not a duration"));
    form.workload.set(Workload.ECHO);
    assertThat(form.check().problems()).as("echo does not read the storm's fields").isEmpty();
  }

  @Test
  void anIdleRunReadsItsPingIntervalAndALoadedScenarioComesBackWhole() {
    Scenario idle =
        Scenario.defaults()
            .withWorkload(Workload.IDLE)
            .withLoad(LoadProfile.defaults().withConnections(5_000).withConnectionLoad(
                ConnectionLoad.defaults().withPingInterval(Duration.ofMillis(500)).withHandshakesInFlight(50)));
    form.load(idle);

    assertThat(form.pingInterval.get()).isEqualTo("500ms");
    assertThat(form.check().scenario()).contains(idle);
    form.pingInterval.set("1ms");
    assertThat(form.check().messageFor(Set.of(Problem.PING_INTERVAL))).contains("the ping interval must be at least 10 ms, e.g. 1s");
  }
}
