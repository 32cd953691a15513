package wsarena.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import wsarena.host.HostInfo;
import wsarena.metrics.Fates;
import wsarena.metrics.FailuresByCause;
import wsarena.metrics.LatencySummary;
import wsarena.metrics.Outcome;
import wsarena.metrics.RunResult;
import wsarena.metrics.TargetInfo;
import wsarena.metrics.Totals;
import wsarena.scenario.Scenario;
import wsarena.scenario.Workload;
import wsarena.metrics.Fairness;

/**
 * Each workload is compared by its own figures: a storm by handshakes per second, an idle run by
 * memory per connection, echo by messages and what each costs (CPU and context switches).
 */
class MetricTest {
  private static final HostInfo HOST = new HostInfo("test CPU", 2, 2, 1L << 30, "TestOS", "1", "vendor", "25", List.of());
  private static final LatencySummary LATENCY = new LatencySummary(100, 500, 400, 600, 900, 1200, 1300, 1500);

  /** A run of {@code workload} whose totals carry every figure, the connection workloads' too. */
  private static RunResult run(Workload workload) {
    Totals t =
        new Totals(
            10_000, new Totals.Messages(50_000, 50_000, 0, 0, 0, 5_000, 5_000, 5_000, 0), Fates.NONE, LATENCY, null, LatencySummary.EMPTY,
            new Totals.Connections(100, 100, 0, FailuresByCause.NONE, null), new Totals.Handshakes(4_000, 400, LATENCY, 80),
            new Totals.Cpu(40, 30, 12.5, -1), new Totals.ContextSwitches(0.042, 0.5, -1, -1, -1, -1),
            new Totals.Memory(1L << 27, 1L << 26, 12_800, 4_096), Fairness.UNKNOWN);
    Scenario s = Scenario.defaults().withWorkload(workload);
    return new RunResult(
        "test", s, HOST, new TargetInfo(s.target().label(), "test", null, ""), 1, Instant.now(), Outcome.COMPLETED, null,
        List.of(), null, null, t, List.of(), List.of(), null, null);
  }

  @Test
  void aStormIsComparedByHandshakesPerSecondNotByMessages() {
    RunResult storm = run(Workload.STORM);

    assertThat(Metric.HANDSHAKES_PER_SECOND.value(storm)).hasValue(400);
    assertThat(Metric.THROUGHPUT.applies(storm)).isFalse();
    assertThat(Metric.TARGET_SWITCHES_PER_MESSAGE.applies(storm)).isFalse();
    assertThat(Metric.MEMORY_PER_CONNECTION.applies(storm)).isFalse();
    assertThat(Metric.P99.value(storm)).hasValue(900);
    assertThat(Metric.HANDSHAKES_PER_SECOND.better()).isEqualTo(Metric.Better.HIGHER);
  }

  @Test
  void anIdleRunIsComparedByMemoryPerConnectionInKibibytes() {
    RunResult idle = run(Workload.IDLE);

    assertThat(Metric.MEMORY_PER_CONNECTION.value(idle)).hasValue(12_800);
    assertThat(Metric.MEMORY_PER_CONNECTION.cell(12_800)).isEqualTo("12.5");
    assertThat(Metric.MEMORY_PER_CONNECTION.column()).isEqualTo("KiB/conn");
    assertThat(Metric.MEMORY_PER_CONNECTION.onAxis(12_800)).isEqualTo(12.5);
    assertThat(Metric.THROUGHPUT.applies(idle)).isFalse();
    assertThat(Metric.HANDSHAKES_PER_SECOND.applies(idle)).isFalse();
  }

  @Test
  void echoCarriesTheTargetsContextSwitchesPerMessageAndNoConnectionFigure() {
    RunResult echo = run(Workload.ECHO);

    assertThat(Metric.THROUGHPUT.value(echo)).hasValue(5_000);
    assertThat(Metric.TARGET_SWITCHES_PER_MESSAGE.value(echo)).hasValue(0.042);
    assertThat(Metric.TARGET_SWITCHES_PER_MESSAGE.cell(0.042)).isEqualTo("0.042");
    assertThat(Metric.TARGET_SWITCHES_PER_MESSAGE.alone(1.2)).isEqualTo("1.20 /msg");
    assertThat(Metric.HANDSHAKES_PER_SECOND.applies(echo)).isFalse();
    assertThat(Metric.MEMORY_PER_CONNECTION.applies(echo)).isFalse();
    assertThat(Metric.applying(List.of(echo, run(Workload.STORM), run(Workload.IDLE))))
        .contains(Metric.THROUGHPUT, Metric.HANDSHAKES_PER_SECOND, Metric.MEMORY_PER_CONNECTION, Metric.TARGET_SWITCHES_PER_MESSAGE);
  }

  @Test
  void aFigureNotMeasuredIsLeftOutRatherThanShownAsZero() {
    RunResult echo = run(Workload.ECHO);
    Totals t = echo.totals();
    Totals unknown =
        new Totals(
            t.measuredMillis(), t.messages(), t.fates(), t.latency(), t.corrected(), t.sendLag(), t.connections(),
            t.handshakes(), t.cpu(), Totals.ContextSwitches.UNKNOWN, t.memory(), t.fairness());
    RunResult old = echo.withTotals(unknown);

    assertThat(Metric.TARGET_SWITCHES_PER_MESSAGE.applies(old)).isFalse();
  }
}
