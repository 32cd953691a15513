package wsarena.load;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OwnLagTest {
  private static final long MS = 1_000_000;
  private static final long US = 1_000;

  private long cpu;
  private long pauses;
  private int cpuReads;
  private final OwnLag split = new OwnLag(() -> {
    cpuReads++;
    return cpu;
  }, () -> pauses);

  @Test
  void timeTheThreadDidNotWorkIsTheMachines() {
    split.asleep(250 * US);
    cpu += 100 * US; // it read a few answers, then its virtual CPU stopped or its timer came late
    split.wokeUp(3 * MS, 250 * US);
    // due when the timer was meant to wake it, taken up 2.75 ms late: 100 µs of it its own work
    assertThat(split.machinePart(2_750 * US, 250 * US, 3 * MS)).isEqualTo(2_650 * US);
  }

  @Test
  void workPausesAndTheWakeUpsOwnTimeAreTheGenerators() {
    split.asleep(250 * US);
    cpu += 1_200 * US; // a burst of answers read
    pauses += 1 * MS; // a collection stopped every thread
    split.wokeUp(3 * MS, 250 * US);
    // taken up 150 µs into this wake-up: 1.2 + 1 + 0.15 ms of its 2.9 ms lag were the generator's
    assertThat(split.machinePart(2_900 * US, 250 * US, 3_150 * US)).isEqualTo(550 * US);
    // a thread that worked all along owes the machine nothing
    split.asleep(3_500 * US);
    cpu += 5 * MS;
    split.wokeUp(8_500 * US, 3_500 * US);
    assertThat(split.machinePart(5 * MS, 3_500 * US, 8_500 * US)).isZero();
  }

  @Test
  void theWaitThePacingQuantumMeansIsTheGenerators() {
    // due 100 µs after the thread went to sleep, armed for a quantum later; woken 1 ms past its
    // timer with no work done: the lateness past the timer is the machine's, the wait before it not
    split.asleep(250 * US);
    split.wokeUp(1_250 * US, 100 * US);
    assertThat(split.machinePart(1_150 * US, 100 * US, 1_250 * US)).isEqualTo(1 * MS);
  }

  @Test
  void aWakeUpUnderTheLagFloorIsNotLookedAtAndOwnsItsLag() {
    split.asleep(250 * US);
    int before = cpuReads;
    split.wokeUp(700 * US, 250 * US); // 450 µs late: no warning can come of it
    assertThat(cpuReads).as("no clock read").isEqualTo(before);
    assertThat(split.machinePart(450 * US, 250 * US, 700 * US)).isZero();
  }

  @Test
  void aWakeUpWithoutItsTimerOwnsItsWholeLag() {
    // the first wake-up has nothing to compare with
    split.wokeUp(3 * MS, 0);
    assertThat(split.machinePart(3 * MS, 0, 3 * MS)).isZero();
    // catching up after a yield: its messages waited for the generator's own work
    split.asleep(-1);
    split.wokeUp(5 * MS, MS);
    assertThat(split.machinePart(4 * MS, MS, 5 * MS)).isZero();
  }

  @Test
  void withoutAThreadCpuClockEveryLagIsTheGenerators() {
    OwnLag blind = new OwnLag(() -> -1, () -> 0);
    blind.asleep(250 * US);
    blind.wokeUp(5 * MS, 250 * US);
    assertThat(blind.machinePart(4_750 * US, 250 * US, 5 * MS)).isZero();
  }
}
