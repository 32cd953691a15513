package wsarena.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import wsarena.host.HostProbe;
import wsarena.metrics.IntervalSampler;
import wsarena.metrics.Outcome;
import wsarena.metrics.RunResult;
import wsarena.metrics.Sample;
import wsarena.metrics.Totals;
import wsarena.scenario.Isolation;
import wsarena.scenario.LoadProfile;
import wsarena.scenario.Scenario;
import wsarena.scenario.TargetSpec;
import wsarena.scenario.ThreadingModel;
import wsarena.scenario.Workload;
import wsarena.testsupport.CollectingSink;

/** Idle connections held on a target in its own process: what each costs it, and the pings' round trips. */
@Timeout(120)
class IdleIT {

  @Test
  void aThousandIdleConnectionsOnAChildTargetReportItsMemoryPerConnection() throws Exception {
    LoadProfile load =
        LoadProfile.defaults().withConnections(1_000).withWarmup(Duration.ofMillis(500)).withDuration(Duration.ofMillis(1500));
    Scenario s =
        new Scenario(
            TargetSpec.Embedded.of("undertow", ThreadingModel.EVENT_LOOP, Isolation.PROCESS), Workload.IDLE, load,
            Duration.ofMillis(500));
    RunResult r = new Run(s, Targets.standard(), HostProbe.detect(), List.of(new CollectingSink())).execute();

    assertThat(r.outcome()).as(String.valueOf(r.failure())).isEqualTo(Outcome.COMPLETED);
    Totals t = r.totals();
    assertThat(t.connections().peak()).isEqualTo(1_000);
    // from the child's RSS before the first connection and while all were held
    assertThat(t.memory().perConnectionBytes()).isPositive().isLessThan(1L << 20);
    assertThat(t.memory().heapPerConnectionBytes()).as("the child JVM said its heap after a collection").isPositive();
    List<Sample> measured = IntervalSampler.measuredOnly(r.samples());
    assertThat(measured).allSatisfy(m -> {
      assertThat(m.connections().open()).isEqualTo(1_000);
      assertThat(m.perConnection().targetMemoryBytes()).isNotNegative();
    });
    // every measured ping came back, and its round trip is the run's latency
    assertThat(t.messages().received()).isPositive();
    assertThat(t.messages().errors()).isZero();
    assertThat(r.latency().getTotalCount()).isEqualTo(t.messages().received());
    EngineMatrixIT.assertOrdered(t.latency());
  }
}
