package wsarena.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import wsarena.host.HostInfo;
import wsarena.host.HostProbe;
import wsarena.metrics.ConnectionLoss;
import wsarena.metrics.Outcome;
import wsarena.metrics.ProtocolError;
import wsarena.metrics.RunResult;
import wsarena.metrics.Troubles;
import wsarena.scenario.LoadProfile;
import wsarena.scenario.Rate;
import wsarena.testsupport.CollectingSink;
import wsarena.testsupport.Scenarios;
import wsarena.testsupport.TestEchoServer;
import wsarena.testsupport.TestEchoServer.Fault;

/**
 * The fault table's server rows: a server that closes, drops or resets some connections, or sends
 * a bad frame on them. The run goes on with the rest, each loss and each bad frame is counted by
 * its cause as it happens, and the result says how many and why.
 */
@Timeout(60)
class ServerFaultsIT {
  private static HostInfo host;

  @BeforeAll
  static void detectHost() {
    host = HostProbe.detect();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "CLOSE_1011, SERVER_ERROR, , server error (1011–1014)",
    "DROP, NO_CLOSE_FRAME, , dropped without a close frame",
    "RESET, RESET, , reset",
    "MALFORMED_FRAME, BAD_FRAME, MALFORMED_FRAME, failed by wsarena on a bad frame",
    "OVERSIZED_FRAME, BAD_FRAME, OVERSIZED_FRAME, failed by wsarena on a bad frame",
    "UNSTAMPED_MESSAGE, , NOT_SENT_BY_WSARENA, ",
  })
  void halfTheConnectionsMeetTheFaultAndTheRunGoesOnWithTheRest(
      Fault fault, ConnectionLoss loss, ProtocolError error, String lossLabel) throws Exception {
    // 4 connections at 100 messages/s each: the fault comes with the 50th message, about 0.5 s in,
    // inside the measured second (0.25 s to 1.25 s). What is asserted is counted per connection and
    // per cause, and needs only a measured interval before the end with the fault behind it.
    try (TestEchoServer server = TestEchoServer.faulty(fault, 2, 50)) {
      CollectingSink sink = new CollectingSink();
      LoadProfile load =
          Scenarios.shortLoad(4, new Rate.OpenLoop(400)).withWarmup(Duration.ofMillis(250)).withDuration(Duration.ofSeconds(1));
      RunResult r = new Run(Scenarios.external(server.echoUri(), load), Targets.standard(), host, List.of(sink)).execute();

      assertThat(r.outcome()).as(String.valueOf(r.failure())).isEqualTo(Outcome.COMPLETED);
      Troubles t = Troubles.over(r.samples());
      assertThat(t.lost()).isEqualTo(loss == null ? Map.of() : Map.of(loss, 2L));
      assertThat(t.protocolErrors()).isEqualTo(error == null ? Map.of() : Map.of(error, 2L));
      assertThat(r.totals().messages().errors()).isEqualTo(error == null ? 0 : 2);
      // the two connections left carried on to the end
      assertThat(r.samples().stream().filter(s -> s.phase().measured()).mapToInt(s -> s.connections().open()).min().orElseThrow())
          .isEqualTo(loss == null ? 4 : 2);
      var f = r.totals().fates();
      assertThat(f.answered() + f.timedOut() + f.notSent()).isEqualTo(f.intended());
      assertThat(f.answered()).isPositive();
      // told as it happened, and kept in the result's words
      // (the two may come in different seconds, so as one line or two)
      assertThat(sink.warnings).anyMatch(w -> w.startsWith("at ") && w.contains(loss == null ? error.label() : lossLabel));
      if (loss != null) {
        assertThat(r.warnings()).anyMatch(w -> w.contains("2 lost while open: 2 " + lossLabel));
      }
      if (error != null) {
        assertThat(r.warnings()).anyMatch(w -> w.startsWith("2 protocol errors (2 " + error.label() + "), the first: "));
      }
    }
  }
}
