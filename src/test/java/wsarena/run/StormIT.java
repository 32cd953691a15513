package wsarena.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import wsarena.engine.EngineCatalog;
import wsarena.host.HostInfo;
import wsarena.host.HostProbe;
import wsarena.metrics.LatencySummary;
import wsarena.metrics.Outcome;
import wsarena.metrics.RunResult;
import wsarena.metrics.Totals;
import wsarena.scenario.ConnectionLoad;
import wsarena.scenario.Isolation;
import wsarena.scenario.LoadProfile;
import wsarena.scenario.Scenario;
import wsarena.scenario.TargetSpec;
import wsarena.scenario.ThreadingModel;
import wsarena.scenario.Workload;
import wsarena.testsupport.CollectingSink;

/** Connection storms on loopback: handshakes timed for every engine, and a storm that runs short. */
@Timeout(90)
class StormIT {
  private static final Targets TARGETS = Targets.standard();
  private static HostInfo host;

  @BeforeAll
  static void detectHost() {
    host = HostProbe.detect();
  }

  static Stream<String> engines() {
    return EngineCatalog.standard().engines().stream().map(e -> e.id());
  }

  private static RunResult storm(String engine, ConnectionLoad c, Duration duration) throws Exception {
    ThreadingModel model = EngineCatalog.standard().find(engine).orElseThrow().models().iterator().next();
    LoadProfile load =
        LoadProfile.defaults().withWarmup(Duration.ofMillis(300)).withDuration(duration).withThreads(1).withConnectionLoad(c);
    Scenario s =
        new Scenario(TargetSpec.Embedded.of(engine, model, Isolation.IN_PROCESS), Workload.STORM, load, Duration.ofMillis(500));
    return new Run(s, TARGETS, host, List.of(new CollectingSink())).execute();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("engines")
  void aStormAgainstEachEngineTimesItsHandshakes(String engine) throws Exception {
    RunResult r = storm(engine, ConnectionLoad.defaults().withHandshakesInFlight(20), Duration.ofMillis(1500));

    assertThat(r.outcome()).as(String.valueOf(r.failure())).isEqualTo(Outcome.COMPLETED);
    Totals t = r.totals();
    assertThat(t.handshakes().count()).isPositive();
    assertThat(t.handshakes().perSecond()).isCloseTo(t.handshakes().count() * 1000.0 / t.measuredMillis(), org.assertj.core.data.Offset.offset(1e-6));
    LatencySummary hs = t.handshakes().latency();
    assertThat(hs.count()).as("every measured handshake was timed").isEqualTo(t.handshakes().count());
    EngineMatrixIT.assertOrdered(hs);
    assertThat(t.connections().failuresByCause().total()).isZero();
    assertThat(t.connections().sources().addresses()).as("the sockets were spread over the loopback range").isGreaterThan(1);
    assertThat(t.handshakes().clientCpuMicrosEach()).isPositive();
  }

  @Test
  void aSmallSourceRangeRunsOutOfPortsAndSaysSoByCause() throws Exception {
    // one address, five ports, each connection held past the end: the sixth attempt has no port.
    // The five sit below Linux's ephemeral range, at a random place, so that two builds running
    // this test at once on one machine do not take each other's ports.
    int first = 20_000 + java.util.concurrent.ThreadLocalRandom.current().nextInt(12_000);
    ConnectionLoad c =
        ConnectionLoad.defaults()
            .withSourceAddresses(1)
            .withSourcePorts(new ConnectionLoad.PortRange(first, first + 4))
            .withHold(Duration.ofSeconds(30));
    RunResult r = storm("netty", c, Duration.ofMillis(800));

    Totals t = r.totals();
    assertThat(t.connections().failuresByCause().outOfPorts()).isPositive();
    assertThat(t.connections().failuresByCause().total()).isEqualTo(t.connections().failuresByCause().outOfPorts());
    assertThat(t.connections().sources().addresses()).isEqualTo(1);
    assertThat(t.connections().sources().ports()).isBetween(1L, 5L);
    assertThat(r.warnings()).anySatisfy(w -> assertThat(w).contains("out of ports"));
    assertThat(r.warnings()).anySatisfy(w -> assertThat(w).startsWith("the client ran out of source ports"));
  }
}
