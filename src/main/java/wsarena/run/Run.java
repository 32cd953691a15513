package wsarena.run;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import org.HdrHistogram.Histogram;
import wsarena.Version;
import wsarena.host.HostInfo;
import wsarena.load.LoadGenerator;
import wsarena.metrics.ConnectionGauge;
import wsarena.metrics.GeneratorHealth;
import wsarena.metrics.IntervalSampler;
import wsarena.metrics.Outcome;
import wsarena.metrics.Phase;
import wsarena.metrics.ResourceSampler;
import wsarena.metrics.RunResult;
import wsarena.metrics.Sample;
import wsarena.metrics.SampleSink;
import wsarena.metrics.TargetInfo;
import wsarena.metrics.TotalsCalculator;
import wsarena.scenario.InvalidScenarioException;
import wsarena.scenario.Problem;
import wsarena.scenario.Rate;
import wsarena.scenario.Scenario;
import wsarena.scenario.ScenarioValidator;
import wsarena.scenario.TargetSpec;
import wsarena.scenario.Workload;

/**
 * One scenario, run once: start the target, ramp, warm up, measure, drain, stop the target.
 *
 * <pre>{@code
 * Run run = new Run(scenario, Targets.standard(), HostProbe.detect(), List.of(sink));
 * RunResult result = run.execute();   // blocks; another thread may call run.stop()
 * }</pre>
 *
 * <p>{@link #execute()} never loses data: when the user stops the run or the target fails, the
 * result holds everything measured until then, with {@code outcome} STOPPED or FAILED and the cause
 * as a sentence. The thread that calls {@code execute()} is the sampling thread: it takes one sample
 * per interval, and one more at each phase change so that every sample belongs to one phase.
 */
public final class Run {
  /** How long the last answers may take once sending stopped. */
  private static final Duration DRAIN_TIMEOUT = Duration.ofSeconds(3);
  /** Extra time allowed for handshakes beyond the ramp's own length. */
  private static final Duration RAMP_GRACE = Duration.ofSeconds(15);
  private static final long MAX_PARK_NANOS = 20_000_000;
  /** Broadcast drain: no delivery for this long means the fan-out is complete. */
  private static final long QUIET_NANOS = 200_000_000;

  private final Scenario scenario;
  private final Targets targets;
  private final HostInfo host;
  private final List<SampleSink> sinks;
  private final List<Sample> samples = new ArrayList<>();
  private final Set<String> warnings = new LinkedHashSet<>();
  private volatile boolean stopRequested;
  private volatile Thread runner;
  private IntervalSampler sampler;
  private boolean boundWarned;
  private String failure;
  private List<Long> generatorThreads = List.of();
  private long generatorCpuNanos;
  private int clientThreads;

  /**
   * @throws InvalidScenarioException when the scenario cannot run, listing every problem
   */
  public Run(Scenario scenario, Targets targets, HostInfo host, List<SampleSink> sinks)
      throws InvalidScenarioException {
    List<Problem> problems = new ScenarioValidator(targets.catalog()).problems(scenario);
    if (!problems.isEmpty()) {
      throw new InvalidScenarioException(problems);
    }
    this.scenario = scenario;
    this.targets = targets;
    this.host = host;
    this.sinks = List.copyOf(sinks);
  }

  /** Ends the run early from any thread; {@link #execute()} then returns with outcome STOPPED. */
  public void stop() {
    stopRequested = true;
    Thread t = runner;
    if (t != null) {
      LockSupport.unpark(t);
    }
  }

  /** Runs to the end and returns the result; the sinks see every phase and sample on the way. */
  public RunResult execute() {
    runner = Thread.currentThread();
    Instant startedAt = Instant.now();
    announce(Phase.STARTING);
    if (scenario.target() instanceof TargetSpec.External x && x.trustAnyCertificate()
        && "wss".equalsIgnoreCase(x.url().getScheme())) {
      warn("certificate checks are off (trust any certificate): the server's identity was not verified");
    }
    StartedTarget target;
    try {
      target = targets.start(scenario.target(), scenario.workload());
    } catch (TargetException e) {
      return finish(startedAt, null, Outcome.FAILED, e.getMessage(), null, 0);
    }
    try (target) {
      return measure(startedAt, target);
    }
  }

  private RunResult measure(Instant startedAt, StartedTarget target) {
    clientThreads = scenario.load().effectiveThreads(scenario.target().onThisMachine());
    LoadGenerator generator =
        new LoadGenerator(
            target.uri(),
            scenario.workload(),
            scenario.load(),
            target.trust(),
            clientThreads);
    try {
      generatorThreads = generator.threadIds();
      ResourceSampler resources = new ResourceSampler(generatorThreads, target.process());
      sampler = new IntervalSampler(generator.recorders(), gauge(generator), resources, System.nanoTime());
      generator.start();

      Ending ending = runPhase(Phase.RAMP, rampLimit(), generator::rampSettled, target, generator);
      if (ending == Ending.COMPLETED && generator.connectionsOpen() == 0) {
        String why = generator.firstFailure() != null ? generator.firstFailure() : "no connection could be opened";
        return finish(startedAt, target, Outcome.FAILED, "could not connect to " + target.uri() + ": " + why, generator, 0);
      }
      generator.rampFinished();
      if (ending == Ending.COMPLETED && !scenario.load().warmup().isZero()) {
        ending = runPhase(Phase.WARMUP, scenario.load().warmup(), () -> false, target, generator);
      }
      if (ending == Ending.COMPLETED) {
        long cpuBefore = ResourceSampler.threadsCpuNanos(generatorThreads);
        ending = runPhase(Phase.MEASURING, scenario.load().duration(), () -> false, target, generator);
        generatorCpuNanos = ResourceSampler.threadsCpuNanos(generatorThreads) - cpuBefore;
      }
      generator.stopSending();
      announce(Phase.DRAINING);
      if (ending != Ending.FAILED) {
        awaitDrained(generator);
      }
      cut(Phase.DRAINING);
      long lost = generator.pending();
      Outcome outcome =
          switch (ending) {
            case COMPLETED -> Outcome.COMPLETED;
            case STOPPED -> Outcome.STOPPED;
            case FAILED -> Outcome.FAILED;
          };
      return finish(startedAt, target, outcome, ending == Ending.FAILED ? failure : null, generator, lost);
    } finally {
      generator.close();
    }
  }

  private enum Ending {
    COMPLETED,
    STOPPED,
    FAILED
  }

  private Duration rampLimit() {
    double rampSeconds =
        scenario.load().rampPerSecond() > 0 ? scenario.load().connections() / scenario.load().rampPerSecond() : 0;
    return Duration.ofMillis((long) (rampSeconds * 1000)).plus(RAMP_GRACE);
  }

  /** Runs one phase, sampling every interval, until its time is up, it finishes early, or it ends. */
  private Ending runPhase(
      Phase phase, Duration length, BooleanSupplier finishedEarly, StartedTarget target, LoadGenerator generator) {
    announce(phase);
    long intervalNanos = scenario.interval().toNanos();
    long now = System.nanoTime();
    long end = now + length.toNanos();
    long nextSample = now + intervalNanos;
    while (true) {
      now = System.nanoTime();
      if (stopRequested) {
        cut(phase);
        return Ending.STOPPED;
      }
      String failed = failureOf(target, generator, phase);
      if (failed != null) {
        failure = failed;
        cut(phase);
        return Ending.FAILED;
      }
      if (now >= end || finishedEarly.getAsBoolean()) {
        if (phase == Phase.RAMP && now >= end && !finishedEarly.getAsBoolean()) {
          warn("the ramp did not finish in time: " + generator.connectionsConnecting() + " connections were still connecting");
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

  /** Why the run cannot go on, or null. */
  private static String failureOf(StartedTarget target, LoadGenerator generator, Phase phase) {
    String died = target.deathCause();
    if (died != null) {
      return died;
    }
    boolean everyConnectionLost =
        phase != Phase.RAMP && generator.connectionsOpen() == 0 && generator.connectionsConnecting() == 0;
    if (everyConnectionLost) {
      String why = generator.firstFailure();
      return "every connection to " + target.uri() + " was lost" + (why == null ? "" : ": " + why);
    }
    return null;
  }

  private void awaitDrained(LoadGenerator generator) {
    try {
      long deadline = System.nanoTime() + DRAIN_TIMEOUT.toNanos();
      while (!stopRequested && generator.pending() > 0 && generator.connectionsOpen() > 0
          && System.nanoTime() < deadline) {
        LockSupport.parkNanos(MAX_PARK_NANOS);
      }
      // Broadcast deliveries to other connections may still be on their way: wait until quiet.
      long seen = -1;
      while (!stopRequested && scenario.workload() == Workload.BROADCAST && System.nanoTime() < deadline
          && generator.receivedSoFar() != seen) {
        seen = generator.receivedSoFar();
        LockSupport.parkNanos(QUIET_NANOS);
      }
    } catch (RuntimeException e) {
      // draining is best effort
    }
  }

  private void cut(Phase phase) {
    if (sampler == null) {
      return;
    }
    Sample s = sampler.take(phase);
    samples.add(s);
    for (SampleSink sink : sinks) {
      sink.onSample(s, sampler.lastInterval(), sampler.measured());
    }
    if (phase.measured() && !boundWarned && GeneratorHealth.bound(s)) {
      boundWarned = true;
      notifyWarning(GeneratorHealth.WARNING + " in this interval: a generator thread is saturated or behind its schedule");
    }
  }

  private void announce(Phase phase) {
    for (SampleSink sink : sinks) {
      sink.onPhase(phase);
    }
  }

  private void warn(String warning) {
    if (warnings.add(warning)) {
      notifyWarning(warning);
    }
  }

  private void notifyWarning(String warning) {
    for (SampleSink sink : sinks) {
      sink.onWarning(warning);
    }
  }

  private RunResult finish(
      Instant startedAt,
      StartedTarget target,
      Outcome outcome,
      String failureText,
      LoadGenerator generator,
      long lost) {
    Histogram measured = sampler == null ? new Histogram(3) : sampler.measured().copy();
    Histogram corrected = correctedView(measured);
    if (generator != null) {
      collectWarnings(generator, lost);
    }
    String health = GeneratorHealth.verdict(IntervalSampler.measuredOnly(samples));
    if (health != null) {
      warn(health);
    }
    TargetInfo info =
        target == null
            ? new TargetInfo(scenario.target().label(), scenario.target().label(), null, "")
            : new TargetInfo(
                scenario.target().label(),
                target.description(),
                target.uri(),
                generator == null ? "" : generator.negotiatedExtensions());
    RunResult result =
        new RunResult(
            Version.current(),
            scenario,
            host,
            info,
            clientThreads,
            startedAt,
            outcome,
            failureText,
            List.copyOf(samples),
            measured,
            corrected,
            TotalsCalculator.of(samples, measured, corrected, scenario.load().connections(), lost, generatorCpuNanos),
            List.copyOf(warnings));
    announce(Phase.DONE);
    for (SampleSink sink : sinks) {
      sink.onFinish(result);
    }
    return result;
  }

  /**
   * Closed loop hides stalls: a connection waiting for a slow answer sends nothing meanwhile. The
   * corrected view adds the answers that would have waited had messages kept their usual pace
   * (think time plus the median round trip), as HdrHistogram's correction does.
   */
  private Histogram correctedView(Histogram measured) {
    if (!(scenario.load().rate() instanceof Rate.ClosedLoop c) || measured.getTotalCount() == 0) {
      return null;
    }
    long expectedMicros = c.thinkTime().toNanos() / 1000 + measured.getValueAtPercentile(50);
    return measured.copyCorrectedForCoordinatedOmission(Math.max(1, expectedMicros));
  }

  private void collectWarnings(LoadGenerator generator, long lost) {
    int failed = generator.connectionsFailed();
    if (failed > 0) {
      warn(failed + " of " + scenario.load().connections() + " connections failed or were closed by the server"
          + (generator.firstFailure() == null ? "" : ": " + generator.firstFailure()));
    }
    if (generator.firstMessageError() != null) {
      warn("some messages were wrong: " + generator.firstMessageError());
    }
    if (lost > 0) {
      warn(lost + " messages got no answer before the end of the run");
    }
    if (generator.droppedSends() > 0) {
      warn(generator.droppedSends() + " messages could not be sent: the target stopped reading and the send buffer filled up");
    }
    if (scenario.load().compression() && generator.negotiatedExtensions().isEmpty()) {
      warn("permessage-deflate was offered but the server did not accept it: messages went uncompressed");
    }
  }

  private static ConnectionGauge gauge(LoadGenerator g) {
    return new ConnectionGauge() {
      @Override
      public int open() {
        return g.connectionsOpen();
      }

      @Override
      public int connecting() {
        return g.connectionsConnecting();
      }

      @Override
      public int failed() {
        return g.connectionsFailed();
      }
    };
  }
}
