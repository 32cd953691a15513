package wsarena.load;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CoreWaitShareTest {
  private long waited;
  private int reads;
  private final CoreWaitShare share = new CoreWaitShare(() -> {
    reads++;
    return waited;
  });

  @Test
  void aLateWakeUpOwesItsLagToTheWaitsSinceTheLastLook() {
    share.atWakeUp(0, 0); // the first look: nothing to compare with yet
    waited = 3_000_000; // a 3 ms stall, runnable and waiting for a core
    assertThat(share.atWakeUp(3_250_000, 250_000)).isEqualTo(3_000_000);
    assertThat(reads).isEqualTo(2);
  }

  @Test
  void anOnTimeWakeUpLooksOnlyOncePerPeriod() {
    share.atWakeUp(0, 0);
    waited = 40_000;
    // a quantum later, the oldest message 300 µs late: under the floor, and the last look is recent
    assertThat(share.atWakeUp(250_000, -50_000)).isZero();
    assertThat(reads).isEqualTo(1);
    // a period later it looks, and what it finds goes to that wake-up's messages (each at most its own lag)
    assertThat(share.atWakeUp(CoreWaitShare.LOOK_PERIOD_NANOS, CoreWaitShare.LOOK_PERIOD_NANOS - 100_000)).isEqualTo(40_000);
    assertThat(reads).isEqualTo(2);
  }

  @Test
  void aThreadThatWaitedForNoCoreOwesTheMachineNothingHoweverLate() {
    waited = 500;
    share.atWakeUp(0, 0);
    assertThat(share.atWakeUp(5_000_000, 0)).isZero();
  }
}
