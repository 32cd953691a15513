package wsarena.run;

import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import org.HdrHistogram.Histogram;
import wsarena.host.HostInfo;
import wsarena.metrics.Phase;
import wsarena.metrics.ResourceSampler;
import wsarena.metrics.RunResult;
import wsarena.metrics.Sample;
import wsarena.scenario.InvalidScenarioException;
import wsarena.scenario.Isolation;
import wsarena.scenario.Scenario;
import wsarena.scenario.TargetSpec;

/**
 * A long open-loop echo run against an engine in its own process, told minute by minute: the
 * messages per second and p99 of that minute, and the client's and the target's heap and RSS, so a
 * leak shows as a column that keeps growing once warm-up is over.
 *
 * <p>Heap is what a collection left: the client's after its latest collection as the JVM reported
 * it (nothing is forced in the process that measures), the target's after it collected garbage on
 * the run's command, once a minute (a pause of milliseconds, at most once in each minute's p99).
 *
 * <pre>{@code
 * new Soak(targets, host).execute(scenario, minute -> print(minute));
 * }</pre>
 */
public final class Soak {
  private static final Duration MINUTE = Duration.ofMinutes(1);

  /** One minute of the soak; bytes, -1 where not read. */
  public record Minute(
      int minute, double messagesPerSecond, long p99Micros, long clientHeapBytes, long clientRssBytes,
      long targetHeapBytes, long targetRssBytes) {}

  private final Targets targets;
  private final HostInfo host;

  public Soak(Targets targets, HostInfo host) {
    this.targets = targets;
    this.host = host;
  }

  /**
   * Starts {@code scenario}'s engine in its own process, runs the scenario against it and tells each
   * minute as it ends.
   *
   * @throws TargetException when the engine cannot start
   * @throws InvalidScenarioException when the scenario cannot run
   */
  public RunResult execute(Scenario scenario, Consumer<Minute> each) throws TargetException, InvalidScenarioException {
    if (!(scenario.target() instanceof TargetSpec.Embedded e)) {
      throw new IllegalArgumentException("a soak measures an embedded engine");
    }
    var own = new TargetSpec.Embedded(e.engine(), e.model(), Isolation.PROCESS, e.workerThreads(), false, e.compression(), e.transport());
    try (StartedTarget target = targets.start(own, scenario.workload());
        HeapAfterCollection clientHeap = new HeapAfterCollection()) {
      long pid = target.process() instanceof ResourceSampler.TargetProcess.Pid p ? p.pid() : 0;
      Scenario external = scenario.withTarget(new TargetSpec.External(target.uri(), false, pid));
      Run run = new Run(external, targets, host, List.of(new PerMinute(target, clientHeap, each)));
      return run.execute();
    }
  }

  /** Adds up each minute's samples and, at its end, reads the memory of both sides. */
  private static final class PerMinute implements RunEvent.Listener {
    private final StartedTarget target;
    private final HeapAfterCollection clientHeap;
    private final Consumer<Minute> each;
    private final Histogram latency = new Histogram(3);
    private long received;
    private long millis;
    private long lastRss = -1;
    private int minute;

    PerMinute(StartedTarget target, HeapAfterCollection clientHeap, Consumer<Minute> each) {
      this.target = target;
      this.clientHeap = clientHeap;
      this.each = each;
    }

    @Override
    public void on(RunEvent event) {
      switch (event) {
        case RunEvent.SampleTaken t -> sampled(t.sample(), t.interval());
        case RunEvent.PhaseChanged p -> phase(p.phase());
        default -> {}
      }
    }

    private void sampled(Sample s, Histogram intervalHistogram) {
      if (s.phase() != Phase.WARMUP && s.phase() != Phase.MEASURING) {
        return;
      }
      latency.add(intervalHistogram);
      received += s.counts().received();
      millis += s.intervalMillis();
      lastRss = s.resources().clientRssBytes();
      if (millis >= MINUTE.toMillis()) {
        tell();
      }
    }

    private void phase(Phase phase) {
      if (phase == Phase.DONE && millis >= MINUTE.toMillis() / 2) {
        tell(); // the last part-minute, when it is long enough to say something
      }
    }

    private void tell() {
      minute++;
      var settled = target.settledMemory();
      each.accept(
          new Minute(
              minute,
              received * 1000.0 / Math.max(1, millis),
              latency.getTotalCount() == 0 ? -1 : latency.getValueAtPercentile(99),
              clientHeap.bytes(),
              lastRss,
              settled.map(TargetMemory.Reading::heapBytes).orElse(-1L),
              settled.map(TargetMemory.Reading::rssBytes).orElse(-1L)));
      latency.reset();
      received = 0;
      millis = 0;
    }
  }
}
