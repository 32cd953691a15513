package wsarena.run;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import wsarena.Version;
import wsarena.conformance.ConformanceFailure;
import wsarena.conformance.ConformanceReport;
import wsarena.conformance.ConformanceRunner;
import wsarena.conformance.TargetConformance;
import wsarena.scenario.TargetSpec;

/**
 * The Autobahn|Testsuite against several targets, one after the other: each is started as a run
 * starts it, judged on its echo endpoint and stopped ({@link Targets#check}). What {@code wsarena
 * conformance} runs.
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
  public ConformanceReport judge(List<TargetSpec> specs, RunEvent.Listener listener)
      throws InterruptedException {
    Instant createdAt = Instant.now();
    TargetChecks suiteOnly = TargetChecks.NONE.withConformance(runner);
    List<String> labels = ConformanceRunner.labels(specs);
    List<TargetConformance> results = new ArrayList<>();
    for (int i = 0; i < specs.size(); i++) {
      TargetConformance result;
      try {
        result = targets.check(specs.get(i), labels.get(i), suiteOnly, listener).conformance();
      } catch (TargetException e) {
        result = new ConformanceFailure(labels.get(i), specs.get(i).label(), e.getMessage());
      }
      results.add(result);
      listener.on(new RunEvent.CheckResult(result));
    }
    return ConformanceReport.of(Version.current(), runner.suite().name(), createdAt, results);
  }
}
