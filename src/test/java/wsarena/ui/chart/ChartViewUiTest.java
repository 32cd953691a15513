package wsarena.ui.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.event.ChartProgressEvent;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import wsarena.ui.testing.Fx;
import wsarena.ui.testing.FxTesting;

/**
 * A chart view draws what it is handed on the chart thread: a hidden one makes the changes but is
 * drawn only once it shows again, and an export's drawing shows every change, with the readouts
 * (the changes' follow-ups) in the order the changes were made.
 */
@ExtendWith(ApplicationExtension.class)
@Timeout(30)
class ChartViewUiTest {
  static {
    FxTesting.init();
  }

  private final XYSeries points = new XYSeries("points");
  private final JFreeChart chart = new JFreeChart(new XYPlot(new XYSeriesCollection(points),
      new org.jfree.chart.axis.NumberAxis(), new org.jfree.chart.axis.NumberAxis(),
      new org.jfree.chart.renderer.xy.XYLineAndShapeRenderer(true, false)));
  private final AtomicInteger drawings = new AtomicInteger();
  private ChartView view;
  private StackPane page;

  @Start
  void start(Stage stage) {
    chart.addProgressListener(e -> {
      if (e.getType() == ChartProgressEvent.DRAWING_FINISHED) {
        drawings.incrementAndGet();
      }
    });
    view = new ChartView(chart);
    page = new StackPane(view);
    stage.setScene(new Scene(page, 400, 300));
    stage.show();
  }

  @Test
  void aHiddenViewMakesItsChangesAndIsDrawnOnceWhenItShows() {
    Fx.await(10, () -> view.settled() && drawings.get() > 0);
    int before = drawings.get();
    List<Integer> held = new CopyOnWriteArrayList<>();
    Fx.get(() -> {
      page.setVisible(false);
      return null;
    });
    for (int i = 1; i <= 5; i++) {
      int x = i;
      Fx.get(() -> {
        view.change(() -> {
          points.add(x, x);
          return points.getItemCount();
        }, held::add);
        return null;
      });
    }
    Fx.await(10, () -> view.settled() && held.size() == 5);
    assertThat(held).containsExactly(1, 2, 3, 4, 5);
    assertThat(drawings.get()).as("drawings while hidden").isEqualTo(before);

    Fx.get(() -> {
      page.setVisible(true);
      return null;
    });
    Fx.await(10, () -> view.settled() && drawings.get() > before);
    assertThat(drawings.get()).as("drawings once shown again").isEqualTo(before + 1);
  }

  @Test
  void anExportDuringADrawingShowsEveryChangeAndLeavesTheLatestReadout() throws InterruptedException {
    Fx.await(10, () -> view.settled() && drawings.get() > 0);
    CountDownLatch inFlight = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    List<Integer> readouts = new CopyOnWriteArrayList<>();
    CountDownLatch exported = new CountDownLatch(1);
    Platform.runLater(() -> {
      // the first change holds the chart thread: its drawing is under way when the export comes
      view.change(() -> {
        inFlight.countDown();
        await(release);
        points.add(100, 1);
        return points.getItemCount();
      }, readouts::add);
      view.change(() -> {
        points.add(101, 2);
        return points.getItemCount();
      }, readouts::add);
    });
    assertThat(inFlight.await(10, TimeUnit.SECONDS)).isTrue();
    Platform.runLater(() -> {
      view.drawNow(1);
      exported.countDown();
    });
    release.countDown();
    assertThat(exported.await(10, TimeUnit.SECONDS)).isTrue();
    Fx.await(10, () -> view.settled());
    int count = Fx.get(() -> view.read(c -> points.getItemCount()));
    // every follow-up ran once, oldest first: the last readout on screen is the latest
    assertThat(readouts).containsExactly(count - 1, count);
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
