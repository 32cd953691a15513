package wsarena.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import wsarena.host.HostProbe;
import wsarena.metrics.RunResult;
import wsarena.report.ResultJson;
import wsarena.scenario.Balance;
import wsarena.scenario.LoadProfile;
import wsarena.scenario.Scenario;
import wsarena.scenario.TargetSpec;
import wsarena.scenario.Workload;
import wsarena.testsupport.CollectingSink;
import wsarena.testsupport.RunsAlone;

/**
 * A Python target of issue 23 measured by a real run: two instances behind HAProxy. CI installs
 * haproxy; the test skips only where it is missing. (The PyPy target is PeerRunsIT's: it compares
 * no CPU, so it shares the machine with the other paired tests.)
 */
@RunsAlone("compares HAProxy's CPU with its instances'")
@Timeout(120)
class PeerInstancesIT {
  private static final Pattern PID = Pattern.compile("\\d{2,}");

  private static RunResult run(TargetSpec.Peer target) throws Exception {
    LoadProfile load = LoadProfile.defaults().withConnections(10).withWarmup(Duration.ofMillis(500)).withDuration(Duration.ofSeconds(2));
    Scenario s = new Scenario(target, Workload.ECHO, load, Duration.ofMillis(500));
    return new Run(s, Targets.standard(), HostProbe.detect(), List.of(new CollectingSink())).execute();
  }

  private static void assumeRunnable(TargetSpec.Peer target) {
    Optional<String> missing = Targets.standard().missingRequirement(target);
    assumeTrue(missing.isEmpty(), () -> "skipped: " + missing.orElseThrow());
  }

  @Test
  void twoInstancesBehindHaproxyEchoAreMeasuredAsOneAndEndWithTheRun() throws Exception {
    TargetSpec.Peer target = new TargetSpec.Peer("tornado", null, 2, Balance.HAPROXY);
    assumeRunnable(target);

    RunResult r = run(target);

    EngineMatrixIT.assertSoundEcho(r);
    String description = r.target().description();
    assertThat(description).matches("Tornado \\d+\\.\\d+ \\(Python\\) · 2 instances behind HAProxy [\\d.]+ \\(pids \\d+, \\d+; HAProxy \\d+\\)");
    assertThat(r.target().uri().getPort()).as("the run connected to HAProxy").isPositive();
    assertThat(r.totals().cpu().targetPercent()).as("the instances and HAProxy are measured").isPositive();
    // HAProxy's share on its own: a part of the target's CPU, not all of it
    assertThat(r.totals().cpu().balancerPercent()).isPositive().isLessThan(r.totals().cpu().targetPercent());
    assertThat(new ObjectMapper().readTree(ResultJson.write(r)).get("totals").get("balancerCpuPercent").asDouble())
        .isEqualTo(r.totals().cpu().balancerPercent());
    // three processes of ~20 MiB at least: more than one Python process alone holds
    assertThat(r.totals().memory().targetRssPeakBytes()).isGreaterThan(40L << 20);

    List<Long> pids = new ArrayList<>();
    Matcher m = PID.matcher(description.substring(description.indexOf("(pids")));
    while (m.find()) {
      pids.add(Long.parseLong(m.group()));
    }
    assertThat(pids).hasSize(3);
    for (long pid : pids) {
      Optional<ProcessHandle> p = ProcessHandle.of(pid);
      if (p.isPresent()) {
        assertThat(p.get().onExit().get(20, TimeUnit.SECONDS).isAlive()).as("pid " + pid + " outlived the run").isFalse();
      }
    }
  }
}
