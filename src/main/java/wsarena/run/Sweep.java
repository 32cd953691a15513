package wsarena.run;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import wsarena.Version;
import wsarena.host.FileLimit;
import wsarena.host.HostInfo;
import wsarena.metrics.Outcome;
import wsarena.metrics.RunResult;
import wsarena.metrics.SweepResult;
import wsarena.metrics.SweepStep;
import wsarena.metrics.TargetInfo;
import wsarena.text.Units;
import wsarena.scenario.InvalidScenarioException;
import wsarena.scenario.Isolation;
import wsarena.scenario.LoadProfile;
import wsarena.scenario.Problem;
import wsarena.scenario.Rate;
import wsarena.scenario.Scenario;
import wsarena.scenario.ScenarioValidator;
import wsarena.scenario.SweepPlan;
import wsarena.scenario.TargetSpec;

/**
 * One target under rising load, step by step, to its knee: the highest load whose p99 stays under
 * the bound with nothing lost and the rate kept (Gil Tene's sustainable throughput). Each step is
 * a whole open-loop run of the scenario ({@link Run}: ramp, warm-up, measured time), at the load
 * the plan's steps give; the target is kept running between steps, with a short rest, or started
 * anew for each ({@link SweepPlan#freshTarget()}).
 *
 * <pre>{@code
 * Sweep sweep = new Sweep(scenario, SweepPlan.rates(1000), Targets.standard(), host);
 * SweepResult r = sweep.execute(listener);   // blocks; another thread may call sweep.stop()
 * r.maxSustainableRate();                     // msgs/s at the knee, null when no step passed
 * }</pre>
 *
 * <p>It stops at the knee, when a step fails because of the generator rather than the target
 * ({@link StepJudge}), when the target fails, when the user stops it, or after {@value #MAX_STEPS}
 * steps. Like {@link Shootout}, it is the core type a front runs; a shootout of sweeps runs one
 * per target.
 */
public final class Sweep {
  /** Enough for doubling from 1 msg/s to a million and bisecting to 1 %. */
  static final int MAX_STEPS = 30;
  /** The note of a step that runs a failed load once more, to tell a knee from a passing pause. */
  static final String AGAIN = "again, to confirm its failure";
  /** Open files this process keeps for itself (its jars, epoll, pipes, a child's streams). */
  static final int RESERVED_FILES = 512;

  /** Prepares each step's run: the core's, on a kept or fresh target, or a test's script. */
  public interface StepRuns extends AutoCloseable {
    Shootout.Measurement prepare(Scenario step, RunEvent.Listener listener) throws InvalidScenarioException;

    /** Stops a target kept between the steps. */
    @Override
    default void close() {}
  }

  private final Scenario base;
  private final SweepPlan plan;
  private final HostInfo host;
  private final StepRuns runs;
  private final StepSearch search;
  private final List<String> notes = new ArrayList<>();
  private final CountDownLatch stopSignal = new CountDownLatch(1);
  private volatile Shootout.Measurement current;
  private volatile boolean stopped;

  /**
   * @throws InvalidScenarioException when the scenario or the plan cannot run, listing every
   *     problem, or when the open-files limit leaves room for no connection step
   */
  public Sweep(Scenario base, SweepPlan plan, Targets targets, HostInfo host) throws InvalidScenarioException {
    this(base, plan, targets.catalog(), host, core(base, plan, targets, host), FileLimit.openFiles());
  }

  /**
   * A sweep whose steps {@code runs} prepares, each step checked by them (a window's test scripts
   * its steps this way); the plan is checked here.
   *
   * @throws InvalidScenarioException when the plan cannot run
   */
  public static Sweep over(Scenario base, SweepPlan plan, HostInfo host, StepRuns runs) throws InvalidScenarioException {
    return new Sweep(base, plan, null, host, runs, FileLimit.openFiles());
  }

  /**
   * A sweep whose steps {@code runs} prepares (tests script them), under {@code openFiles}; with
   * a {@code catalog}, each step's scenario is checked before the first one runs.
   */
  Sweep(
      Scenario base,
      SweepPlan plan,
      wsarena.scenario.TargetCatalog catalog,
      HostInfo host,
      StepRuns runs,
      OptionalLong openFiles)
      throws InvalidScenarioException {
    List<Problem> problems = new ArrayList<>(plan.problems().stream().map(p -> new Problem("sweep", p)).toList());
    SweepPlan capped = problems.isEmpty() ? capConnections(plan, base, openFiles) : plan;
    if (problems.isEmpty() && catalog != null) {
      ScenarioValidator validator = new ScenarioValidator(catalog, openFiles.orElse(0));
      for (Scenario step : firstSteps(base, capped)) {
        validator.problems(step).stream().filter(p -> !problems.contains(p)).forEach(problems::add);
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidScenarioException(problems);
    }
    this.base = base;
    this.plan = capped;
    this.host = host;
    this.runs = runs;
    this.search = StepSearch.of(capped.steps());
  }

  /** The core's runs, on one target kept for the whole sweep unless the plan wants a fresh one each step. */
  private static StepRuns core(Scenario base, SweepPlan plan, Targets targets, HostInfo host) {
    if (plan.freshTarget()) {
      Shootout.Runs fresh = Shootout.runs(targets, host);
      return fresh::prepare;
    }
    KeptTarget kept = new KeptTarget(targets, base.target(), base.workload());
    return new StepRuns() {
      @Override
      public Shootout.Measurement prepare(Scenario step, RunEvent.Listener listener) throws InvalidScenarioException {
        Run run = new Run(step, targets, host, List.of(listener));
        return new Shootout.Measurement() {
          @Override
          public RunResult execute() {
            return run.execute(kept);
          }

          @Override
          public void stop() {
            run.stop();
          }
        };
      }

      @Override
      public void close() {
        kept.close();
      }
    };
  }

  /** Ends the sweep from any thread: the step going on stops (and keeps what it measured). */
  public void stop() {
    stopped = true;
    stopSignal.countDown();
    Shootout.Measurement m = current;
    if (m != null) {
      m.stop();
    }
  }

  /** The plan as it runs: connection steps past the open-files limit left out. */
  public SweepPlan plan() {
    return plan;
  }

  /**
   * Runs the steps, on the caller's thread, and returns the sweep; it always returns a result.
   * {@code listener} hears each step start and get judged, and its run's events in between.
   */
  public SweepResult execute(RunEvent.Listener listener) throws InvalidScenarioException {
    Instant startedAt = Instant.now();
    List<SweepStep> steps = new ArrayList<>();
    SweepResult.StopReason reason;
    try (runs) {
      reason = runSteps(listener, steps);
    }
    Optional<SweepStep> knee = steps.stream().filter(SweepStep::passed).max(java.util.Comparator.comparingDouble(SweepStep::offeredRate));
    TargetInfo target = steps.isEmpty()
        ? new TargetInfo(base.target().label(), base.target().label(), null, "")
        : steps.getFirst().result().target();
    return new SweepResult(
        Version.current(), base, plan, host, target, startedAt, steps, knee.map(SweepStep::offeredRate).orElse(null),
        reason, explain(reason, steps, knee), notes);
  }

  /**
   * Runs the steps as {@link #execute} does, for a front that only follows: it never throws, and
   * the last event is {@link RunEvent.SweepFinished}, or {@link RunEvent.Failed} when it broke down.
   */
  public void follow(RunEvent.Listener listener) {
    RunEvent last;
    try {
      last = new RunEvent.SweepFinished(execute(listener));
    } catch (InvalidScenarioException e) {
      last = RunEvent.Failed.refused("sweep", e);
    } catch (RuntimeException | Error e) {
      last = RunEvent.Failed.broke("sweep", e);
    }
    listener.on(last);
  }

  private SweepResult.StopReason runSteps(RunEvent.Listener listener, List<SweepStep> steps) throws InvalidScenarioException {
    StepSearch.Load failedOnce = null;
    while (true) {
      if (stopped) {
        return SweepResult.StopReason.STOPPED;
      }
      Optional<StepSearch.Load> next = failedOnce != null
          ? Optional.of(new StepSearch.Load(failedOnce.rate(), failedOnce.connections(), AGAIN))
          : search.next();
      if (next.isEmpty()) {
        return search.ended();
      }
      if (steps.size() == MAX_STEPS) {
        return SweepResult.StopReason.STEP_LIMIT;
      }
      if (!steps.isEmpty() && !rest()) {
        return SweepResult.StopReason.STOPPED;
      }
      StepSearch.Load load = next.get();
      int index = steps.size() + 1;
      Scenario scenario = step(base, load);
      listener.on(new RunEvent.StepStarting(index, scenario, load.note(), plan));
      Shootout.Measurement m = runs.prepare(scenario, listener);
      current = m;
      if (stopped) {
        m.stop(); // stop() came between the check above and this step becoming current
      }
      RunResult r = m.execute();
      current = null;
      SweepStep step = StepJudge.judge(index, load, r, plan.bounds());
      steps.add(step);
      listener.on(new RunEvent.StepJudged(step));
      if (r.outcome() == Outcome.STOPPED) {
        return SweepResult.StopReason.STOPPED;
      }
      if (r.outcome() == Outcome.FAILED) {
        return SweepResult.StopReason.TARGET_FAILED;
      }
      if (!step.passed() && failedOnce == null) {
        // One short step on shared cores can fail on a pause that is not the target's (a
        // collection, a neighbour's burst, the generator's thread kept from its core), and the
        // search would never come back above it: a load fails only when it fails twice in a row.
        failedOnce = load;
        continue;
      }
      if (step.generatorLimited()) {
        return SweepResult.StopReason.GENERATOR_BOUND;
      }
      search.record(failedOnce != null ? failedOnce : load, step.passed());
      failedOnce = null;
    }
  }

  /** The cool-down between two steps; false when the sweep was stopped during it. */
  private boolean rest() {
    try {
      return !stopSignal.await(plan.cooldown().toNanos(), TimeUnit.NANOSECONDS) && !stopped;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      stop();
      return false;
    }
  }

  /** The scenario at one step's load: its rate, and its connections for connection steps. */
  static Scenario step(Scenario base, StepSearch.Load load) {
    LoadProfile l = base.load().withRate(new Rate.OpenLoop(load.rate()));
    return base.withLoad(load.connections() > 0 ? l.withConnections(load.connections()) : l);
  }

  /** The steps checked before the sweep starts: the first rate, or every connection step. */
  private static List<Scenario> firstSteps(Scenario base, SweepPlan plan) {
    return switch (plan.steps()) {
      case SweepPlan.Steps.Rates r -> List.of(step(base, new StepSearch.Load(r.startRate(), 0, "")));
      case SweepPlan.Steps.Connections c ->
          c.counts().stream().map(n -> step(base, new StepSearch.Load(n * c.ratePerConnection(), n, ""))).toList();
    };
  }

  /**
   * Connection steps this process cannot hold open are left out, and the sweep says so: each
   * connection holds a file, two in this process when the target runs here too.
   */
  private SweepPlan capConnections(SweepPlan plan, Scenario base, OptionalLong openFiles) throws InvalidScenarioException {
    if (!(plan.steps() instanceof SweepPlan.Steps.Connections c) || openFiles.isEmpty()) {
      return plan;
    }
    boolean here = base.target() instanceof TargetSpec.Embedded e && e.isolation() == Isolation.IN_PROCESS;
    long fit = Math.max(0, (openFiles.getAsLong() - RESERVED_FILES) / (here ? 2 : 1));
    List<Integer> kept = c.counts().stream().filter(n -> n <= fit).toList();
    if (kept.size() == c.counts().size()) {
      return plan;
    }
    List<Integer> left = c.counts().subList(kept.size(), c.counts().size());
    String limit = "this process may hold " + Units.whole(openFiles.getAsLong()) + " open files (ulimit -n), and each connection holds "
        + (here ? "two, the target running in this process" : "one") + ": " + Units.whole(fit) + " connections fit";
    if (kept.isEmpty()) {
      throw new InvalidScenarioException(List.of(new Problem(Problem.CONNECTIONS, "no connection step fits: " + limit)));
    }
    notes.add(String.join(", ", left.stream().map(Units::whole).toList()) + " connections left out: " + limit);
    return new SweepPlan(new SweepPlan.Steps.Connections(kept, c.ratePerConnection()), plan.bounds(), plan.freshTarget(), plan.cooldown());
  }

  /** Why the sweep stopped, as a sentence with the figures that decided it. */
  private String explain(SweepResult.StopReason reason, List<SweepStep> steps, Optional<SweepStep> knee) {
    SweepStep last = steps.isEmpty() ? null : steps.getLast();
    String atLeast = knee.map(k -> "; the target sustained at least " + load(k)).orElse("");
    return switch (reason) {
      case KNEE_FOUND -> {
        double kneeRate = knee.orElseThrow().offeredRate();
        SweepStep fail = steps.stream().filter(s -> !s.passed() && s.offeredRate() > kneeRate)
            .min(java.util.Comparator.comparingDouble(SweepStep::offeredRate)).orElse(last);
        String within = plan.steps() instanceof SweepPlan.Steps.Rates r ? ", within " + Units.share(r.precision()) : "";
        yield "the knee lies between " + load(knee.orElseThrow()) + ", which passed, and " + load(fail) + ", which did not ("
            + fail.reasons().getFirst() + ")" + within;
      }
      case GENERATOR_BOUND -> "the generator, not the target, was the limit at " + load(last) + " ("
          + last.reasons().getLast().substring(StepJudge.GENERATOR_LIMIT.length()) + ")" + atLeast;
      case TARGET_FAILED -> "the target failed at " + load(last) + ": " + last.result().failure() + atLeast;
      case STOPPED -> "stopped by the user" + (last == null ? " before the first step" : " at step " + last.index()) + atLeast;
      case NO_STEP_PASSED -> "no step passed: even " + load(lowest(steps)) + " did not (" + lowest(steps).reasons().getFirst() + ")";
      case ALL_STEPS_PASSED -> "every step passed, up to " + load(last);
      case STEP_LIMIT -> "it took " + MAX_STEPS + " steps, the most a sweep takes" + atLeast;
    };
  }

  private static SweepStep lowest(List<SweepStep> steps) {
    return steps.stream().min(java.util.Comparator.comparingDouble(SweepStep::offeredRate)).orElseThrow();
  }

  /** A step's load in words: {@code 40,000 msgs/s}, or {@code 1,000 connections (10,000 msgs/s)} for connection steps. */
  private String load(SweepStep s) {
    String rate = Units.whole(s.offeredRate()) + " msgs/s";
    return plan.steps() instanceof SweepPlan.Steps.Connections ? Units.plural(s.connections(), "connection") + " (" + rate + ")" : rate;
  }

}
