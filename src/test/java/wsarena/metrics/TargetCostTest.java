package wsarena.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import wsarena.host.HostInfo;
import wsarena.scenario.Scenario;

/** The target's CPU per unit of work, from its share of every hardware thread of the machine. */
class TargetCostTest {
  private static final HostInfo EIGHT_THREADS = new HostInfo("test CPU", 4, 8, 1L << 30, "TestOS", "1", "vendor", "25", List.of());

  private static RunResult run(double targetCpuPercent, double receivedPerSecond, double handshakesPerSecond) {
    Totals totals = new Totals(
        10_000, new Totals.Messages(0, 0, 0, 0, 0, receivedPerSecond, receivedPerSecond, receivedPerSecond, 0), Fates.NONE,
        LatencySummary.EMPTY, null, LatencySummary.EMPTY, new Totals.Connections(10, 10, 0, FailuresByCause.NONE, null),
        new Totals.Handshakes(0, handshakesPerSecond, null, -1), new Totals.Cpu(50, targetCpuPercent, 10, -1),
        Totals.ContextSwitches.UNKNOWN, new Totals.Memory(-1, -1, -1, -1), Fairness.UNKNOWN);
    Scenario s = Scenario.defaults();
    return new RunResult(
        "test", s, EIGHT_THREADS, new TargetInfo("t", "t", null, ""), 1, Instant.now(), Outcome.COMPLETED, null, List.of(),
        null, null, totals, List.of(), List.of(), null, null);
  }

  @Test
  void aQuarterOfEightThreadsOverFortyThousandMessagesIsFiftyMicrosEach() {
    // 25 % of 8 threads = 2 cores busy: 2,000,000 µs of CPU per second over 40,000 msgs/s
    assertThat(TargetCost.cpuMicrosPerMessage(run(25, 40_000, 0))).isCloseTo(50, within(1e-9));
    assertThat(TargetCost.cpuMicrosPerHandshake(run(25, 0, 1_000))).isCloseTo(2_000, within(1e-9));
  }

  @Test
  void anUnknownShareOrNoWorkIsNotKnownRatherThanZero() {
    assertThat(TargetCost.cpuMicrosPerMessage(run(-1, 40_000, 0))).isEqualTo(-1);
    assertThat(TargetCost.cpuMicrosPerMessage(run(25, 0, 0))).isEqualTo(-1);
    assertThat(TargetCost.cpuMicrosPerHandshake(run(25, 40_000, 0))).isEqualTo(-1);
  }
}
