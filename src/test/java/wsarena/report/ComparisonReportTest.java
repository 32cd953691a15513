package wsarena.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import wsarena.metrics.RunResult;
import wsarena.metrics.Totals;
import wsarena.scenario.ThreadingModel;
import wsarena.ui.testing.SavedRuns;

/** The comparison table's derived column: the target's CPU per message on the run's machine. */
class ComparisonReportTest {
  private static final int TARGET_US_COLUMN = ComparisonReport.COLUMNS.indexOf("target µs/msg");

  /** A saved run (on the 8-thread laptop) with the target's CPU share and rate replaced. */
  private static RunResult withTarget(double targetCpuPercent, double receivedPerSecond) {
    RunResult r = SavedRuns.run(ThreadingModel.EVENT_LOOP, SavedRuns.LAPTOP);
    Totals t = r.totals();
    Totals.Messages m = t.messages();
    Totals changed =
        new Totals(
            t.measuredMillis(),
            new Totals.Messages(
                m.sent(), m.received(), m.errors(), m.bytesSent(), m.bytesReceived(), m.sentPerSecond(), receivedPerSecond,
                m.answeredPerSecond(), m.receivedMegabytesPerSecond()),
            t.fates(), t.latency(), t.corrected(), t.sendLag(), t.connections(), t.handshakes(),
            new Totals.Cpu(t.cpu().clientPercent(), targetCpuPercent, t.cpu().clientMicrosPerMessage(), t.cpu().balancerPercent()),
            t.contextSwitches(), t.memory(), t.fairness());
    return r.withTotals(changed);
  }

  @Test
  void targetCpuPerMessageIsItsShareOfEveryHardwareThreadDividedByTheRate() {
    // 25 % of 8 threads = 2 cores busy; 2,000,000 µs of CPU per second over 40,000 msgs/s = 50 µs
    List<String> row = ComparisonReport.row(withTarget(25, 40_000));

    assertThat(row.get(TARGET_US_COLUMN)).isEqualTo("50.0");
  }

  @Test
  void unknownTargetCpuOrNoMessagesSayNotAvailable() {
    assertThat(ComparisonReport.row(withTarget(-1, 40_000)).get(TARGET_US_COLUMN)).isEqualTo("n/a");
    assertThat(ComparisonReport.row(withTarget(25, 0)).get(TARGET_US_COLUMN)).isEqualTo("n/a");
  }

  @Test
  void theMarkdownTableHasTheColumnAndSaysWhatItMeans() {
    String md = ComparisonReport.markdown("t", List.of(withTarget(25, 40_000)));

    assertThat(md).contains("| target µs/msg |").contains("µs/msg is CPU time per message received");
  }
}
