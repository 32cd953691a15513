package wsarena.run;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import wsarena.host.FileLimit;
import wsarena.host.HostInfo;
import wsarena.metrics.RunResult;
import wsarena.metrics.ShootoutResult;
import wsarena.scenario.InvalidScenarioException;
import wsarena.scenario.Problem;
import wsarena.scenario.Scenario;
import wsarena.scenario.ShootoutPlan;

/**
 * One scenario over several targets, fairly: one target at a time (they share the machine's cores
 * with the generator, and a comparison is only fair when each has them to itself), each repeat
 * over every target before the next (A B C A B C), a cool-down between two, and each turn a run of
 * its own, so an embedded engine or a Python server is started afresh (a new process for one in
 * its own) every time. Any workload: each turn is a {@link Run} of the plan's scenario with the
 * target in it. Every front goes through here: {@code wsarena shootout} and {@code bench}, the
 * window's Start (a plan of one target) and its Compare view.
 *
 * <pre>{@code
 * Shootout shootout = new Shootout(plan, targets, host);
 * ShootoutResult result = shootout.execute(event -> {
 *   switch (event) {
 *     case RunEvent.TrialStarted t -> print(t.progress().line());
 *     case RunEvent.TrialFinished f -> print(f.result().totals());
 *     default -> {}
 *   }
 * });
 * // another thread may call shootout.stop(): the current run ends, the rest are skipped
 * }</pre>
 *
 * <p>What one turn measures is a {@link Runs}: the core's {@link Run} by default. That is the seam
 * for other measurements of a target inside a shootout, e.g. a sweep per target, which would
 * prepare a {@link Measurement} that runs the target's steps and returns the run at its knee.
 */
public final class Shootout {

  /**
   * One turn, prepared: {@link #execute()} blocks until it ends and returns what it measured;
   * {@link #stop()}, from any thread, ends it early.
   */
  public interface Measurement {
    RunResult execute();

    void stop();
  }

  /** Prepares each turn: {@link #runs} gives the core's {@link Run}; tests may script one. */
  @FunctionalInterface
  public interface Runs {
    /**
     * @throws InvalidScenarioException when the scenario cannot run
     */
    Measurement prepare(Scenario scenario, RunEvent.Listener listener) throws InvalidScenarioException;
  }

  private final ShootoutPlan plan;
  private final Runs runs;
  private final LongSupplier nanoTime;
  private final CoolDown coolDown;
  private final CountDownLatch stopSignal = new CountDownLatch(1);
  private final List<String> problems;
  private volatile Measurement current;
  private volatile boolean stopped;

  /** How the pause between two targets is spent; tests spend it on a clock of their own. */
  @FunctionalInterface
  interface CoolDown {
    /** Waits {@code pause}, or less when the shootout is stopped ({@code stopSignal} counts down). */
    void await(Duration pause, CountDownLatch stopSignal) throws InterruptedException;
  }

  /** The core's runs of {@code plan}, each target checked against what {@code targets} can start. */
  public Shootout(ShootoutPlan plan, Targets targets, HostInfo host) {
    this(plan, runs(targets, host), plan.problems(targets.catalog(), FileLimit.openFiles().orElse(0)), System::nanoTime, Shootout::sleep);
  }

  /** {@code plan}'s turns, each prepared by {@code runs}. */
  public Shootout(ShootoutPlan plan, Runs runs) {
    this(plan, runs, List.of(), System::nanoTime, Shootout::sleep);
  }

  Shootout(ShootoutPlan plan, Runs runs, List<String> problems, LongSupplier nanoTime, CoolDown coolDown) {
    this.plan = plan;
    this.runs = runs;
    this.problems = List.copyOf(problems);
    this.nanoTime = nanoTime;
    this.coolDown = coolDown;
  }

  private static void sleep(Duration pause, CountDownLatch stopSignal) throws InterruptedException {
    stopSignal.await(pause.toNanos(), TimeUnit.NANOSECONDS);
  }

  /** The core's {@link Run} on {@code host}, starting targets through {@code targets}. */
  public static Runs runs(Targets targets, HostInfo host) {
    return runs(targets, host, TargetChecks.NONE);
  }

  /** The core's runs, each checking its target before measuring it ({@code bench --conformance}). */
  public static Runs runs(Targets targets, HostInfo host, TargetChecks checks) {
    return (scenario, listener) -> new CoreRun(new Run(scenario, targets, host, List.of(listener), checks));
  }

  public ShootoutPlan plan() {
    return plan;
  }

  /** About how long {@code plan} takes, from its first start to its last result. */
  public static Duration estimate(ShootoutPlan plan) {
    return new ShootoutClock(plan.trials(), plan.coolDown(), System::nanoTime).remainingFrom(0);
  }

  /** The progress of the first trial, as {@link RunEvent.TrialStarted} will tell it: for a front that announces it at once. */
  public ShootoutProgress progressAtStart() {
    List<ShootoutPlan.Trial> trials = plan.trials();
    ShootoutClock clock = new ShootoutClock(trials, plan.coolDown(), nanoTime);
    return progress(trials.getFirst(), trials, clock);
  }

  private ShootoutProgress progress(ShootoutPlan.Trial trial, List<ShootoutPlan.Trial> trials, ShootoutClock clock) {
    return new ShootoutProgress(
        trial, trials.size(), plan.targets().size(), plan.repeats(), plan.labels().get(trial.target()), clock.elapsed(),
        clock.remainingFrom(trial.position()));
  }

  /**
   * Runs every trial, on the caller's thread; a failed target does not stop the others. The first
   * trial always runs, so a caller that announced it always gets its result: when {@link #stop()}
   * came first, that run ends at once, stopped. {@code listener} hears each trial start and end,
   * and its run's events in between.
   *
   * @throws InvalidScenarioException before anything starts, when a target cannot be measured under
   *     the scenario (each problem names its target)
   */
  public ShootoutResult execute(RunEvent.Listener listener) throws InvalidScenarioException {
    if (!problems.isEmpty()) {
      throw new InvalidScenarioException(problems.stream().map(p -> new Problem("target", p)).toList());
    }
    Instant startedAt = Instant.now();
    List<ShootoutPlan.Trial> trials = plan.trials();
    Optional<String> mixed = plan.isolationWarning();
    ShootoutClock clock = new ShootoutClock(trials, plan.coolDown(), nanoTime);
    List<ShootoutResult.TrialResult> done = new ArrayList<>();
    for (ShootoutPlan.Trial trial : trials) {
      if (!done.isEmpty()) {
        pause();
        if (stopped) {
          break;
        }
      }
      listener.on(new RunEvent.TrialStarted(progress(trial, trials, clock)));
      long began = nanoTime.getAsLong();
      Measurement run = runs.prepare(trial.scenario(), listener);
      current = run;
      if (stopped) {
        run.stop(); // stop() came between the check above and this run becoming current
      }
      RunResult measured = run.execute();
      // a run of a mixed shootout says so itself, so its file carries the caution when opened alone
      RunResult result = mixed.map(measured::withWarning).orElse(measured);
      current = null;
      clock.finished(trial.position(), Duration.ofNanos(nanoTime.getAsLong() - began));
      done.add(new ShootoutResult.TrialResult(trial, result));
      listener.on(new RunEvent.TrialFinished(trial, result));
    }
    return new ShootoutResult(plan, startedAt, done, mixed.stream().toList());
  }

  /**
   * Runs every trial as {@link #execute} does, for a front that only follows: it never throws, and
   * the last event is {@link RunEvent.ShootoutFinished}, or {@link RunEvent.Failed} when the
   * shootout could not start or broke down.
   */
  public void follow(RunEvent.Listener listener) {
    RunEvent last;
    try {
      last = new RunEvent.ShootoutFinished(execute(listener));
    } catch (InvalidScenarioException e) {
      last = RunEvent.Failed.refused("scenario", e);
    } catch (RuntimeException | Error e) {
      last = RunEvent.Failed.broke("run", e);
    }
    listener.on(last);
  }

  /** Waits the cool-down between two targets; {@link #stop()} cuts it short. */
  private void pause() {
    if (plan.coolDown().isZero()) {
      return;
    }
    try {
      coolDown.await(plan.coolDown(), stopSignal);
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
