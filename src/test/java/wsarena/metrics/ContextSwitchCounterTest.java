package wsarena.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class ContextSwitchCounterTest {
  private static final long SELF = ProcessHandle.current().pid();

  @Test
  void readsBothCountersOfAStatusFile() {
    String status =
        """
        Name:\tjava
        Threads:\t21
        voluntary_ctxt_switches:\t87
        nonvoluntary_ctxt_switches:\t1376
        """;

    assertThat(ContextSwitchCounter.parse(status)).isEqualTo(new ContextSwitchCounter.Count(87, 1376));
    assertThat(ContextSwitchCounter.parse("Name:\tjava\n")).isNull();
  }

  @Test
  @Timeout(10)
  void countsTheSwitchesOfTheNamedThreadsSinceTheLastReadingAndNoOthers() throws Exception {
    assumeTrue(Files.isDirectory(Path.of("/proc/self/task")), "Linux /proc");
    ContextSwitchCounter sleepers = ContextSwitchCounter.ofThreads(SELF, n -> n.startsWith("cs-test-sleeper"));
    ContextSwitchCounter nobody = ContextSwitchCounter.ofThreads(SELF, n -> n.startsWith("cs-test-nobody"));
    assertThat(sleepers.next()).isEqualTo(new ContextSwitchCounter.Count(0, 0));
    nobody.next();

    // each sleep blocks the thread: one voluntary switch at least
    CountDownLatch done = new CountDownLatch(1);
    Thread sleeper =
        Thread.ofPlatform().name("cs-test-sleeper").start(() -> {
          for (int i = 0; i < 200; i++) {
            try {
              Thread.sleep(0, 100_000);
            } catch (InterruptedException e) {
              return;
            }
          }
          done.countDown();
          try {
            Thread.sleep(5_000); // alive at the next reading, so its switches are still in /proc
          } catch (InterruptedException e) {
            // the test is over
          }
        });
    assertThat(done.await(5, TimeUnit.SECONDS)).isTrue();
    ContextSwitchCounter.Count since = sleepers.next();
    sleeper.interrupt();

    assertThat(since.voluntary()).isGreaterThanOrEqualTo(200);
    assertThat(nobody.next()).isEqualTo(new ContextSwitchCounter.Count(0, 0));
  }

  @Test
  void aProcessThatIsGoneCannotTell() {
    assertThat(ContextSwitchCounter.ofProcess(Long.MAX_VALUE).next()).isNull();
  }
}
