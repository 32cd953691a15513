package wsarena.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class OpenLoopScheduleTest {

  @Test
  void spreadsTheTotalRateEvenlyOverConnections() {
    // 1000 msgs/s over 4 connections: one message every 1 ms, connection k mod 4.
    OpenLoopSchedule s = new OpenLoopSchedule(0, 1000, 4, new int[] {0, 1, 2, 3});
    List<Long> times = new ArrayList<>();
    List<Integer> slots = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      times.add(s.nextSendTimeNanos());
      slots.add(s.nextSlot());
      s.advance();
    }
    assertThat(times).containsExactly(0L, 1_000_000L, 2_000_000L, 3_000_000L, 4_000_000L, 5_000_000L);
    assertThat(slots).containsExactly(0, 1, 2, 3, 0, 1);
  }

  @Test
  void aWorkerWalksOnlyItsOwnConnectionsSlots() {
    OpenLoopSchedule s = new OpenLoopSchedule(100, 1000, 4, new int[] {1, 3});
    List<Long> times = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      times.add(s.nextSendTimeNanos());
      s.advance();
    }
    assertThat(times).containsExactly(1_000_100L, 3_000_100L, 5_000_100L, 7_000_100L);
  }

  @Test
  void workersTogetherKeepTheWholeScheduleWithoutGapsOrDoubles() {
    int connections = 7;
    double rate = 3000;
    OpenLoopSchedule a = new OpenLoopSchedule(0, rate, connections, new int[] {0, 2, 4, 6});
    OpenLoopSchedule b = new OpenLoopSchedule(0, rate, connections, new int[] {1, 3, 5});
    TreeMap<Long, Integer> all = new TreeMap<>();
    for (int i = 0; i < 400; i++) {
      all.merge(a.nextSendTimeNanos(), 1, Integer::sum);
      a.advance();
      all.merge(b.nextSendTimeNanos(), 1, Integer::sum);
      b.advance();
    }
    assertThat(all.values()).allMatch(n -> n == 1);
    // The first 700 messages of the run are all there, one every 1/3000 s.
    List<Long> first = all.keySet().stream().limit(700).toList();
    for (int k = 0; k < first.size(); k++) {
      assertThat(first.get(k)).isEqualTo((long) (k * (1e9 / rate)));
    }
  }

  @Test
  void keepsItsPaceOverLongRuns() {
    // 100,000 msgs/s for an hour: the 360-millionth message is still due exactly at 3600 s.
    OpenLoopSchedule s = new OpenLoopSchedule(0, 100_000, 1, new int[] {0});
    for (int i = 0; i < 1000; i++) {
      s.advance();
    }
    assertThat(s.nextSendTimeNanos()).isEqualTo(10_000_000L);
  }

  @Test
  void refusesAnEmptyWorker() {
    assertThatThrownBy(() -> new OpenLoopSchedule(0, 10, 1, new int[0])).isInstanceOf(IllegalArgumentException.class);
  }
}
