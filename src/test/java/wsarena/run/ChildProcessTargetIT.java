package wsarena.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import wsarena.host.HostProbe;
import wsarena.metrics.Outcome;
import wsarena.metrics.RunResult;
import wsarena.scenario.Isolation;
import wsarena.scenario.LoadProfile;
import wsarena.scenario.Scenario;
import wsarena.scenario.TargetSpec;
import wsarena.scenario.ThreadingModel;
import wsarena.testsupport.CollectingSink;

@Timeout(60)
class ChildProcessTargetIT {

  @Test
  void aTargetProcessThatDiesEndsTheRunWithItsCauseAndKeepsTheData() throws Exception {
    CollectingSink sink = new CollectingSink();
    Scenario s =
        Scenario.defaults()
            .withTarget(TargetSpec.Embedded.of("undertow", ThreadingModel.EVENT_LOOP, Isolation.PROCESS))
            .withLoad(LoadProfile.defaults().withConnections(10).withWarmup(Duration.ZERO).withDuration(Duration.ofSeconds(30)))
            .withInterval(Duration.ofMillis(200));
    Thread killer = MidRunKill.onceMeasuring(sink);
    long t0 = System.nanoTime();
    RunResult r = new Run(s, Targets.standard(), HostProbe.detect(), List.of(sink)).execute();
    killer.join();

    assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(20));
    assertThat(r.outcome()).isEqualTo(Outcome.FAILED);
    // killed by SIGKILL (128 + 9): the JVM had no time to write anything on stderr
    assertThat(r.failure()).matches("the target failed at t = \\d+\\.\\d s: the target process \\(pid \\d+\\) exited with code 137 \\(killed by signal 9\\)");
    assertThat(r.totals().messages().received()).isPositive();
    assertThat(r.latency().getTotalCount()).isEqualTo(r.totals().fates().answered() + r.totals().fates().timedOut());
  }

  @Test
  void theChildProcessIsGoneAfterTheRun() throws Exception {
    Scenario s =
        Scenario.defaults()
            .withTarget(TargetSpec.Embedded.of("undertow", ThreadingModel.MULTI_REACTOR, Isolation.PROCESS))
            .withLoad(LoadProfile.defaults().withConnections(4).withWarmup(Duration.ZERO).withDuration(Duration.ofMillis(500)));
    RunResult r = new Run(s, Targets.standard(), HostProbe.detect(), List.of()).execute();

    assertThat(r.outcome()).isEqualTo(Outcome.COMPLETED);
    assertThat(ProcessHandle.current().children().filter(ProcessHandle::isAlive).count()).isZero();
  }
}
