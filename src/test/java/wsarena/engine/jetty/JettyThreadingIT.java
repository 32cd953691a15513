package wsarena.engine.jetty;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import wsarena.engine.EngineOptions;
import wsarena.engine.RecordingProbe;
import wsarena.engine.RunningServer;
import wsarena.engine.ServerEngine;
import wsarena.engine.ThreadSnapshot;
import wsarena.engine.Traffic;
import wsarena.scenario.ThreadingModel;

/**
 * Where each Jetty model really runs. Jetty's selector and worker threads come from one pool with
 * one naming scheme, so the selectors are told apart by what they are doing: waiting in {@code
 * ManagedSelector.select}.
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class JettyThreadingIT {

  private static final int CORES = Runtime.getRuntime().availableProcessors();

  @Test
  void reactorWorkersRunsEndpointsOnPoolThreadsNeverOnASelector() throws Exception {
    RecordingProbe probe = new RecordingProbe();
    ThreadSnapshot before = ThreadSnapshot.take();
    EngineOptions options =
        new EngineOptions(
            ThreadingModel.REACTOR_WORKERS, EngineOptions.LOOPBACK, 0, 3, false, false);
    try (RunningServer server = new JettyEngine(probe).start(options)) {
      Traffic.exchange(server, 8, 5);
      Set<Thread> pool = poolThreads(before.newSince());
      Set<Thread> selectors = selectors(pool);

      assertThat(pool).as("pool threads: a selector per core plus 3 workers").hasSize(CORES + 3);
      assertThat(selectors).as("selector threads").hasSize(CORES);
      assertThat(probe.threads())
          .as("threads that handled messages")
          .isNotEmpty()
          .isSubsetOf(pool)
          .doesNotContainAnyElementsOf(selectors)
          .allSatisfy(t -> assertThat(t.isVirtual()).isFalse());
      assertThat(probe.messages()).isEqualTo(9 * 5 * 2);
    }
  }

  @Test
  void virtualThreadsRunsEveryEndpointCallOnAVirtualThread() throws Exception {
    RecordingProbe probe = new RecordingProbe();
    ThreadSnapshot before = ThreadSnapshot.take();
    EngineOptions options =
        new EngineOptions(
            ThreadingModel.VIRTUAL_THREADS, EngineOptions.LOOPBACK, 0, 0, true, false);
    try (RunningServer server = new JettyEngine(probe).start(options)) {
      Traffic.exchange(server, 8, 5);
      Set<Thread> pool = poolThreads(before.newSince());

      assertThat(selectors(pool)).as("selector threads").hasSize(CORES);
      assertThat(pool).as("platform pool threads: the selectors and one spare").hasSize(CORES + 1);
      assertThat(probe.threads())
          .as("threads that handled messages")
          .isNotEmpty()
          .allSatisfy(
              t -> {
                assertThat(t.isVirtual()).as("%s is virtual", t).isTrue();
                assertThat(t.getName())
                    .startsWith(ServerEngine.SERVER_THREAD_PREFIX)
                    .contains(JettyEngine.VIRTUAL_INFIX);
              });
      assertThat(probe.messages()).isEqualTo(9 * 5 * 2);
    }
  }

  private static Set<Thread> poolThreads(Set<Thread> created) {
    return created.stream()
        .filter(t -> t.getName().startsWith(JettyEngine.POOL_NAME_PREFIX))
        .filter(t -> !t.getName().contains("scheduler"))
        .collect(Collectors.toSet());
  }

  private static Set<Thread> selectors(Set<Thread> threads) {
    return threads.stream()
        .filter(
            t ->
                Arrays.stream(t.getStackTrace())
                    .anyMatch(
                        f ->
                            f.getClassName().startsWith("org.eclipse.jetty.io.ManagedSelector")
                                && f.getMethodName().equals("select")))
        .collect(Collectors.toSet());
  }
}
