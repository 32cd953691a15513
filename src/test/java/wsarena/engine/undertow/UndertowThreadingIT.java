package wsarena.engine.undertow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import wsarena.engine.EngineOptions;
import wsarena.engine.RecordingProbe;
import wsarena.engine.RunningServer;
import wsarena.engine.ThreadSnapshot;
import wsarena.engine.Traffic;
import wsarena.scenario.ThreadingModel;

/**
 * Where each Undertow model really runs: counted threads and the threads seen handling messages.
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class UndertowThreadingIT {

  private static final int CORES = Runtime.getRuntime().availableProcessors();

  @Test
  void eventLoopHandlesEverythingOnItsOneIoThread() throws Exception {
    RecordingProbe probe = new RecordingProbe();
    ThreadSnapshot before = ThreadSnapshot.take();
    // With TLS too: handshakes must not borrow a worker thread in this model.
    EngineOptions options =
        new EngineOptions(ThreadingModel.EVENT_LOOP, EngineOptions.LOOPBACK, 0, 0, true, false);
    try (RunningServer server = new UndertowEngine(probe).start(options)) {
      Traffic.exchange(server, 6, 5);
      Set<Thread> created = before.newSince();

      Set<Thread> io = named(created, " I/O-");
      assertThat(io).as("I/O threads").hasSize(1);
      assertThat(probe.threads()).as("threads that handled messages").isEqualTo(io);
      assertThat(named(created, " task-")).as("worker threads").isEmpty();
      assertThat(named(created, " Accept")).as("XNIO's accept-only thread").hasSize(1);
      assertThat(created).hasSize(2);
      assertThat(probe.messages()).isEqualTo(7 * 5 * 2);
    }
  }

  @Test
  void multiReactorRunsOneIoThreadPerCoreAndHandlesOnThem() throws Exception {
    RecordingProbe probe = new RecordingProbe();
    ThreadSnapshot before = ThreadSnapshot.take();
    try (RunningServer server =
        new UndertowEngine(probe).start(EngineOptions.loopback(ThreadingModel.MULTI_REACTOR, 0))) {
      // XNIO gives each connection a random I/O thread: 16 connections reach every thread of
      // a 2-core machine except with probability 2^-15.
      Traffic.exchange(server, 16, 2);
      Set<Thread> created = before.newSince();

      Set<Thread> io = named(created, " I/O-");
      assertThat(io).as("I/O threads").hasSize(CORES);
      assertThat(io).as("I/O threads that handled messages").containsAll(probe.threads());
      assertThat(probe.threads()).hasSize(Math.min(CORES, 17));
      assertThat(named(created, " task-")).as("worker threads").isEmpty();
    }
  }

  @Test
  void reactorWorkersHandlesEveryMessageOnTheWorkerPool() throws Exception {
    RecordingProbe probe = new RecordingProbe();
    ThreadSnapshot before = ThreadSnapshot.take();
    EngineOptions options =
        new EngineOptions(
            ThreadingModel.REACTOR_WORKERS, EngineOptions.LOOPBACK, 0, 3, false, false);
    try (RunningServer server = new UndertowEngine(probe).start(options)) {
      Traffic.exchange(server, 8, 5);
      Set<Thread> created = before.newSince();

      Set<Thread> io = named(created, " I/O-");
      Set<Thread> workers = named(created, " task-");
      assertThat(io).as("I/O threads").hasSize(CORES);
      assertThat(workers)
          .as("worker threads, at most the pool size")
          .isNotEmpty()
          .hasSizeLessThanOrEqualTo(3);
      assertThat(probe.threads())
          .as("threads that handled messages")
          .isSubsetOf(workers)
          .doesNotContainAnyElementsOf(io);
      assertThat(probe.messages()).isEqualTo(9 * 5 * 2);
    }
  }

  private static Set<Thread> named(Set<Thread> threads, String part) {
    return threads.stream()
        .filter(t -> t.getName().startsWith(UndertowEngine.WORKER_NAME_PREFIX))
        .filter(t -> t.getName().contains(part))
        .collect(Collectors.toSet());
  }
}
