package wsarena.ui.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.scene.image.PixelReader;
import javafx.stage.Stage;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.ui.RectangleEdge;
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
import wsarena.report.chart.ChartLook;
import wsarena.scenario.ThreadingModel;
import wsarena.scenario.Workload;
import wsarena.ui.testing.Fx;
import wsarena.ui.testing.FxTesting;
import wsarena.ui.testing.SavedRuns;
import wsarena.metrics.Fairness;
import wsarena.metrics.LatencySummary;

/**
 * The bars of a comparison without msgs/s (storms) draw the first figure that applies, and every
 * long name ends before its bar.
 */
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

  /** {@code run} as if it had received {@code perSecond} messages a second. */
  private static RunResult at(RunResult run, double perSecond) {
    Totals t = run.totals();
    Totals.Messages m = t.messages();
    return run.withTotals(new Totals(
        t.measuredMillis(),
        new Totals.Messages(m.sent(), m.received(), m.errors(), m.bytesSent(), m.bytesReceived(), perSecond, perSecond, perSecond,
            m.receivedMegabytesPerSecond()),
        t.fates(), t.latency(), t.corrected(), t.sendLag(), t.connections(), t.handshakes(), t.cpu(), t.contextSwitches(), t.memory(),
        t.fairness()));
  }

  /**
   * On a card too narrow for "80k/s  ★ best" after the best bar's min–max line, the value is
   * written inside the bar: it once ended at the bar's end, and the line from the lowest to the
   * highest run (60k to 100k) was drawn through "★ best". It ends before the line now.
   */
  @Test
  void aValueWrittenInsideItsBarEndsBeforeItsSpreadLine() {
    RunResult run = SavedRuns.run(ThreadingModel.EVENT_LOOP, SavedRuns.LAPTOP);
    MetricTable table = MetricTable.of(List.of(
        new Contender("undertow-event-loop", List.of(at(run, 60_000), at(run, 80_000), at(run, 100_000))),
        new Contender("tornado", List.of(at(run, 10_000), at(run, 12_000), at(run, 14_000)))));
    Fx.get(() -> {
      Stage stage = (Stage) card.getScene().getWindow();
      stage.setMinWidth(0); // the same stage as a window's test before, which may have set its own
      stage.setWidth(460);
      card.show(table, List.of(0, 1));
      return null;
    });
    try {
      assertThat(Fx.get(() -> card.metricProperty().get())).isEqualTo(Metric.THROUGHPUT);
      Fx.await(10, () -> card.getWidth() <= 460 && card.plot().settled() && card.plot().plotArea().getWidth() > 0);
      assertThat(Fx.get(card::values)).anyMatch(v -> v.contains("★ best"));
      assertThat(Fx.get(card::cutValues)).isEmpty();
      assertThat(Fx.get(card::crossedValues)).isEmpty();
    } finally {
      Fx.get(() -> {
        card.getScene().getWindow().setWidth(800); // the size the other tests' scene asks for
        return null;
      });
    }
  }

  /**
   * The window once drew each name in another font than the one its axis measured it in: at the
   * normal look (12 px) a long name ran past the room the axis left it and its last letter went
   * under its bar ("undertow-event-loo"); in presentation mode (16 px) every drawing after the
   * first wrote it at 13 px. Each name is looked for on the card as drawn: it ends a little before
   * its bar (the axis's inset) and is as wide as its font makes it.
   */
  @Test
  void everyLongNameEndsBeforeItsBarAtTheNormalLook() {
    namesEndBeforeTheirBarsAtTheirSize(ChartLook.LIGHT);
  }

  @Test
  void everyLongNameEndsBeforeItsBarInPresentationMode() {
    namesEndBeforeTheirBarsAtTheirSize(ChartLook.LIGHT.presentation());
  }

  private void namesEndBeforeTheirBarsAtTheirSize(ChartLook look) {
    List<String> names = List.of(
        "undertow-event-loop", "undertow-multi-reactor", "undertow-reactor-workers", "netty-event-loop", "jetty-virtual-threads",
        "tornado");
    RunResult run = SavedRuns.run(ThreadingModel.EVENT_LOOP, SavedRuns.LAPTOP);
    MetricTable table = MetricTable.of(names.stream().map(n -> new Contender(n, List.of(run))).toList());
    Fx.get(() -> {
      card.lookProperty().set(look); // a light look: dark names on the white a snapshot is taken on
      card.show(table, IntStream.range(0, names.size()).boxed().toList());
      return null;
    });
    Fx.await(10, () -> card.plot().settled() && card.plot().plotArea().getWidth() > 0);
    // drawn again, as a live card is: a second drawing once fell back to the canvas's own font
    Fx.get(() -> {
      card.plot().change(() -> { });
      return null;
    });
    Fx.await(10, () -> card.plot().settled());

    Image picture = Fx.get(() -> card.plot().snapshot(null, null));
    java.awt.geom.Rectangle2D plot = Fx.get(() -> card.plot().plotArea());
    CategoryAxis axis = Fx.get(() -> card.plot().read(chart -> ((CategoryPlot) chart.getPlot()).getDomainAxis()));
    java.awt.Font font = new java.awt.Font(java.awt.Font.SANS_SERIF, java.awt.Font.PLAIN, (int) look.screenTickSize());
    java.awt.font.FontRenderContext frc = new java.awt.font.FontRenderContext(null, true, true);
    PixelReader pixels = picture.getPixelReader();
    javafx.scene.paint.Color paper = pixels.getColor(1, 1);
    int barStart = (int) Math.floor(plot.getMinX());
    for (int i = 0; i < names.size(); i++) {
      int middle = (int) Math.round(axis.getCategoryMiddle(i, names.size(), plot, RectangleEdge.LEFT));
      int firstInk = -1;
      int lastInk = -1;
      for (int x = 0; x < barStart; x++) {
        for (int y = middle - 8; y <= middle + 8; y++) {
          if (Math.abs(pixels.getColor(x, y).getBrightness() - paper.getBrightness()) > 0.4) {
            firstInk = firstInk < 0 ? x : firstInk;
            lastInk = x;
            break;
          }
        }
      }
      String name = names.get(i);
      assertThat(barStart - lastInk).as("columns between the end of %s and its bar", name).isBetween(2, 16);
      double measured = font.getStringBounds(name, frc).getWidth();
      assertThat((double) (lastInk - firstInk)).as("the width of %s drawn, against its width at %s", name, font)
          .isBetween(measured * 0.94, measured * 1.06);
    }
  }
}
