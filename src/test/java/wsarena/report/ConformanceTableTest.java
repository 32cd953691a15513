package wsarena.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import wsarena.conformance.ConformanceFailure;
import wsarena.conformance.ConformanceReport;

class ConformanceTableTest {

  @Test
  void showsTheCountsThenEachFailedAndNonStrictCaseWithTheSuitesWords() throws Exception {
    String table = ConformanceTable.render(ConformanceSamples.nettyBeforeTheMend());

    assertThat(table)
        .startsWith("netty-event-loop: Netty 4.2.18.Final · Single event loop · this process\n"
            + "Autobahn|Testsuite 0.5.6 (Autobahn 0.6.4), 7 cases (all cases but group 9) in 19.6 s against ws://127.0.0.1:41625/echo\n"
            + "target            OK  non-strict  informational  unimplemented  failed\n"
            + "----------------  --  ----------  -------------  -------------  ------\n"
            + "netty-event-loop   4           1              1              0       1\n"
            + "  failed:\n"
            + "    7.9.1  Send close with invalid close code 0\n"
            + "           suite: The close code should have been 1002 or empty\n"
            + "  non-strict:\n"
            + "    6.4.3  Same as Case 6.4.1")
        .contains("           suite: The close code should have been 1007 or empty\n")
        .endsWith("  informational: 7.1.6\n");
  }

  @Test
  void aTargetTheSuiteCouldNotJudgeIsItsSentenceNotATableOfZeros() {
    String table = ConformanceTable.render(new ConformanceFailure("tornado", "tornado", "Tornado is not installed: apt-get install python3-tornado"));

    assertThat(table).isEqualTo("tornado: not judged: Tornado is not installed: apt-get install python3-tornado\n");
  }

  @Test
  void theOverviewHasOneRowPerTarget() throws Exception {
    ConformanceReport report =
        ConformanceReport.of("0.1.0", "suite", Instant.EPOCH,
            List.of(ConformanceSamples.nettyBeforeTheMend(), new ConformanceFailure("tornado", "tornado", "not installed")));

    assertThat(ConformanceTable.overview(report))
        .isEqualTo("target            OK  non-strict  informational  unimplemented      failed\n"
            + "----------------  --  ----------  -------------  -------------  ----------\n"
            + "netty-event-loop   4           1              1              0           1\n"
            + "tornado            -           -              -              -  not judged\n");
  }
}
