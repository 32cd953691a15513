package wsarena.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import wsarena.client.TlsTrust;
import wsarena.host.HostProbe;
import wsarena.metrics.Outcome;
import wsarena.metrics.RunResult;
import wsarena.metrics.ShootoutResult;
import wsarena.peers.PythonServer;
import wsarena.probe.Feature;
import wsarena.probe.FeatureReport;
import wsarena.probe.FeatureResult;
import wsarena.probe.ProbeOptions;
import wsarena.probe.Verdict;
import wsarena.scenario.Isolation;
import wsarena.scenario.Rate;
import wsarena.scenario.Scenario;
import wsarena.scenario.ShootoutPlan;
import wsarena.scenario.TargetSpec;
import wsarena.scenario.ThreadingModel;
import wsarena.testsupport.Scenarios;

/**
 * The probe inside a shootout tries each feature the way a user gets it: the measured targets
 * serve plain ws:// without compression, yet an engine that has TLS and permessage-deflate, and a
 * Python server given a certificate, are found to have them. The two run in different isolations,
 * so the shootout's caution is added to each result: the findings survive it.
 */
class SwitchedOnFeaturesIT {
  @Test
  @Timeout(120)
  void theProbeInsideAShootoutFindsTlsAndDeflateOnTheServersThatHaveThem() throws Exception {
    TargetSpec netty = TargetSpec.Embedded.of("netty", ThreadingModel.EVENT_LOOP, Isolation.IN_PROCESS);
    TargetSpec tornado = new TargetSpec.Peer("tornado");
    Scenario scenario = Scenario.defaults().withTarget(netty).withLoad(Scenarios.shortLoad(2, Rate.ClosedLoop.noThinkTime()))
        .withInterval(Duration.ofMillis(500));
    ShootoutPlan plan = new ShootoutPlan(scenario, List.of(netty, tornado), 1, Duration.ZERO);
    Targets targets = Targets.standard();

    ShootoutResult result = new Shootout(plan, Shootout.runs(targets, HostProbe.detect(), TargetChecks.NONE.withFeatures()))
        .execute(event -> {});

    for (RunResult r : result.runs()) {
      assertThat(r.outcome()).as(r.failure()).isEqualTo(Outcome.COMPLETED);
      assertThat(r.features().result(Feature.TLS).verdict()).as(r.target().label() + ": " + r.features().result(Feature.TLS).detail())
          .isEqualTo(Verdict.YES);
      assertThat(r.features().result(Feature.TLS).detail()).startsWith("on the server started with it (wss://");
      assertThat(r.features().result(Feature.PERMESSAGE_DEFLATE).verdict())
          .as(r.target().label() + ": " + r.features().result(Feature.PERMESSAGE_DEFLATE).detail())
          .isEqualTo(Verdict.YES);
      // every echo result carries the answers per connection: both connections opened and were answered
      assertThat(r.totals().fairness().connections()).isEqualTo(2);
      assertThat(r.totals().fairness().lowest()).isPositive();
      assertThat(r.totals().fairness().jainIndex()).isBetween(0.5, 1.0);
    }
  }

  /**
   * A Python server on PyPy is started again on PyPy for the probe: a name like {@code
   * tornado-pypy} once stopped a whole bench with "unknown peer" (the probe knew only the library).
   */
  @Test
  @Timeout(60)
  void aPythonServerOnPyPyIsProbedOnPyPy() throws Exception {
    TargetSpec.Peer tornadoOnPyPy = new TargetSpec.Peer("tornado-pypy");
    assumeTrue(PythonServer.fromId(tornadoOnPyPy.peer()).interpreter().isPresent(), "pypy3 is not installed here");
    FeatureReport plain = new FeatureReport("ws://127.0.0.1:1/echo", "tornado-pypy", Instant.now(), 5000, null,
        Arrays.stream(Feature.values()).map(f -> FeatureResult.unknown(f, "not tried: plain ws://")).toList());

    FeatureReport completed = SwitchedOnFeatures.complete(plain, Targets.standard(), tornadoOnPyPy, ProbeOptions.defaults(TlsTrust.system()));

    assertThat(completed.result(Feature.TLS).verdict()).as(completed.result(Feature.TLS).detail()).isEqualTo(Verdict.YES);
    assertThat(completed.result(Feature.TLS).detail()).startsWith("on the server started with it (wss://");
  }
}
