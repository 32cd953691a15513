package wsarena.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** A generator thread asks Linux to wake it when asked: its timer slack goes from the default to 1 µs. */
class TimerSlackTest {

  @Test
  void aThreadThatTightensItsSlackHasIt() throws Exception {
    AtomicLong before = new AtomicLong();
    AtomicLong after = new AtomicLong();
    Thread t = new Thread(() -> {
      before.set(TimerSlack.currentThreadNanos());
      TimerSlack.tightenCurrentThread();
      after.set(TimerSlack.currentThreadNanos());
    });
    t.start();
    t.join();
    assumeTrue(before.get() >= 0, "prctl(PR_GET_TIMERSLACK) is not available here");

    assertThat(before.get()).isNotEqualTo(TimerSlack.NANOS);
    assertThat(after.get()).isEqualTo(TimerSlack.NANOS);
    assertThat(TimerSlack.currentThreadNanos()).as("the caller's own slack is untouched").isEqualTo(before.get());
  }
}
