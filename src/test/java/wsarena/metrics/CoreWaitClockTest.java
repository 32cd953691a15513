package wsarena.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class CoreWaitClockTest {

  @Test
  void readsTheSecondFigureOfSchedstat() {
    assertThat(CoreWaitClock.secondNumber(filled("1234567 89012 345\n"))).isEqualTo(89012);
    assertThat(CoreWaitClock.secondNumber(filled("1234567 89012"))).isEqualTo(89012);
    assertThat(CoreWaitClock.secondNumber(filled("1234567"))).isZero();
    assertThat(CoreWaitClock.secondNumber(filled(""))).isZero();
  }

  @Test
  void readsTheCallingThreadsRunDelayAsThreadScheduleDoes() {
    assumeTrue(Files.isReadable(Path.of("/proc/thread-self/schedstat")), "Linux only");
    try (CoreWaitClock clock = CoreWaitClock.ofCurrentThread()) {
      long before = clock.waitedNanos();
      long tid = ThreadSchedule.currentNativeId();
      long whole = ThreadSchedule.read(tid).waitingNanos();
      long after = clock.waitedNanos();
      // the same counter, read in turn: never going back
      assertThat(whole).isBetween(before, after);
    }
  }

  private static ByteBuffer filled(String text) {
    ByteBuffer b = ByteBuffer.allocate(64);
    b.put(text.getBytes(StandardCharsets.US_ASCII));
    return b;
  }
}
