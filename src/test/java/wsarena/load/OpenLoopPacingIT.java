package wsarena.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import wsarena.client.TlsTrust;
import wsarena.scenario.LoadProfile;
import wsarena.scenario.Rate;
import wsarena.scenario.Workload;
import wsarena.testsupport.TestEchoServer;

/**
 * Open-loop pacing costs in proportion to the rate: at 20,000 msgs/s on one thread (a message
 * every 50 µs) the worker's timer wakes it at most once per quantum, not once per message, and
 * every message still goes.
 */
@Timeout(60)
class OpenLoopPacingIT {
  private static final double RATE = 20_000;

  @Test
  void aWorkerWakesAtMostOncePerQuantumAndEveryMessageStillGoes() throws Exception {
    try (TestEchoServer server = new TestEchoServer(0, 0, false)) {
      LoadProfile profile = LoadProfile.defaults().withConnections(20).withRate(new Rate.OpenLoop(RATE)).withThreads(1);
      try (LoadGenerator g = new LoadGenerator(server.echoUri(), Workload.ECHO, profile, TlsTrust.system(), 1)) {
        long start = System.nanoTime();
        g.start();
        await().atMost(Duration.ofSeconds(30)).until(() -> g.receivedSoFar() >= RATE);
        g.stopSending();
        long elapsed = System.nanoTime() - start;
        long wakeUps = g.openLoopTimerWakeUps();

        assertThat(wakeUps).as("timer wake-ups in %d ms", elapsed / 1_000_000)
            .isPositive()
            .isLessThanOrEqualTo(elapsed / Worker.PACING_QUANTUM_NANOS + 1);
        assertThat(g.receivedSoFar()).as("answers (one per message: the echo server answers all)").isGreaterThanOrEqualTo((long) RATE);
        assertThat(g.firstMessageError()).isNull();
      }
    }
  }
}
