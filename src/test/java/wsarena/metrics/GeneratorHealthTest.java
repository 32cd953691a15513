package wsarena.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import wsarena.testsupport.Samples;

class GeneratorHealthTest {

  @Test
  void aBusyThreadIsBoundWhetherItRanOrWaitedForACore() {
    assertThat(GeneratorHealth.bound(Samples.generator(95, 0, 0, 1_000))).isTrue();
    // half running, half runnable and waiting for a core: no more free to send than a busy thread
    assertThat(GeneratorHealth.bound(Samples.generator(92, 46, 0, 1_000))).isTrue();
    assertThat(GeneratorHealth.bound(Samples.generator(60, 0, 0, 1_000))).isFalse();
  }

  @Test
  void lagCountsAgainstWhatWasMeasuredNotAFixedBound() {
    // 2 ms of lag beside a p99 of 5 s is the target's doing; beside a p99 of 8 ms it is not
    assertThat(GeneratorHealth.bound(Samples.generator(30, 0, 2_000, 5_000_000))).isFalse();
    assertThat(GeneratorHealth.bound(Samples.generator(30, 0, 2_000, 8_000))).isTrue();
    // under the floor the lag is the timer's jitter, even beside a tiny p99
    assertThat(GeneratorHealth.bound(Samples.generator(30, 0, 300, 400))).isFalse();
  }

  @Test
  void anIntervalThatTimedNothingWhileMessagesWaitedIsJudgedAgainstHowLongTheyWaited() {
    // a stalled target: nothing answered, the oldest message 2 s old; 20 ms of lag is not the generator's doing
    Sample silent = new Sample(1000, 1000, Phase.MEASURING, new Sample.Connections(10, 0, 0, 0), new Sample.Counts(100, 0, 0, 6400, 0),
        new Sample.Latency(0, 0, 0, 0, 0), new Sample.Resources(50, 0, 1, 1, 1, -1), new Sample.GeneratorLoad(30, 40_000, 20_000, 0, 0),
        new Sample.FateCounts(100, 0, 0, 0, 0, 0, 400, 2_000_000), Sample.ContextSwitches.UNKNOWN, FailuresByCause.NONE, Sample.PerConnection.UNKNOWN, Troubles.NONE);
    assertThat(silent.unanswered()).isTrue();
    assertThat(GeneratorHealth.bound(silent)).isFalse();
    assertThat(GeneratorHealth.verdict(List.of(silent, silent, silent))).isNull();
    // the same lag beside a silence of 50 ms is the generator's
    Sample brief = new Sample(1000, 1000, Phase.MEASURING, silent.connections(), silent.counts(), silent.latency(), silent.resources(),
        silent.generator(), new Sample.FateCounts(100, 0, 0, 0, 0, 0, 400, 50_000), Sample.ContextSwitches.UNKNOWN, FailuresByCause.NONE, Sample.PerConnection.UNKNOWN, Troubles.NONE);
    assertThat(GeneratorHealth.bound(brief)).isTrue();
  }

  @Test
  void theRunIsFlaggedWhenAQuarterOfItsIntervalsAreBound() {
    List<Sample> samples = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      samples.add(Samples.generator(30, 0, 0, 1_000));
    }
    samples.add(Samples.generator(99, 0, 0, 1_000));
    assertThat(GeneratorHealth.verdict(samples)).isNull();
    samples.add(Samples.generator(99, 40, 0, 1_000));
    samples.add(Samples.generator(99, 0, 0, 1_000));
    assertThat(GeneratorHealth.verdict(samples))
        .startsWith(GeneratorHealth.WARNING)
        .contains("3 of 11")
        .contains("busy or waiting for a core 99 % of the time (40 % waiting)");
  }

  @Test
  void aLaggingRunSaysHowLateAgainstWhatItMeasured() {
    List<Sample> samples = List.of(Samples.generator(30, 0, 3_000, 9_000), Samples.generator(30, 0, 800, 9_000));
    assertThat(GeneratorHealth.verdict(samples))
        .contains("1 of 2")
        .contains("3.00 ms behind their schedule at p99")
        .contains("(9.00 ms)");
  }

  @Test
  void lagTheMachineCausedIsTheMachinesNotTheGenerators() {
    // 2.5 ms behind at p99 beside a p99 of 8 ms, 2.2 ms of it the thread held off its core: held off
    Sample heldOff = Samples.generator(40, 2, 2_500, 2_200, 8_000);
    assertThat(GeneratorHealth.limit(heldOff)).isEqualTo(GeneratorHealth.Limit.HELD_OFF);
    assertThat(GeneratorHealth.bound(heldOff)).isFalse();
    // the same lag with only 0.5 ms the machine's: 2 ms of its own, past a tenth of 8 ms
    assertThat(GeneratorHealth.limit(Samples.generator(40, 2, 2_500, 500, 8_000))).isEqualTo(GeneratorHealth.Limit.LATE);
    // saturated whatever the lag's cause; on schedule when the whole lag is small
    assertThat(GeneratorHealth.limit(Samples.generator(95, 2, 2_500, 2_200, 8_000))).isEqualTo(GeneratorHealth.Limit.SATURATED);
    assertThat(GeneratorHealth.limit(Samples.generator(40, 2, 400, 0, 8_000))).isEqualTo(GeneratorHealth.Limit.KEPT_UP);
  }

  @Test
  void aRunTheMachineHeldOffGetsItsOwnWarningSayingByHowMuch() {
    List<Sample> samples = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      samples.add(Samples.generator(40, 1, 300, 0, 1_500));
    }
    samples.add(Samples.generator(40, 2, 1_900, 1_600, 3_000));
    samples.add(Samples.generator(40, 3, 4_200, 3_900, 6_000));
    assertThat(GeneratorHealth.verdict(samples)).as("not the generator's doing").isNull();
    assertThat(GeneratorHealth.machineVerdict(samples))
        .startsWith(GeneratorHealth.MACHINE_WARNING)
        .contains("in 2 of 8 measured intervals")
        .contains("held off its core (waiting for one behind other processes or the target's threads, or its virtual CPU"
            + " stopped or woken late by the hypervisor), not because it was working")
        .contains("send lag's p99 was 4.20 ms and the generator's own part 0.30 ms")
        .contains("by 3.90 ms at p99")
        .doesNotContain(GeneratorHealth.WARNING);
    // fewer than a quarter of the intervals late: nothing to say
    assertThat(GeneratorHealth.machineVerdict(samples.subList(0, 7))).isNull();
  }

  @Test
  void aRunLateByItsOwnDoingIsGeneratorBoundEvenWhereTheMachineAlsoHeldItOff() {
    List<Sample> samples = List.of(
        Samples.generator(40, 2, 3_000, 400, 9_000), // 2.6 ms its own
        Samples.generator(40, 2, 3_000, 2_800, 9_000),
        Samples.generator(40, 2, 300, 0, 9_000),
        Samples.generator(40, 2, 300, 0, 9_000));
    assertThat(GeneratorHealth.verdict(samples))
        .startsWith(GeneratorHealth.WARNING)
        .contains("1 of 4")
        .contains("2.60 ms behind their schedule at p99 by its own doing (3.00 ms with the time the machine held it off)");
    assertThat(GeneratorHealth.machineVerdict(samples)).as("the generator's warning says it").isNull();
  }
}
