package wsarena.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import wsarena.host.HostProbe;
import wsarena.metrics.Outcome;
import wsarena.metrics.RunResult;
import wsarena.scenario.Isolation;
import wsarena.scenario.LoadProfile;
import wsarena.scenario.Scenario;
import wsarena.scenario.TargetSpec;
import wsarena.scenario.ThreadingModel;
import wsarena.scenario.Workload;
import wsarena.testsupport.RunsAlone;

/**
 * A worker pool hands every message to another thread, an event loop does not: the context
 * switches per message tell them apart, in this JVM (the server's threads) and in a process of
 * its own (every thread of it).
 */
@RunsAlone("compares context switches per message, which another test's load adds to")
@Timeout(90)
class ContextSwitchesIT {

  /**
   * A quarter of a second of warm-up and a second measured: 20 connections in closed loop answer
   * thousands of messages in it even on a loaded machine, and the switches are counted per message
   * (with 2.5 s runs the class took 13 s of CI's one-at-a-time phase).
   */
  private static RunResult echo(ThreadingModel model, Isolation isolation) throws Exception {
    LoadProfile load =
        LoadProfile.defaults().withConnections(20).withWarmup(Duration.ofMillis(250)).withDuration(Duration.ofSeconds(1));
    Scenario s =
        new Scenario(TargetSpec.Embedded.of("undertow", model, isolation), Workload.ECHO, load, Duration.ofMillis(500));
    RunResult r = new Run(s, Targets.standard(), HostProbe.detect(), List.of()).execute();
    assertThat(r.outcome()).as(String.valueOf(r.failure())).isEqualTo(Outcome.COMPLETED);
    return r;
  }

  @ParameterizedTest
  @EnumSource(Isolation.class)
  void aWorkerPoolSwitchesMorePerMessageThanAnEventLoop(Isolation isolation) throws Exception {
    RunResult loop = echo(ThreadingModel.EVENT_LOOP, isolation);
    RunResult workers = echo(ThreadingModel.REACTOR_WORKERS, isolation);

    assertThat(loop.totals().contextSwitches().targetPerMessage()).isNotNegative();
    // Not a fixed ratio: how often an event loop sleeps between messages depends on how busy the
    // cores are (0.04 per message when it batches, near 1 when every message wakes it), while a
    // pool adds its hand-off on top of its I/O thread's wake-ups (1.28 against 0.25 in the README's
    // bench, 1.36 against 0.78 in one CI run on busy cores)
    assertThat(workers.totals().contextSwitches().targetPerMessage())
        .isGreaterThan(loop.totals().contextSwitches().targetPerMessage() * 1.2);
    assertThat(loop.totals().contextSwitches().clientPerMessage()).isNotNegative();
    assertThat(loop.samples().getLast().contextSwitches().targetPerSecond()).isNotNegative();
  }
}
