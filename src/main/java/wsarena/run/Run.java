package wsarena.run;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import org.HdrHistogram.Histogram;
import wsarena.conformance.ConformanceFailure;
import wsarena.conformance.ConformanceSummary;
import wsarena.host.ClockProbe;
import wsarena.host.FileLimit;
import wsarena.host.HostInfo;
import wsarena.load.ClientLoad;
import wsarena.load.LoadGenerator;
import wsarena.metrics.Fates;
import wsarena.metrics.GeneratorThread;
import wsarena.metrics.IntervalRecorder;
import wsarena.metrics.IntervalSampler;
import wsarena.metrics.Outcome;
import wsarena.metrics.Phase;
import wsarena.metrics.ResourceSampler;
import wsarena.metrics.RunResult;
import wsarena.metrics.Sample;
import wsarena.scenario.InvalidScenarioException;
import wsarena.scenario.Problem;
import wsarena.scenario.Scenario;
import wsarena.scenario.ScenarioValidator;
import wsarena.scenario.Segment;
import wsarena.scenario.Workload;

/**
 * One scenario, run once: start the target, ramp, warm up, measure, drain, stop the target.
 *
 * <pre>{@code
 * Run run = new Run(scenario, Targets.standard(), HostProbe.detect(), List.of(listener));
 * RunResult result = run.execute();   // blocks; another thread may call run.stop()
 * }</pre>
 *
 * <p>{@link #execute()} never loses data: when the user stops the run or the target fails, the
 * result holds everything measured until then, with {@code outcome} STOPPED or FAILED and the cause
 * as a sentence. The thread that calls {@code execute()} is the sampling thread: it takes one sample
 * per interval, and one more at each phase change so that every sample belongs to one phase.
 *
 * <p>Given {@link TargetChecks}, a run first checks the target it started (its features, its
 * conformance) and then measures that same server; a stop during the checks ends the run there.
 *
 * <p>This class keeps the phases; {@link PhaseLengths} says how long the ramp may last, {@link Drain}
 * waits out the last answers, {@link FailureWatch} says why a run cannot go on, {@link RunWarnings} decides what to warn about and {@link
 * ResultAssembly} puts the result together.
 */
public final class Run {
  /** The longest the sampling thread sleeps, so a stop or a failure is seen within it. */
  static final long MAX_PARK_NANOS = 20_000_000;

  private final Scenario scenario;
  /** This run's share of the scenario, or null for the whole scenario on one machine. */
  private final Segment segment;
  /** The instant the phases start at, shared by every segment, or null to start at once. */
  private final Instant startAt;
  private final Targets targets;
  private final HostInfo host;
  /** Everyone following this run, as one. */
  private final RunEvent.Listener listener;
  private final RunWarnings warnings;
  private final CheckStep checks;
  private volatile boolean stopRequested;
  private volatile Thread runner;
  private ResultAssembly result;
  private IntervalSampler sampler;
  private String failure;
  /** Started with the run, so a failure can say when in the run it happened. */
  private FailureWatch failures;

  /**
   * @throws InvalidScenarioException when the scenario cannot run, listing every problem
   */
  public Run(Scenario scenario, Targets targets, HostInfo host, List<? extends RunEvent.Listener> listeners)
      throws InvalidScenarioException {
    this(scenario, null, null, targets, host, listeners, TargetChecks.NONE);
  }

  /** A run that checks its target before measuring it ({@link TargetChecks}). */
  public Run(Scenario scenario, Targets targets, HostInfo host, List<? extends RunEvent.Listener> listeners, TargetChecks checks)
      throws InvalidScenarioException {
    this(scenario, null, null, targets, host, listeners, checks);
  }

  /** One segment of a scenario, without checks (see below). */
  public Run(Scenario scenario, Segment segment, Instant startAt, Targets targets, HostInfo host, List<? extends RunEvent.Listener> listeners)
      throws InvalidScenarioException {
    this(scenario, segment, startAt, targets, host, listeners, TargetChecks.NONE);
  }

  /**
   * One segment of a scenario run from several load machines: only its share of the connections
   * and of the open-loop slots ({@link Segment}). With {@code startAt}, the ramp, the open-loop
   * schedule and every sampling interval start from that instant, and each phase ends on a
   * boundary of the interval grid drawn from it, so the segments' intervals line up across
   * machines; the ramp then lasts its planned length plus five seconds and does not end early (handshakes
   * still under way go on into the warm-up). Given {@code checks}, it checks its target first.
   *
   * @param segment this run's share, or null for the whole scenario
   * @param startAt the wall-clock instant to start at, or null for now
   * @throws InvalidScenarioException when the scenario cannot run, or the checks not on its target
   */
  public Run(
      Scenario scenario, Segment segment, Instant startAt, Targets targets, HostInfo host, List<? extends RunEvent.Listener> listeners,
      TargetChecks checks)
      throws InvalidScenarioException {
    List<Problem> problems =
        new ArrayList<>(new ScenarioValidator(targets.catalog(), FileLimit.openFiles().orElse(0)).problems(scenario));
    checks.problem(scenario).ifPresent(p -> problems.add(new Problem(Problem.TARGET, p)));
    if (!problems.isEmpty()) {
      throw new InvalidScenarioException(problems);
    }
    this.scenario = scenario;
    this.segment = segment;
    this.startAt = startAt;
    this.targets = targets;
    this.host = host;
    this.listener = RunEvent.all(listeners);
    this.warnings = new RunWarnings(scenario, listener);
    this.checks = new CheckStep(checks, targets);
  }

  /** Ends the run early from any thread; {@link #execute()} then returns with outcome STOPPED. */
  public void stop() {
    stopRequested = true;
    checks.stop();
    Thread t = runner;
    if (t != null) {
      LockSupport.unpark(t);
    }
  }

  /** Runs to the end and returns the result; its listeners hear every phase and sample on the way. */
  public RunResult execute() {
    return execute(null);
  }

  /**
   * Runs on {@code kept}'s target when given (started by the first run that needs it, left running
   * for the next: a sweep's steps), else on a target of its own, stopped at the end.
   */
  RunResult execute(KeptTarget kept) {
    runner = Thread.currentThread();
    failures = new FailureWatch(System.nanoTime());
    result = new ResultAssembly(scenario, host, Instant.now());
    if (segment != null) {
      result.segment(segment, startAt, ClockProbe.read());
    }
    announce(Phase.STARTING);
    warnings.atStart();
    StartedTarget target;
    try {
      target = kept != null ? kept.get() : targets.start(scenario.target(), scenario.workload());
    } catch (TargetException e) {
      return finish(null, Outcome.FAILED, e.getMessage(), null);
    }
    if (kept != null) {
      return measure(target);
    }
    try (target) {
      if (checks.any()) {
        announce(Phase.CHECKING);
        checks.run(target, scenario, RunEvent.suiteProgress(listener)).ifPresent(this::keep);
        if (stopRequested) {
          return finish(target, Outcome.STOPPED, null, null);
        }
      }
      return measure(target);
    }
  }

  /** What the checks found goes into the result; a target the suite could not judge, into a warning. */
  private void keep(TargetChecks.Findings found) {
    result.checked(found.features(), found.conformance() instanceof ConformanceSummary s ? s : null);
    if (found.conformance() instanceof ConformanceFailure f) {
      warnings.notJudged(f.failure());
    }
  }

  private RunResult measure(StartedTarget target) {
    int clientThreads = scenario.load().effectiveThreads(scenario.target().onThisMachine());
    result.clientThreads(clientThreads);
    // an idle run weighs the target before its first connection, so it reads before the client exists
    Optional<TargetMemory> memory =
        scenario.workload() == Workload.IDLE ? TargetMemory.before(target) : Optional.empty();
    ClientLoad generator =
        ClientLoad.of(
            target.uri(),
            scenario.workload(),
            scenario.load(),
            target.trust(),
            clientThreads,
            segment == null ? Segment.WHOLE : segment);
    try {
      List<GeneratorThread> generatorThreads = generator.threads();
      ResourceSampler resources =
          new ResourceSampler(generatorThreads, name -> name.startsWith(LoadGenerator.THREAD_PREFIX), target.process());
      long base = System.nanoTime();
      if (startAt != null) {
        base += Duration.between(Instant.now(), startAt).toNanos();
        String late = PhaseLengths.lateStart(scenario, base, startAt);
        if (late != null) {
          return finish(target, Outcome.FAILED, late, generator);
        }
        if (!parkUntil(base)) {
          return finish(target, Outcome.STOPPED, null, generator);
        }
        generator.scheduleFrom(base);
      }
      sampler = new IntervalSampler(generator.recorders(), LoadGauge.of(generator), resources, base);
      memory.ifPresent(m -> sampler.memoryBaseline(m.rssBeforeBytes()));
      generator.start();

      boolean aligned = startAt != null;
      Duration ramp = aligned ? PhaseLengths.alignedRamp(scenario) : PhaseLengths.rampLimit(scenario);
      Ending ending = runPhase(Phase.RAMP, base, ramp, aligned ? () -> false : generator::rampSettled, target, generator);
      long next = base + ramp.toNanos();
      // A segment's ramp has a fixed length: handshakes still under way may finish in the warm-up.
      boolean stillConnecting = aligned && generator.connectionsConnecting() > 0;
      if (ending == Ending.COMPLETED && !generator.anyConnected() && !stillConnecting) {
        String why = generator.firstFailure() != null ? generator.firstFailure() : "no connection could be opened";
        generator.stopSending();
        generator.settle(false);
        return finish(target, Outcome.FAILED, "could not connect to " + target.uri() + ": " + why, generator);
      }
      generator.rampFinished();
      if (ending == Ending.COMPLETED && !scenario.load().warmup().isZero()) {
        ending = runPhase(Phase.WARMUP, aligned ? next : System.nanoTime(), scenario.load().warmup(), () -> false, target, generator);
        next += scenario.load().warmup().toNanos();
      }
      if (ending == Ending.COMPLETED) {
        // The measured window opens and closes at the measured phase's edges, so its messages
        // and its samples are the same ones, to within a message per connection.
        generator.startMeasuring();
        long cpuBefore = ResourceSampler.threadsCpuNanos(generatorThreads);
        ending = runPhase(Phase.MEASURING, aligned ? next : System.nanoTime(), scenario.load().duration(), () -> false, target, generator);
        generator.stopSending();
        result.generatorCpuNanos(ResourceSampler.threadsCpuNanos(generatorThreads) - cpuBefore);
      }
      if (ending != Ending.FAILED && memory.isPresent()) {
        result.heldMemory(memory.get().held(generator.connectionsOpen()));
      }
      generator.stopSending();
      announce(Phase.DRAINING);
      if (ending == Ending.COMPLETED) {
        Drain.await(scenario, generator, () -> stopRequested);
      }
      // Messages in flight at the user's stop are just that; the others are given up on now.
      generator.settle(ending == Ending.STOPPED);
      result.answeredPerConnection(generator.answeredPerConnection());
      cut(Phase.DRAINING);
      Outcome outcome =
          switch (ending) {
            case COMPLETED -> Outcome.ranItsCourse(sampler.measuredFates());
            case STOPPED -> Outcome.STOPPED;
            case FAILED -> Outcome.FAILED;
          };
      return finish(target, outcome, ending == Ending.FAILED ? failure : null, generator);
    } finally {
      generator.close();
    }
  }

  private enum Ending {
    COMPLETED,
    STOPPED,
    FAILED
  }

  /** Waits for the shared start; false when the run was stopped meanwhile. */
  private boolean parkUntil(long nanos) {
    while (!stopRequested) {
      long left = nanos - System.nanoTime();
      if (left <= 0) {
        return true;
      }
      LockSupport.parkNanos(Math.min(left, MAX_PARK_NANOS));
    }
    return false;
  }

  /**
   * Runs one phase from {@code startNanos}, sampling every interval, until its time is up, it
   * finishes early, or it ends.
   */
  private Ending runPhase(
      Phase phase, long startNanos, Duration length, BooleanSupplier finishedEarly, StartedTarget target,
      ClientLoad generator) {
    announce(phase);
    long intervalNanos = scenario.interval().toNanos();
    long now;
    long end = startNanos + length.toNanos();
    long nextSample = startNanos + intervalNanos;
    while (true) {
      now = System.nanoTime();
      if (stopRequested) {
        cut(phase);
        return Ending.STOPPED;
      }
      String failed = failures.failureOf(target, generator, phase);
      if (failed != null) {
        failure = failed;
        cut(phase);
        return Ending.FAILED;
      }
      if (now >= end || finishedEarly.getAsBoolean()) {
        if (phase == Phase.RAMP && now >= end && !generator.rampSettled()) {
          warnings.rampTimedOut(generator.connectionsConnecting());
        }
        cut(phase);
        return Ending.COMPLETED;
      }
      if (now >= nextSample) {
        cut(phase);
        nextSample = Math.max(nextSample + intervalNanos, now + intervalNanos / 2);
      }
      LockSupport.parkNanos(Math.min(MAX_PARK_NANOS, Math.max(1, Math.min(end, nextSample) - now)));
    }
  }


  private void cut(Phase phase) {
    if (sampler == null) {
      return;
    }
    Sample s = sampler.take(phase);
    result.add(s);
    listener.on(new RunEvent.SampleTaken(s, sampler.lastInterval(), sampler.measured()));
    warnings.sampled(s);
    if (phase.measured()) {
      warnings.measured(s);
    }
  }

  private void announce(Phase phase) {
    listener.on(new RunEvent.PhaseChanged(phase));
  }

  /**
   * @param target null when it never started
   * @param generator null when the target never started
   */
  private RunResult finish(StartedTarget target, Outcome outcome, String failureText, ClientLoad generator) {
    Histogram measured = sampler == null ? IntervalRecorder.newHistogram() : sampler.measured().copy();
    Histogram sendLag = sampler == null ? IntervalRecorder.newHistogram() : sampler.measuredSendLag().copy();
    Fates fates = sampler == null ? Fates.NONE : sampler.measuredFates();
    warnings.atEnd(generator, fates, result.samples(), failureText);
    if (generator != null) {
      result.sources(generator.sourcesUsed());
    }
    RunResult done =
        result.result(
            outcome,
            failureText,
            target,
            generator == null ? "" : generator.negotiatedExtensions(),
            measured,
            fates,
            sendLag,
            warnings.kept());
    announce(Phase.DONE);
    listener.on(new RunEvent.Finished(done));
    return done;
  }
}
