package wsarena.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import wsarena.engine.EngineCatalog;
import wsarena.engine.EngineOptions;
import wsarena.engine.RunningServer;
import wsarena.host.HostProbe;
import wsarena.metrics.Outcome;
import wsarena.metrics.RunResult;
import wsarena.scenario.LoadProfile;
import wsarena.scenario.Scenario;
import wsarena.scenario.TargetSpec;
import wsarena.scenario.ThreadingModel;
import wsarena.testsupport.CollectingSink;

/** An external wss:// target: certificates are verified unless the user explicitly trusts any. */
@Timeout(60)
class ExternalTlsIT {

  private static RunResult run(RunningServer server, boolean trustAny, CollectingSink sink) throws Exception {
    Scenario s =
        Scenario.defaults()
            .withTarget(new TargetSpec.External(server.uri("/echo"), trustAny, 0))
            .withLoad(LoadProfile.defaults().withConnections(4).withWarmup(Duration.ZERO).withDuration(Duration.ofSeconds(1)));
    return new Run(s, Targets.standard(), HostProbe.detect(), List.of(sink)).execute();
  }

  @Test
  void aSelfSignedCertificateIsRefusedByDefault() throws Exception {
    try (RunningServer server =
        EngineCatalog.standard().require("netty").start(new EngineOptions(ThreadingModel.EVENT_LOOP, EngineOptions.LOOPBACK, 0, 0, true, false))) {
      RunResult r = run(server, false, new CollectingSink());

      assertThat(r.outcome()).isEqualTo(Outcome.FAILED);
      assertThat(r.failure())
          .isEqualTo(
              "could not connect to " + server.uri("/echo") + ": the certificate of 127.0.0.1:" + server.port()
                  + " is not signed by an authority this JVM trusts (self-signed?)");
    }
  }

  @Test
  void trustingAnyCertificateIsExplicitAndWarned() throws Exception {
    try (RunningServer server =
        EngineCatalog.standard().require("netty").start(new EngineOptions(ThreadingModel.EVENT_LOOP, EngineOptions.LOOPBACK, 0, 0, true, false))) {
      CollectingSink sink = new CollectingSink();
      RunResult r = run(server, true, sink);

      assertThat(r.outcome()).isEqualTo(Outcome.COMPLETED);
      assertThat(r.totals().messages().received()).isPositive();
      assertThat(r.warnings()).anyMatch(w -> w.contains("certificate checks are off"));
      assertThat(sink.warnings).anyMatch(w -> w.contains("certificate checks are off"));
    }
  }
}
