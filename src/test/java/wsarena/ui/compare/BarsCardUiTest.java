package wsarena.ui.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import wsarena.metrics.Fates;
import wsarena.metrics.FailuresByCause;
import wsarena.metrics.RunResult;
import wsarena.metrics.Totals;
import wsarena.report.Contender;
import wsarena.report.Metric;
import wsarena.report.MetricTable;
import wsarena.scenario.ThreadingModel;
import wsarena.scenario.Workload;
import wsarena.ui.testing.Fx;
import wsarena.ui.testing.FxTesting;
import wsarena.ui.testing.SavedRuns;
import wsarena.metrics.Fairness;
import wsarena.metrics.LatencySummary;

/** The bars of a comparison without msgs/s (storms) draw the first figure that applies. */
@ExtendWith(ApplicationExtension.class)
@Timeout(30)
class BarsCardUiTest {
  static {
    FxTesting.init();
  }

  private BarsCard card;

  @Start
  void start(Stage stage) {
    card = new BarsCard();
    stage.setScene(new Scene(card, 800, 500));
    stage.show();
  }

  /** A saved run turned into a storm at {@code handshakesPerSecond}. */
  private static RunResult storm(ThreadingModel model, double handshakesPerSecond) {
    RunResult r = SavedRuns.run(model, SavedRuns.LAPTOP);
    Totals t = r.totals();
    Totals storm =
        new Totals(
            t.measuredMillis(), new Totals.Messages(0, 0, 0, 0, 0, 0, 0, 0, 0), Fates.NONE, t.latency(), null, LatencySummary.EMPTY,
            new Totals.Connections(t.connections().requested(), t.connections().peak(), 0, FailuresByCause.NONE, null),
            new Totals.Handshakes(5_000, handshakesPerSecond, t.latency(), 90),
            new Totals.Cpu(t.cpu().clientPercent(), t.cpu().targetPercent(), -1, -1), Totals.ContextSwitches.UNKNOWN,
            new Totals.Memory(t.memory().clientRssPeakBytes(), t.memory().targetRssPeakBytes(), -1, -1), Fairness.UNKNOWN);
    return new RunResult(
        r.wsarenaVersion(), r.scenario().withWorkload(Workload.STORM), r.host(), r.target(), r.clientThreads(), r.startedAt(),
        r.outcome(), null, r.samples(), r.latency(), null, storm, List.of(), List.of(), null, null);
  }

  @Test
  void aStormIsDrawnByHandshakesPerSecondWhenThroughputWasShown() {
    MetricTable storms =
        MetricTable.of(List.of(Contender.of(storm(ThreadingModel.EVENT_LOOP, 900)), Contender.of(storm(ThreadingModel.MULTI_REACTOR, 1200))));
    MetricTable echo = MetricTable.of(List.of(Contender.of(SavedRuns.run(ThreadingModel.EVENT_LOOP, SavedRuns.LAPTOP))));
    Fx.get(() -> {
      card.show(echo, List.of(0));
      return null;
    });
    assertThat(Fx.get(() -> card.metricProperty().get())).isEqualTo(Metric.THROUGHPUT);

    // the picker's new items clear its value, which must not leave the card without a metric
    Fx.get(() -> {
      card.show(storms, List.of(0, 1));
      return null;
    });

    assertThat(Fx.get(() -> card.metricProperty().get())).isEqualTo(Metric.HANDSHAKES_PER_SECOND);
    assertThat(Fx.get(card::values)).hasSize(2).anyMatch(v -> v.contains("1.2k/s"));
    assertThat(storms.metrics()).doesNotContain(Metric.THROUGHPUT, Metric.MEMORY_PER_CONNECTION);
  }
}
