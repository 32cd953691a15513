package wsarena.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ScenarioJsonTest {

  @Test
  void anEmbeddedClosedLoopScenarioSurvivesTheRoundTrip() throws Exception {
    Scenario s =
        Scenario.defaults()
            .withTarget(TargetSpec.Embedded.of("undertow", ThreadingModel.REACTOR_WORKERS, Isolation.PROCESS, 8, true, true))
            .withLoad(LoadProfile.defaults().withRate(new Rate.ClosedLoop(Duration.ofMillis(5))).withPayload(new Payload(512, PayloadKind.BINARY)));
    assertThat(ScenarioJson.read(ScenarioJson.write(s))).isEqualTo(s);
  }

  @Test
  void aScenarioSavedBeforeTheLimitsReadsWithTheirDefaults() throws Exception {
    Scenario s = Scenario.defaults().withLoad(LoadProfile.defaults().withMaxInFlight(50).withTimeout(Duration.ofSeconds(2)));
    String json = ScenarioJson.write(s);
    assertThat(ScenarioJson.read(json)).isEqualTo(s);

    String before = json.replaceAll(",\\s*\"maxInFlight\" : 50", "").replaceAll(",\\s*\"timeout\" : \"PT2S\"", "");
    assertThat(before).doesNotContain("maxInFlight").doesNotContain("timeout");
    LoadProfile read = ScenarioJson.read(before).load();
    assertThat(read.maxInFlight()).isEqualTo(LoadProfile.DEFAULT_MAX_IN_FLIGHT);
    assertThat(read.timeout()).isEqualTo(LoadProfile.DEFAULT_TIMEOUT);
  }

  @Test
  void anExternalOpenLoopBroadcastScenarioSurvivesTheRoundTrip() throws Exception {
    Scenario s =
        Scenario.defaults()
            .withTarget(new TargetSpec.External(URI.create("wss://127.0.0.1:9443/broadcast"), true, 0))
            .withWorkload(Workload.BROADCAST)
            .withLoad(LoadProfile.defaults().withRate(new Rate.OpenLoop(2500)).withPublishers(3))
            .withInterval(Duration.ofMillis(250));
    String json = ScenarioJson.write(s);
    assertThat(json).contains("\"mode\" : \"open-loop\"").contains("\"kind\" : \"external\"").contains("PT0.25S");
    assertThat(ScenarioJson.read(json)).isEqualTo(s);
  }
}
