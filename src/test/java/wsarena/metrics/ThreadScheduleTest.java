package wsarena.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ThreadScheduleTest {

  @Test
  void readsTheTimeOnACoreAndTheTimeWaitingForOne() {
    assertThat(ThreadSchedule.parse("1234567 89012 345\n")).isEqualTo(new ThreadSchedule.Reading(1234567, 89012));
    assertThat(ThreadSchedule.parse("")).isNull();
    assertThat(ThreadSchedule.parse("a b c")).isNull();
  }

  @Test
  void findsTheCallingThreadOnLinux() {
    assumeTrue(Files.isDirectory(Path.of("/proc/self/task")), "Linux only");
    long tid = ThreadSchedule.currentNativeId();

    assertThat(tid).isPositive();
    assertThat(Path.of("/proc/self/task/" + tid)).isDirectory();
    long spin = System.nanoTime() + 20_000_000;
    while (System.nanoTime() < spin) {
      Thread.onSpinWait(); // some time on a core
    }
    assertThat(ThreadSchedule.read(tid).runningNanos()).isPositive();
    assertThat(ThreadSchedule.read(-1)).isNull();
  }
}
