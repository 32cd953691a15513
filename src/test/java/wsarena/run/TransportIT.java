package wsarena.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.netty.channel.uring.IoUring;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import wsarena.host.HostProbe;
import wsarena.metrics.Outcome;
import wsarena.metrics.RunResult;
import wsarena.scenario.IoTransport;
import wsarena.scenario.Isolation;
import wsarena.scenario.Rate;
import wsarena.scenario.Scenario;
import wsarena.scenario.TargetSpec;
import wsarena.scenario.ThreadingModel;
import wsarena.testsupport.CollectingSink;
import wsarena.testsupport.Scenarios;

/** io_uring end to end: the Netty engine serves on it and the generator loads it on it. */
@Timeout(60)
class TransportIT {

  @Test
  void theGeneratorAndTheNettyEngineBothRunOnIoUring() throws Exception {
    assumeTrue(IoUring.isAvailable(), () -> "io_uring is not available here: " + IoUring.unavailabilityCause());
    TargetSpec.Embedded netty = TargetSpec.Embedded.of("netty", ThreadingModel.EVENT_LOOP, Isolation.PROCESS);
    try (StandaloneServer server = Targets.standard().serve(netty, StandaloneServer.LOOPBACK, 0, IoTransport.IO_URING)) {
      URI uri = URI.create("ws://127.0.0.1:" + server.announcement().port() + "/echo");
      RunResult r =
          new Run(
                  Scenarios.external(uri, Scenarios.shortLoad(10, Rate.ClosedLoop.noThinkTime()).withTransport(IoTransport.IO_URING)),
                  Targets.standard(), HostProbe.detect(), List.of(new CollectingSink()))
              .execute();

      assertThat(server.summary()).contains("on io_uring");
      assertThat(r.outcome()).as(String.valueOf(r.failure())).isEqualTo(Outcome.COMPLETED);
      assertThat(r.totals().fates().answered()).isPositive().isEqualTo(r.totals().fates().intended());
      assertThat(r.totals().messages().errors()).isZero();
      assertThat(r.warnings()).noneMatch(w -> w.contains("not available here"));
    }
  }

  /** What run --isolation process --server-transport, bench and shootout start: the child serves on the transport named. */
  @Test
  void theNettyEngineInItsOwnProcessServesOnTheTransportItsTargetNames() throws Exception {
    IoTransport asked = IoUring.isAvailable() ? IoTransport.IO_URING : IoTransport.NIO;
    TargetSpec.Embedded netty = TargetSpec.Embedded.of("netty", ThreadingModel.EVENT_LOOP, Isolation.PROCESS).withTransport(asked);
    RunResult r =
        new Run(
                Scenario.defaults().withTarget(netty).withLoad(Scenarios.shortLoad(10, Rate.ClosedLoop.noThinkTime())).withInterval(Duration.ofMillis(500)),
                Targets.standard(), HostProbe.detect(), List.of(new CollectingSink()))
            .execute();

    assertThat(r.outcome()).as(String.valueOf(r.failure())).isEqualTo(Outcome.COMPLETED);
    assertThat(r.target().description()).contains(" on " + asked.cliName() + " · own process");
    assertThat(r.target().label()).isEqualTo("netty-event-loop-" + asked.cliName());
    assertThat(r.totals().fates().answered()).isPositive().isEqualTo(r.totals().fates().intended());
  }
}
