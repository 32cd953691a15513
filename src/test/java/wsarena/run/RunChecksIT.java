package wsarena.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import wsarena.conformance.CaseSelection;
import wsarena.conformance.ConformanceRunner;
import wsarena.conformance.SuiteInstallation;
import wsarena.host.HostProbe;
import wsarena.metrics.Outcome;
import wsarena.metrics.Phase;
import wsarena.metrics.RunResult;
import wsarena.probe.Feature;
import wsarena.probe.Verdict;
import wsarena.report.ResultJson;
import wsarena.report.SavedRun;
import wsarena.report.SavedRunReader;
import wsarena.scenario.Isolation;
import wsarena.scenario.Rate;
import wsarena.scenario.Scenario;
import wsarena.scenario.TargetSpec;
import wsarena.scenario.ThreadingModel;
import wsarena.scenario.Workload;
import wsarena.testsupport.CollectingSink;
import wsarena.testsupport.Scenarios;

/**
 * A run that checks its target first: the feature probe and the suite on the very server it then
 * measures, before any load, and what they found in the result and its saved file.
 */
class RunChecksIT {

  private static Scenario netty(Workload workload) {
    return Scenario.defaults()
        .withTarget(TargetSpec.Embedded.of("netty", ThreadingModel.EVENT_LOOP, Isolation.IN_PROCESS))
        .withWorkload(workload)
        .withLoad(Scenarios.shortLoad(4, Rate.ClosedLoop.noThinkTime()))
        .withInterval(Duration.ofMillis(500));
  }

  private static TargetChecks cases(String cases, Path reports) throws Exception {
    ConformanceRunner runner =
        new ConformanceRunner(SuiteInstallation.locate(), CaseSelection.parse(cases), Duration.ofMinutes(2), reports);
    return TargetChecks.NONE.withFeatures().withConformance(runner);
  }

  /**
   * One broadcast run checked first: broadcast, because which endpoint the suite is sent to is what
   * a broadcast run can get wrong (the suite needs the echo endpoint), and a few cases, because the
   * result and its file carry the verdicts whatever their number. Netty's close handling (group 7,
   * where it failed before its closing was mended) is ConformanceRunnerIT's quick set; this class
   * ran that group again and a second run for the endpoint, each a Jython start of 5-8 s of CPU.
   */
  @Test
  @Timeout(180)
  void theResultCarriesTheSuitesVerdictsOfTheEchoEndpointAndTheFeaturesBesideThePerformance(@TempDir Path dir) throws Exception {
    CollectingSink sink = new CollectingSink();
    RunResult r =
        new Run(netty(Workload.BROADCAST), Targets.standard(), HostProbe.detect(), List.of(sink), cases("1.1.1,1.1.2,7.1.1", dir.resolve("suite")))
            .execute();

    assertThat(r.outcome()).as(r.failure()).isEqualTo(Outcome.COMPLETED);
    assertThat(sink.phases).containsSubsequence(Phase.STARTING, Phase.CHECKING, Phase.RAMP, Phase.MEASURING, Phase.DONE);
    assertThat(r.samples()).as("the checks are measured nowhere").noneMatch(s -> s.phase() == Phase.CHECKING);
    assertThat(r.totals().messages().receivedPerSecond()).isPositive();
    assertThat(r.conformance()).isNotNull();
    assertThat(r.conformance().url().getPath()).isEqualTo("/echo");
    assertThat(r.conformance().total()).isEqualTo(3);
    assertThat(r.conformance().ok()).isEqualTo(3);
    assertThat(r.conformance().failed()).isZero();
    assertThat(r.features()).isNotNull();
    assertThat(r.features().result(Feature.CLOSE_HANDSHAKE).verdict()).isEqualTo(Verdict.YES);

    Path file = dir.resolve("run.json");
    ResultJson.write(r, file);
    SavedRun saved = SavedRunReader.read(file);
    assertThat(saved).isInstanceOfSatisfying(SavedRun.Loaded.class, l -> {
      assertThat(l.result().conformance()).isEqualTo(r.conformance());
      assertThat(l.result().features().results()).isEqualTo(r.features().results());
    });
  }

  @Test
  @Timeout(60)
  void aStopDuringTheSuiteEndsTheRunStoppedWithoutLoad(@TempDir Path dir) throws Exception {
    AtomicReference<Run> run = new AtomicReference<>();
    RunEvent.Listener stopAtTheThirdCase = event -> {
      if (event instanceof RunEvent.CaseStarted c && c.number() == 3) {
        run.get().stop();
      }
    };
    ConformanceRunner runner =
        new ConformanceRunner(SuiteInstallation.locate(), CaseSelection.quick(), Duration.ofMinutes(2), dir);
    CollectingSink sink = new CollectingSink();
    run.set(new Run(netty(Workload.ECHO), Targets.standard(), HostProbe.detect(), List.of(sink, stopAtTheThirdCase),
        TargetChecks.NONE.withConformance(runner)));

    RunResult r = run.get().execute();

    assertThat(r.outcome()).isEqualTo(Outcome.STOPPED);
    assertThat(sink.phases).contains(Phase.CHECKING).doesNotContain(Phase.RAMP, Phase.MEASURING);
    assertThat(r.conformance()).as("a suite cut short judges nothing").isNull();
    assertThat(ProcessHandle.current().descendants())
        .as("the suite's JVM stops with the run")
        .noneMatch(p -> p.info().commandLine().orElse("").contains("org.python.util.jython"));
  }
}
