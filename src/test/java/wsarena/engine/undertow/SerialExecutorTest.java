package wsarena.engine.undertow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class SerialExecutorTest {

  /** A pool that runs nothing until asked, so the test decides the interleaving. */
  private final Queue<Runnable> pool = new ArrayDeque<>();

  private final SerialExecutor serial = new SerialExecutor(pool::add);

  @Test
  void runsTasksInArrivalOrderWithOnePoolTaskAtATime() {
    List<Integer> ran = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      int n = i;
      serial.execute(() -> ran.add(n));
    }
    assertThat(pool).as("one drain scheduled for three tasks").hasSize(1);
    pool.poll().run();
    assertThat(ran).containsExactly(0, 1, 2);
    assertThat(pool).isEmpty();
  }

  @Test
  void yieldsThePoolThreadAfterABatchAndResumesWhereItStopped() {
    List<Integer> ran = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      int n = i;
      serial.execute(() -> ran.add(n));
    }
    pool.poll().run();
    assertThat(ran).hasSize(64);
    assertThat(pool).as("the rest is rescheduled").hasSize(1);
    pool.poll().run();
    assertThat(ran).hasSize(100).isSorted();
  }

  @Test
  void aFailingTaskDoesNotSilenceTheTasksAfterIt() {
    List<String> ran = new ArrayList<>();
    serial.execute(
        () -> {
          throw new IllegalStateException("boom");
        });
    serial.execute(() -> ran.add("after"));
    assertThatThrownBy(() -> pool.poll().run()).hasMessage("boom");
    assertThat(pool).as("the remaining task is rescheduled").hasSize(1);
    pool.poll().run();
    assertThat(ran).containsExactly("after");
  }

  @Test
  void neverRunsTwoTasksAtOnceOnARealPool() throws Exception {
    ExecutorService threads = Executors.newFixedThreadPool(4);
    try {
      SerialExecutor onThreads = new SerialExecutor(threads);
      List<Integer> ran = new ArrayList<>(); // deliberately unsynchronised: serial access only
      CountDownLatch done = new CountDownLatch(10_000);
      int[] running = {0};
      int[] maxRunning = {0};
      for (int i = 0; i < 10_000; i++) {
        int n = i;
        onThreads.execute(
            () -> {
              synchronized (running) {
                maxRunning[0] = Math.max(maxRunning[0], ++running[0]);
              }
              ran.add(n);
              synchronized (running) {
                running[0]--;
              }
              done.countDown();
            });
      }
      assertThat(done.await(10, TimeUnit.SECONDS)).isTrue();
      synchronized (running) {
        assertThat(maxRunning[0]).isEqualTo(1);
      }
      assertThat(ran).hasSize(10_000).isSorted();
    } finally {
      threads.shutdownNow();
    }
  }
}
