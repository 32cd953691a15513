package wsarena.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import wsarena.host.HostProbe;
import wsarena.metrics.Outcome;
import wsarena.metrics.RunResult;
import wsarena.report.ResultJson;
import wsarena.scenario.LoadProfile;
import wsarena.scenario.Scenario;
import wsarena.scenario.TargetSpec;
import wsarena.scenario.Workload;
import wsarena.testsupport.CollectingSink;

/**
 * The Python servers driven by the tool itself, so their rows in a comparison are real
 * measurements. CI installs python3-tornado, python3-autobahn and python3-twisted; these tests do
 * not skip when they are missing.
 */
@Timeout(90)
class PeerRunsIT {

  /**
   * Counts, and the peer's process seen at all (CPU at the kernel's 10 ms ticks, RSS): a second
   * measured holds thousands of messages and dozens of ticks.
   */
  private static RunResult run(TargetSpec.Peer peer, Workload workload) throws Exception {
    LoadProfile load =
        LoadProfile.defaults().withConnections(10).withPublishers(2).withWarmup(Duration.ofMillis(250)).withDuration(Duration.ofSeconds(1));
    Scenario s = new Scenario(peer, workload, load, Duration.ofMillis(250));
    return new Run(s, Targets.standard(), HostProbe.detect(), List.of(new CollectingSink())).execute();
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource({"tornado, ECHO", "tornado, BROADCAST", "autobahn, ECHO", "autobahn, BROADCAST"})
  void aPeerIsMeasuredLikeAnEngineInItsOwnProcess(String peer, Workload workload) throws Exception {
    RunResult r = run(new TargetSpec.Peer(peer), workload);

    if (workload == Workload.ECHO) {
      EngineMatrixIT.assertSoundEcho(r);
    } else {
      EngineMatrixIT.assertSoundBroadcast(r);
    }
    // e.g. "Tornado 6.2 (Python) · own process (pid 4242)", the version as the server reported it
    assertThat(r.target().description()).matches("(Tornado|Autobahn\\|Twisted) \\d+\\.\\d+ \\(Python\\) · own process \\(pid \\d+\\)");
    assertThat(r.totals().cpu().targetPercent()).as("the peer's process is measured").isPositive();
    assertThat(r.totals().memory().targetRssPeakBytes()).isGreaterThan(5L << 20);
    assertThat(ProcessHandle.current().children().filter(ProcessHandle::isAlive).count()).as("the peer was stopped").isZero();
  }

  /** Issue 23's PyPy target; CI installs pypy3, and only where it is missing does this skip. */
  @Test
  void aPyPyTargetRunsAndItsResultNamesTheInterpreter() throws Exception {
    TargetSpec.Peer target = new TargetSpec.Peer("tornado-pypy");
    Optional<String> missing = Targets.standard().missingRequirement(target);
    assumeTrue(missing.isEmpty(), () -> "skipped: " + missing.orElseThrow());

    RunResult r = run(target, Workload.ECHO);

    EngineMatrixIT.assertSoundEcho(r);
    assertThat(r.totals().cpu().balancerPercent()).as("no balancer").isEqualTo(-1);
    assertThat(r.target().description()).matches("Tornado \\d+\\.\\d+ \\(PyPy \\d+\\.\\d+\\.\\d+\\) · own process \\(pid \\d+\\)");
    JsonNode saved = new ObjectMapper().readTree(ResultJson.write(r)).get("target");
    assertThat(saved.get("label").asText()).isEqualTo("tornado-pypy");
    assertThat(saved.get("description").asText()).contains("(PyPy ");
  }

  @Test
  void aPythonServerThatDiesMidRunIsNamedWithItsExitCodeAndTheDataIsKept() throws Exception {
    CollectingSink sink = new CollectingSink();
    LoadProfile load =
        LoadProfile.defaults().withConnections(10).withWarmup(Duration.ZERO).withDuration(Duration.ofSeconds(30));
    Scenario s = new Scenario(new TargetSpec.Peer("tornado"), Workload.ECHO, load, Duration.ofMillis(200));
    Thread killer = MidRunKill.onceMeasuring(sink);
    long t0 = System.nanoTime();
    RunResult r = new Run(s, Targets.standard(), HostProbe.detect(), List.of(sink)).execute();
    killer.join();

    assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(25));
    assertThat(r.outcome()).isEqualTo(Outcome.FAILED);
    assertThat(r.failure()).matches("the target failed at t = \\d+\\.\\d s: the Tornado process \\(pid \\d+\\) exited with code 137 \\(killed by signal 9\\)");
    assertThat(r.totals().messages().received()).isPositive();
  }
}
