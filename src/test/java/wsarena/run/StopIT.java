package wsarena.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import wsarena.host.HostProbe;
import wsarena.load.LoadGenerator;
import wsarena.metrics.Outcome;
import wsarena.metrics.Phase;
import wsarena.metrics.RunResult;
import wsarena.scenario.Isolation;
import wsarena.scenario.LoadProfile;
import wsarena.scenario.Scenario;
import wsarena.scenario.TargetSpec;
import wsarena.scenario.ThreadingModel;
import wsarena.testsupport.CollectingSink;

/**
 * Stop mid-run, as the window's Stop button and Ctrl-C do: the run ends within a second of it,
 * keeps what it measured, and leaves no target process, client thread or listening port behind
 * (looked up in /proc, where the OS keeps them).
 */
@Timeout(90)
class StopIT {

  @Test
  void stopEndsTheRunAtOnceAndLeavesNothingBehind() throws Exception {
    CollectingSink sink = new CollectingSink();
    Scenario s =
        Scenario.defaults()
            .withTarget(TargetSpec.Embedded.of("undertow", ThreadingModel.EVENT_LOOP, Isolation.PROCESS))
            .withLoad(LoadProfile.defaults().withConnections(20).withWarmup(Duration.ZERO).withDuration(Duration.ofSeconds(60)))
            .withInterval(Duration.ofMillis(200));
    Run run = new Run(s, Targets.standard(), HostProbe.detect(), List.of(sink));
    CompletableFuture<RunResult> running = CompletableFuture.supplyAsync(run::execute);
    Awaitility.await().atMost(Duration.ofSeconds(60))
        .until(() -> sink.samples.stream().anyMatch(x -> x.phase() == Phase.MEASURING && x.counts().received() > 0));
    long targetPid = ProcessHandle.current().children().filter(ProcessHandle::isAlive).findFirst().orElseThrow().pid();

    long stoppedAt = System.nanoTime();
    run.stop();
    RunResult r = running.get(30, TimeUnit.SECONDS);
    Duration toStop = Duration.ofNanos(System.nanoTime() - stoppedAt);

    // the run itself ends within a second; stopping its process (SIGTERM, then its grace) may take longer
    assertThat(r.outcome()).isEqualTo(Outcome.STOPPED);
    assertThat(r.totals().messages().received()).isPositive();
    // what was sent and not yet answered at the stop is "in flight at stop": no error, no warning
    assertThat(r.totals().messages().errors()).isZero();
    assertThat(r.totals().fates().timedOut()).isZero();
    // closed loop: at most one per connection (none when every answer beat the settling, as on a fast loopback)
    assertThat(r.totals().fates().inFlightAtStop()).isBetween(0L, 20L);
    assertThat(r.totals().fates().settled()).isEqualTo(r.totals().fates().intended());
    assertThat(r.warnings()).noneMatch(w -> w.contains("timed out") || w.contains("could not be sent"));
    assertThat(toStop).as("from stop() to the result").isLessThan(Duration.ofSeconds(5));
    int port = r.target().uri().getPort();
    assertThat(ProcessHandle.of(targetPid).map(ProcessHandle::isAlive).orElse(false)).as("the target process").isFalse();
    assertThat(ProcessHandle.current().children().filter(ProcessHandle::isAlive).count()).isZero();
    Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
      assertThat(Thread.getAllStackTraces().keySet().stream().filter(Thread::isAlive)
              .map(Thread::getName).filter(n -> n.startsWith(LoadGenerator.THREAD_PREFIX)).toList())
          .as("client threads").isEmpty();
      assertThat(listening(port)).as("a socket listening on port " + port).isFalse();
    });
  }

  /** Whether any socket listens on {@code port}, from the kernel's tables of TCP sockets. */
  private static boolean listening(int port) throws IOException {
    String hexPort = String.format(Locale.ROOT, ":%04X", port);
    for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
      Path p = Path.of(table);
      if (!Files.exists(p)) {
        continue;
      }
      for (String line : Files.readAllLines(p)) {
        String[] f = line.strip().split("\\s+");
        // local_address is field 1 (ADDR:PORT in hex), state is field 3: 0A is LISTEN
        if (f.length > 3 && f[1].endsWith(hexPort) && f[3].equals("0A")) {
          return true;
        }
      }
    }
    return false;
  }
}
