package wsarena.engine.netty;

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

/** Where each Netty model really runs: counted threads and the threads seen handling messages. */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class NettyThreadingIT {

  private static final int CORES = Runtime.getRuntime().availableProcessors();

  @Test
  void eventLoopAcceptsAndHandlesEverythingOnOneThread() throws Exception {
    RecordingProbe probe = new RecordingProbe();
    ThreadSnapshot before = ThreadSnapshot.take();
    EngineOptions options =
        new EngineOptions(ThreadingModel.EVENT_LOOP, EngineOptions.LOOPBACK, 0, 0, true, true);
    try (RunningServer server = new NettyEngine(probe).start(options)) {
      Traffic.exchange(server, 6, 5);
      Set<Thread> created = before.newSince();

      assertThat(created).as("every thread the server made").hasSize(1);
      assertThat(named(created, NettyEngine.IO_THREAD_NAME)).isEqualTo(created);
      assertThat(probe.threads()).as("threads that handled messages").isEqualTo(created);
      assertThat(probe.messages()).isEqualTo(7 * 5 * 2);
    }
  }

  @Test
  void multiReactorRunsOneLoopPerCoreAndHandlesOnThem() throws Exception {
    RecordingProbe probe = new RecordingProbe();
    ThreadSnapshot before = ThreadSnapshot.take();
    try (RunningServer server =
        new NettyEngine(probe).start(EngineOptions.loopback(ThreadingModel.MULTI_REACTOR, 0))) {
      // Netty deals connections to the loops round-robin: 2 per core reach every loop.
      Traffic.exchange(server, 2 * CORES, 2);
      Set<Thread> created = before.newSince();

      Set<Thread> io = named(created, NettyEngine.IO_THREAD_NAME);
      assertThat(io).as("event loop threads").hasSize(CORES).isEqualTo(created);
      assertThat(probe.threads()).as("threads that handled messages").isEqualTo(io);
    }
  }

  @Test
  void reactorWorkersHandlesEveryMessageOnTheExecutorGroup() throws Exception {
    RecordingProbe probe = new RecordingProbe();
    ThreadSnapshot before = ThreadSnapshot.take();
    EngineOptions options =
        new EngineOptions(
            ThreadingModel.REACTOR_WORKERS, EngineOptions.LOOPBACK, 0, 3, false, false);
    try (RunningServer server = new NettyEngine(probe).start(options)) {
      Traffic.exchange(server, 2 * CORES + 3, 5);
      Set<Thread> created = before.newSince();

      Set<Thread> io = named(created, NettyEngine.IO_THREAD_NAME);
      Set<Thread> workers = named(created, NettyEngine.WORKER_THREAD_NAME);
      assertThat(io).as("event loop threads").hasSize(CORES);
      assertThat(workers).as("worker threads: the configured 3").hasSize(3);
      assertThat(probe.threads()).as("threads that handled messages").isEqualTo(workers);
    }
  }

  private static Set<Thread> named(Set<Thread> threads, String prefix) {
    return threads.stream().filter(t -> t.getName().startsWith(prefix)).collect(Collectors.toSet());
  }
}
