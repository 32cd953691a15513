package wsarena.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScenarioValidatorTest {
  /**
   * A catalog with one engine that only knows the event loop and one Python server: descriptions
   * alone, as the validator sees them, so these tests need no server.
   */
  private static final TargetCatalog CATALOG =
      new TargetCatalog(
          List.of(
              new ServerDescription(
                  "fake", "Fake 1.0", "1.0", List.of(new ServerDescription.Model(ThreadingModel.EVENT_LOOP, "test double")),
                  false, false, "")),
          List.of(
              new ServerDescription(
                  "snake", "Snake 2.0", "2.0", List.of(new ServerDescription.Model(ThreadingModel.EVENT_LOOP, "one loop")),
                  false, true, ServerDescription.PYTHON)));

  /** This machine's limit when the issue was measured: 9,000 connections in one process, 18,000 in two. */
  private static final long OPEN_FILES = 20_000;

  private static final ScenarioValidator VALIDATOR = new ScenarioValidator(CATALOG, OPEN_FILES);

  private static Scenario valid() {
    return Scenario.defaults().withTarget(TargetSpec.Embedded.of("fake", ThreadingModel.EVENT_LOOP, Isolation.IN_PROCESS));
  }

  private static List<String> fields(Scenario s) {
    return VALIDATOR.problems(s).stream().map(Problem::field).toList();
  }

  @Test
  void theDefaultsOfATargetThatExistsAreValid() {
    assertThat(VALIDATOR.problems(valid())).isEmpty();
  }

  @Test
  void namesEachBadCountWithItsField() {
    LoadProfile bad =
        new LoadProfile(
            0, -1, new Rate.OpenLoop(-5), new Payload(8, PayloadKind.TEXT), Duration.ZERO, Duration.ofSeconds(-1), -2, false, 1,
            LoadProfile.DEFAULT_MAX_IN_FLIGHT, LoadProfile.DEFAULT_TIMEOUT, ConnectionLoad.defaults(), null);
    assertThat(fields(valid().withLoad(bad).withInterval(Duration.ofMillis(10))))
        .containsExactlyInAnyOrder(
            Problem.CONNECTIONS, Problem.RAMP, Problem.RATE, Problem.PAYLOAD, Problem.DURATION, Problem.WARMUP,
            Problem.THREADS, Problem.INTERVAL);
  }

  @Test
  void theLimitsOfWhatIsInFlightMustBePositive() {
    LoadProfile bad = LoadProfile.defaults().withMaxInFlight(-1).withTimeout(Duration.ZERO);
    assertThat(VALIDATOR.problems(valid().withLoad(bad)))
        .extracting(Problem::message)
        .containsExactlyInAnyOrder(
            "the messages in flight per connection must be at least 1", "the timeout must be positive, e.g. 5s");
  }

  @Test
  void unknownEngineAndModelSayWhatIsKnown() {
    var unknownEngine = VALIDATOR.problems(Scenario.defaults().withTarget(TargetSpec.Embedded.of("nope", ThreadingModel.EVENT_LOOP, Isolation.IN_PROCESS)));
    assertThat(unknownEngine).singleElement().satisfies(p -> assertThat(p.message()).contains("unknown engine 'nope'").contains("fake"));

    var unknownModel = VALIDATOR.problems(Scenario.defaults().withTarget(TargetSpec.Embedded.of("fake", ThreadingModel.REACTOR_WORKERS, Isolation.IN_PROCESS)));
    assertThat(unknownModel)
        .singleElement()
        .isEqualTo(new Problem(Problem.MODEL, "Fake 1.0 has no threading model 'reactor-workers' (it offers event-loop)"));
  }

  @Test
  void pythonServersAreJudgedByTheCatalog() {
    assertThat(VALIDATOR.problems(Scenario.defaults().withTarget(new TargetSpec.Peer("snake")))).isEmpty();
    assertThat(VALIDATOR.problems(Scenario.defaults().withTarget(new TargetSpec.Peer("SNAKE")))).isEmpty();
    assertThat(VALIDATOR.problems(Scenario.defaults().withTarget(new TargetSpec.Peer("tornado"))))
        .singleElement()
        .isEqualTo(new Problem(Problem.TARGET, "unknown peer 'tornado' (known: snake)"));
  }

  @Test
  void whatAnEngineCannotDoIsRefused() {
    Scenario s = valid().withTarget(TargetSpec.Embedded.of("fake", ThreadingModel.EVENT_LOOP, Isolation.IN_PROCESS, 0, true, true));
    assertThat(fields(s)).containsExactlyInAnyOrder(Problem.TLS, Problem.COMPRESSION);
  }

  @Test
  void tooManyConnectionsForOneProcessNameTheLimitAndPointToOwnProcess() {
    Scenario s = valid().withLoad(LoadProfile.defaults().withConnections(12_000));
    assertThat(VALIDATOR.problems(s))
        .singleElement()
        .isEqualTo(
            new Problem(
                Problem.CONNECTIONS,
                "at most 9,000 connections fit under the open-files limit of 20,000 per process (ulimit -n); each"
                    + " connection takes a descriptor on the client's side and one on the server's: run the target in"
                    + " its own process, or ask for fewer"));
    Scenario own = s.withTarget(TargetSpec.Embedded.of("fake", ThreadingModel.EVENT_LOOP, Isolation.PROCESS, 0, false, false));
    assertThat(VALIDATOR.problems(own)).isEmpty();
    assertThat(VALIDATOR.problems(own.withLoad(LoadProfile.defaults().withConnections(18_001))))
        .singleElement()
        .satisfies(p -> assertThat(p.message()).contains("at most 18,000 connections").contains("20,000").contains("ask for fewer"));
  }

  @Test
  void theLimitComesFromTheOsNotAConstant() {
    Scenario s = valid().withLoad(LoadProfile.defaults().withConnections(1_000));
    assertThat(new ScenarioValidator(CATALOG, 1_024).problems(s))
        .singleElement()
        .satisfies(p -> assertThat(p.message()).contains("at most 384 connections").contains("1,024"));
    assertThat(new ScenarioValidator(CATALOG, 0).problems(s.withLoad(LoadProfile.defaults().withConnections(1_000_000))))
        .as("an OS that gives no limit refuses nothing for it")
        .isEmpty();
  }

  @Test
  void aStormCountsItsHandshakesInFlightAndWhatItsHoldKeepsOpen() {
    Scenario storm = valid().withWorkload(Workload.STORM);
    ConnectionLoad c = ConnectionLoad.defaults();
    assertThat(VALIDATOR.problems(storm)).isEmpty();
    assertThat(fields(storm.withLoad(LoadProfile.defaults().withConnectionLoad(c.withHandshakesInFlight(9_001)))))
        .containsExactly(Problem.HANDSHAKES_IN_FLIGHT);
    // 1,000 conn/s each held 10 s: 10,000 open at once, more than one process holds with its server
    LoadProfile held = LoadProfile.defaults().withRamp(1_000).withConnectionLoad(c.withHold(Duration.ofSeconds(10)));
    assertThat(fields(storm.withLoad(held))).containsExactly(Problem.HANDSHAKES_IN_FLIGHT);
    LoadProfile bad =
        LoadProfile.defaults()
            .withConnectionLoad(
                new ConnectionLoad(0, Duration.ofSeconds(-1), Duration.ofSeconds(1), 300, new ConnectionLoad.PortRange(50, 40)));
    assertThat(fields(storm.withLoad(bad)))
        .containsExactlyInAnyOrder(Problem.HANDSHAKES_IN_FLIGHT, Problem.HOLD, Problem.SOURCE_ADDRESSES, Problem.SOURCE_PORTS);
    assertThat(fields(valid().withLoad(bad))).as("echo ignores the storm's settings").isEmpty();
  }

  @Test
  void urlsMustBeWebSocketUrlsWithAHost() {
    assertThat(ScenarioValidator.urlProblems("ws://127.0.0.1:8888/echo")).isEmpty();
    assertThat(ScenarioValidator.urlProblems("wss://example.org/socket")).isEmpty();
    assertThat(ScenarioValidator.urlProblems("http://127.0.0.1/echo")).singleElement().satisfies(p -> assertThat(p.message()).contains("ws://"));
    assertThat(ScenarioValidator.urlProblems("ws:/echo")).singleElement().satisfies(p -> assertThat(p.message()).contains("no host"));
    assertThat(ScenarioValidator.urlProblems("ws://exa mple")).singleElement().satisfies(p -> assertThat(p.message()).contains("is not a URL"));
    assertThat(ScenarioValidator.urlProblems("  ")).hasSize(1);
    assertThat(fields(Scenario.defaults().withTarget(TargetSpec.External.of(URI.create("ftp://x/y"))))).containsExactly(Problem.URL);
  }

  @Test
  void broadcastNeedsAPublisherAndASubscriber() {
    Scenario s = valid().withWorkload(Workload.BROADCAST);
    assertThat(fields(s.withLoad(LoadProfile.defaults().withConnections(1).withPublishers(1)))).containsExactly(Problem.PUBLISHERS);
    assertThat(fields(s.withLoad(LoadProfile.defaults().withConnections(5).withPublishers(0)))).containsExactly(Problem.PUBLISHERS);
    assertThat(fields(s.withLoad(LoadProfile.defaults().withConnections(5).withPublishers(2)))).isEmpty();
  }

  @Test
  void parsesDurationsAsPeopleWriteThem() {
    assertThat(ScenarioValidator.parseDuration("10s")).isEqualTo(Duration.ofSeconds(10));
    assertThat(ScenarioValidator.parseDuration("250ms")).isEqualTo(Duration.ofMillis(250));
    assertThat(ScenarioValidator.parseDuration("1.5s")).isEqualTo(Duration.ofMillis(1500));
    assertThat(ScenarioValidator.parseDuration("2m")).isEqualTo(Duration.ofMinutes(2));
    assertThat(ScenarioValidator.parseDuration("3")).isEqualTo(Duration.ofSeconds(3));
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> ScenarioValidator.parseDuration("soon"))
        .hasMessageContaining("not a duration");
  }
}
