package wsarena.run;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import wsarena.Version;
import wsarena.conformance.ConformanceFailure;
import wsarena.conformance.ConformanceReport;
import wsarena.conformance.ConformanceRunner;
import wsarena.conformance.TargetConformance;
import wsarena.scenario.TargetSpec;
import wsarena.scenario.Workload;

/**
 * The Autobahn|Testsuite against targets started here, one after the other: each is started as a
 * run starts it ({@link Targets}), judged by a {@link ConformanceRunner} on its echo endpoint, and
 * stopped: what {@code wsarena conformance} runs.
 *
 * <pre>{@code
 * ConformanceCheck check = new ConformanceCheck(Targets.standard(), runner);
 * ConformanceReport report = check.judge(List.of(TargetSpec.Embedded.of("netty", EVENT_LOOP, IN_PROCESS)), listener);
 * }</pre>
 */
public final class ConformanceCheck {
  private final Targets targets;
  private final ConformanceRunner runner;

  public ConformanceCheck(Targets targets, ConformanceRunner runner) {
    this.targets = targets;
    this.runner = runner;
  }

  /**
   * The suite against every target, in order; a target that cannot be started or judged is a
   * {@link ConformanceFailure} and the others still run.
   *
   * @throws InterruptedException when the thread was interrupted: the suite's JVM and the target
   *     are stopped, the targets after it skipped
   */
  public ConformanceReport judge(List<TargetSpec> specs, ConformanceRunner.Listener listener)
      throws InterruptedException {
    Instant createdAt = Instant.now();
    List<String> labels = ConformanceRunner.labels(specs);
    List<TargetConformance> results = new ArrayList<>();
    for (int i = 0; i < specs.size(); i++) {
      TargetConformance result = judge(specs.get(i), labels.get(i), listener);
      results.add(result);
      listener.targetFinished(result);
    }
    return ConformanceReport.of(Version.current(), runner.suite().name(), createdAt, results);
  }

  private TargetConformance judge(TargetSpec spec, String label, ConformanceRunner.Listener listener)
      throws InterruptedException {
    StartedTarget target;
    try {
      target = targets.start(spec, Workload.ECHO);
    } catch (TargetException e) {
      return new ConformanceFailure(label, spec.label(), e.getMessage());
    }
    try (target) {
      return judge(target, label, spec, target.uri(), listener);
    }
  }

  /** The suite against a target that is up, at its echo endpoint {@code echo}. */
  TargetConformance judge(
      StartedTarget target, String label, TargetSpec spec, URI echo, ConformanceRunner.Listener listener)
      throws InterruptedException {
    listener.targetStarted(label, target.description(), echo);
    TargetConformance result =
        runner.judge(new ConformanceRunner.Endpoint(label, spec, target.description(), echo), listener);
    String died = target.deathCause();
    if (died != null) {
      return new ConformanceFailure(
          label,
          target.description(),
          "the target died during the suite: " + died + " (its verdicts are in " + runner.folder(label) + ")");
    }
    return result;
  }
}
