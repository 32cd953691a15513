package wsarena.run;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;
import wsarena.host.HostInfo;
import wsarena.metrics.RunResult;
import wsarena.metrics.SampleSink;
import wsarena.scenario.InvalidScenarioException;
import wsarena.scenario.Scenario;

/**
 * The same load against several targets, one after the other, so their results sit side by side.
 * Targets run one at a time: they share the machine's cores with the generator, and a comparison
 * is only fair when each has them to itself. Both fronts use it: {@code wsarena bench} over every
 * engine and model, the window's "Compare models" over one engine's models (and its Start over a
 * single target).
 *
 * <pre>{@code
 * Shootout shootout = new Shootout(scenarios, targets, host);
 * List<RunResult> results = shootout.execute(s -> sinks, s -> starting(s), r -> finished(r));
 * // another thread may call shootout.stop(): the current run ends, the rest are skipped
 * }</pre>
 */
public final class Shootout {

  /**
   * One target's run, prepared: {@link #execute()} blocks until it ends and returns what it
   * measured; {@link #stop()}, from any thread, ends it early.
   */
  public interface Measurement {
    RunResult execute();

    void stop();
  }

  /** Prepares each target's run: {@link #runs} gives the core's {@link Run}; tests may script one. */
  @FunctionalInterface
  public interface Runs {
    /**
     * @throws InvalidScenarioException when the scenario cannot run
     */
    Measurement prepare(Scenario scenario, List<SampleSink> sinks) throws InvalidScenarioException;
  }

  private final List<Scenario> scenarios;
  private final Runs runs;
  private final Duration pauseBetween;
  private final CountDownLatch stopSignal = new CountDownLatch(1);
  private volatile Measurement current;
  private volatile boolean stopped;

  /** The core's runs, back to back. */
  public Shootout(List<Scenario> scenarios, Targets targets, HostInfo host) {
    this(scenarios, runs(targets, host), Duration.ZERO);
  }

  /**
   * @param runs prepares each scenario's run
   * @param pauseBetween the time between one target's end and the next one's start (zero for
   *     none): the window leaves each finished result on screen a moment before the next begins
   */
  public Shootout(List<Scenario> scenarios, Runs runs, Duration pauseBetween) {
    this.scenarios = List.copyOf(scenarios);
    this.runs = runs;
    this.pauseBetween = pauseBetween;
  }

  /** The core's {@link Run} on {@code host}, starting targets through {@code targets}. */
  public static Runs runs(Targets targets, HostInfo host) {
    return runs(targets, host, TargetChecks.NONE);
  }

  /** The core's runs, each checking its target before measuring it ({@code bench --conformance}). */
  public static Runs runs(Targets targets, HostInfo host, TargetChecks checks) {
    return (scenario, sinks) -> new CoreRun(new Run(scenario, targets, host, sinks, checks));
  }

  /**
   * Runs every scenario; a failed target does not stop the others.
   *
   * @param sinksFor the sinks for each scenario's run
   * @param afterEach called with each result as it arrives
   */
  public List<RunResult> execute(Function<Scenario, List<SampleSink>> sinksFor, Consumer<RunResult> afterEach)
      throws InvalidScenarioException {
    return execute(sinksFor, s -> {}, afterEach);
  }

  /**
   * Runs every scenario, on the caller's thread; a failed target does not stop the others. The
   * first target always runs, so a caller that announced it always gets its result: when {@link
   * #stop()} came first, that run ends at once, stopped.
   *
   * @param sinksFor the sinks for each scenario's run
   * @param beforeEach called with each scenario just before its target starts
   * @param afterEach called with each result as it arrives
   * @throws InvalidScenarioException when a scenario cannot run; the targets after it are skipped
   */
  public List<RunResult> execute(
      Function<Scenario, List<SampleSink>> sinksFor, Consumer<Scenario> beforeEach, Consumer<RunResult> afterEach)
      throws InvalidScenarioException {
    List<RunResult> results = new ArrayList<>();
    for (Scenario s : scenarios) {
      if (!results.isEmpty()) {
        pause();
        if (stopped) {
          break;
        }
      }
      beforeEach.accept(s);
      Measurement run = runs.prepare(s, sinksFor.apply(s));
      current = run;
      if (stopped) {
        run.stop(); // stop() came between the check above and this run becoming current
      }
      RunResult r = run.execute();
      results.add(r);
      afterEach.accept(r);
    }
    return results;
  }

  /** Waits the pause between two targets; {@link #stop()} cuts it short. */
  private void pause() {
    if (pauseBetween.isZero()) {
      return;
    }
    try {
      stopSignal.await(pauseBetween.toNanos(), TimeUnit.NANOSECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      stop();
    }
  }

  /** Stops the current run (it keeps what it measured) and skips the rest. Any thread, any time. */
  public void stop() {
    stopped = true;
    stopSignal.countDown();
    Measurement r = current;
    if (r != null) {
      r.stop();
    }
  }

  /** The core's run as a shootout measures it. */
  private record CoreRun(Run run) implements Measurement {
    @Override
    public RunResult execute() {
      return run.execute();
    }

    @Override
    public void stop() {
      run.stop();
    }
  }
}
