package wsarena.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A Python server as a scenario names it: interpreter, instances, balance. */
class PeerSpecTest {
  @Test
  void oneInstanceIsConnectedToDirectlyAndSeveralGoBehindHaproxyUnlessToldOtherwise() {
    assertThat(new TargetSpec.Peer("tornado").balance()).isEqualTo(Balance.DIRECT);
    assertThat(new TargetSpec.Peer("tornado", null, 2, null).balance()).isEqualTo(Balance.HAPROXY);
    assertThat(new TargetSpec.Peer("tornado", null, 0, null).instances()).isEqualTo(1);
  }

  @Test
  void theLabelSaysTheInterpreterAndTheInstances() {
    assertThat(new TargetSpec.Peer("tornado").label()).isEqualTo("tornado");
    assertThat(new TargetSpec.Peer("tornado-pypy").label()).isEqualTo("tornado-pypy");
    assertThat(new TargetSpec.Peer("tornado", "/usr/bin/pypy3", 1, null).label()).isEqualTo("tornado-pypy3");
    assertThat(new TargetSpec.Peer("tornado", null, 2, Balance.REUSE_PORT).label()).isEqualTo("tornado-x2-reuse-port");
    assertThat(new TargetSpec.Peer("autobahn", null, 1, Balance.HAPROXY).label()).isEqualTo("autobahn-x1-haproxy");
  }

  @Test
  void aSavedScenarioKeepsThemAndAnOlderOneReadsAsOneDirectInstance() throws Exception {
    Scenario s =
        new Scenario(new TargetSpec.Peer("tornado", "/usr/bin/pypy3", 2, Balance.HAPROXY), Workload.ECHO, LoadProfile.defaults(), Duration.ofSeconds(1));
    assertThat(ScenarioJson.read(ScenarioJson.write(s)).target()).isEqualTo(s.target());

    String older = ScenarioJson.write(s.withTarget(new TargetSpec.Peer("autobahn")))
        .replaceAll(",\\s*\"python\"\\s*:\\s*null", "")
        .replaceAll(",\\s*\"instances\"\\s*:\\s*1", "")
        .replaceAll(",\\s*\"balance\"\\s*:\\s*\"DIRECT\"", "");
    assertThat(older).doesNotContain("instances").doesNotContain("balance");
    assertThat(ScenarioJson.read(older).target()).isEqualTo(new TargetSpec.Peer("autobahn"));
  }

  @Test
  void aPyPyTargetWarmsUpLongEnoughForItsJitAndTheOthersAsAsked() {
    Duration usual = Duration.ofSeconds(2);
    assertThat(JitWarmup.defaultFor(List.of(new TargetSpec.Peer("tornado")), usual)).isEqualTo(usual);
    assertThat(JitWarmup.defaultFor(List.of(new TargetSpec.Peer("tornado-pypy")), usual)).isEqualTo(JitWarmup.PYPY);
    assertThat(JitWarmup.defaultFor(List.of(new TargetSpec.Peer("autobahn", "/opt/pypy3.10/bin/pypy3", 1, null)), usual))
        .isEqualTo(JitWarmup.PYPY);
    assertThat(JitWarmup.defaultFor(List.of(new TargetSpec.Peer("tornado-pypy")), Duration.ofSeconds(30))).isEqualTo(Duration.ofSeconds(30));

    Scenario base = new Scenario(new TargetSpec.Peer("tornado"), Workload.ECHO, LoadProfile.defaults().withWarmup(usual), Duration.ofSeconds(1));
    ShootoutPlan plan = ShootoutPlan.once(base, List.of(new TargetSpec.Peer("tornado"), new TargetSpec.Peer("tornado-pypy")), Duration.ZERO);
    assertThat(plan.scenarioFor(0).load().warmup()).isEqualTo(usual);
    assertThat(plan.scenarioFor(1).load().warmup()).isEqualTo(JitWarmup.PYPY);
    assertThat(plan.scenarioFor(1).load().duration()).isEqualTo(plan.scenarioFor(0).load().duration());
  }
}
