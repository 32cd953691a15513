package wsarena.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import wsarena.engine.EngineCatalog;
import wsarena.engine.EngineOptions;
import wsarena.engine.RunningServer;
import wsarena.engine.ServerEngine;

class ScenarioValidatorTest {
  /** A catalog with one engine that only knows the event loop, so these tests need no server. */
  private static final ScenarioValidator VALIDATOR =
      new ScenarioValidator(new EngineCatalog(List.of(new OneModelEngine())));

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
        new LoadProfile(0, -1, new Rate.OpenLoop(-5), new Payload(8, PayloadKind.TEXT), Duration.ZERO, Duration.ofSeconds(-1), -2, false, 1);
    assertThat(fields(valid().withLoad(bad).withInterval(Duration.ofMillis(10))))
        .containsExactlyInAnyOrder(
            Problem.CONNECTIONS, Problem.RAMP, Problem.RATE, Problem.PAYLOAD, Problem.DURATION, Problem.WARMUP,
            Problem.THREADS, Problem.INTERVAL);
  }

  @Test
  void unknownEngineAndModelSayWhatIsKnown() {
    var unknownEngine = VALIDATOR.problems(Scenario.defaults().withTarget(TargetSpec.Embedded.of("nope", ThreadingModel.EVENT_LOOP, Isolation.IN_PROCESS)));
    assertThat(unknownEngine).singleElement().satisfies(p -> assertThat(p.message()).contains("unknown engine 'nope'").contains("fake"));

    var unknownModel = VALIDATOR.problems(Scenario.defaults().withTarget(TargetSpec.Embedded.of("fake", ThreadingModel.REACTOR_WORKERS, Isolation.IN_PROCESS)));
    assertThat(unknownModel).singleElement().satisfies(p -> assertThat(p.message()).contains("reactor-workers").contains("event-loop"));
  }

  @Test
  void tooManyConnectionsForOneProcessPointToOwnProcess() {
    Scenario s = valid().withLoad(LoadProfile.defaults().withConnections(12_000));
    assertThat(VALIDATOR.problems(s)).singleElement().satisfies(p -> assertThat(p.message()).contains("own process"));
    Scenario own = s.withTarget(new TargetSpec.Embedded("fake", ThreadingModel.EVENT_LOOP, Isolation.PROCESS, 0, false, false));
    assertThat(VALIDATOR.problems(own)).isEmpty();
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

  private static final class OneModelEngine implements ServerEngine {
    @Override
    public String id() {
      return "fake";
    }

    @Override
    public String displayName() {
      return "Fake";
    }

    @Override
    public Set<ThreadingModel> models() {
      return Set.of(ThreadingModel.EVENT_LOOP);
    }

    @Override
    public String describe(ThreadingModel model) {
      return "test double";
    }

    @Override
    public boolean supportsTls() {
      return false;
    }

    @Override
    public boolean supportsCompression() {
      return false;
    }

    @Override
    public RunningServer start(EngineOptions options) {
      throw new UnsupportedOperationException("never started by these tests");
    }
  }
}
