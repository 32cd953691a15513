package wsarena.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import wsarena.host.HostInfo;
import wsarena.host.HostProbe;
import wsarena.metrics.Outcome;
import wsarena.metrics.ProtocolError;
import wsarena.metrics.RunResult;
import wsarena.metrics.Totals;
import wsarena.metrics.Troubles;
import wsarena.scenario.LoadProfile;
import wsarena.scenario.Payload;
import wsarena.scenario.PayloadKind;
import wsarena.scenario.Rate;
import wsarena.testsupport.Scenarios;
import wsarena.testsupport.TestEchoServer;

/**
 * The fault table's wrong-echo rows, on real servers on loopback: a server's word about time is
 * never believed. An echo whose stamp was rewritten, or whose first byte was flipped, is a
 * protocol error of its kind and never a latency; every message still has exactly one fate.
 */
@Timeout(60)
class WrongEchoIT {
  private static HostInfo host;

  @BeforeAll
  static void detectHost() {
    host = HostProbe.detect();
  }

  private static RunResult run(TestEchoServer server, PayloadKind kind) throws Exception {
    LoadProfile load = Scenarios.shortLoad(4, new Rate.OpenLoop(200))
        .withPayload(new Payload(64, kind))
        .withWarmup(Duration.ofMillis(200))
        .withDuration(Duration.ofSeconds(1));
    return new Run(Scenarios.external(server.echoUri(), load), Targets.standard(), host, List.of()).execute();
  }

  private static void assertFatesAddUp(Totals t) {
    assertThat(t.fates().settled()).isEqualTo(t.fates().intended());
  }

  @Test
  void aServerThatRewritesTheStampIsNotBelievedAndNothingItAnsweredIsTimed() throws Exception {
    // every echo 50 ms late, its stamp 50 ms later than sent: believed, it would read as ~0 ms
    try (TestEchoServer server = TestEchoServer.delayed(50, true)) {
      RunResult r = run(server, PayloadKind.TEXT);

      Totals t = r.totals();
      Map<ProtocolError, Long> errors = Troubles.over(r.samples()).protocolErrors();
      assertThat(errors.keySet()).containsExactly(ProtocolError.ALTERED_STAMP);
      assertThat(errors.get(ProtocolError.ALTERED_STAMP)).isGreaterThan(100);
      assertThat(t.fates().answered()).isZero();
      assertThat(t.fates().timedOut()).isPositive();
      assertFatesAddUp(t);
      // no latency came from a rewritten stamp: whatever is recorded (messages still unanswered
      // at the end, at their age) is no shorter than the true delay would allow a believed one to be
      assertThat(r.latency().getTotalCount() == 0 || r.latency().getMinValue() >= 1_000)
          .as("min latency %d µs of %d", r.latency().getMinValue(), r.latency().getTotalCount()).isTrue();
      assertThat(r.warnings()).anyMatch(w -> w.contains(ProtocolError.ALTERED_STAMP.label()));
    }
  }

  @Test
  void theSameServerWithoutTheRewriteIsTimedAtItsTrueDelay() throws Exception {
    try (TestEchoServer server = TestEchoServer.delayed(50, false)) {
      RunResult r = run(server, PayloadKind.TEXT);

      assertThat(r.outcome()).isEqualTo(Outcome.COMPLETED);
      assertThat(r.totals().messages().errors()).isZero();
      assertThat(r.totals().fates().answered()).isPositive();
      assertFatesAddUp(r.totals());
      assertThat(r.latency().getValueAtPercentile(50)).isGreaterThanOrEqualTo(50_000);
    }
  }

  @ParameterizedTest
  @EnumSource(PayloadKind.class)
  void aFlippedFirstByteIsAnAlteredStampNotALatencyOfOneMicrosecond(PayloadKind kind) throws Exception {
    try (TestEchoServer server = TestEchoServer.flippingFirstByte(10)) {
      RunResult r = run(server, kind);

      Totals t = r.totals();
      Map<ProtocolError, Long> errors = Troubles.over(r.samples()).protocolErrors();
      assertThat(errors.keySet()).containsExactly(ProtocolError.ALTERED_STAMP);
      assertThat(errors.get(ProtocolError.ALTERED_STAMP)).isGreaterThan(10);
      assertThat(t.fates().answered()).isPositive();
      assertThat(t.fates().timedOut()).isPositive();
      assertFatesAddUp(t);
      // a loopback echo takes tens of microseconds; the floor of 1 µs was a believed altered stamp
      assertThat(r.latency().getMinValue()).isGreaterThan(1);
    }
  }
}
