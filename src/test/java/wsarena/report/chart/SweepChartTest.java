package wsarena.report.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.Layer;
import org.junit.jupiter.api.Test;
import wsarena.metrics.SweepResult;
import wsarena.scenario.Rate;
import wsarena.scenario.Scenario;
import wsarena.testsupport.Scenarios;
import wsarena.testsupport.Sweeps;
import wsarena.ui.testing.SavedRuns;

class SweepChartTest {
  private static final Scenario BASE =
      Scenarios.external(URI.create("ws://127.0.0.1:9/echo"), Scenarios.shortLoad(10, new Rate.OpenLoop(1)));
  private static final SweepResult FAST = Sweeps.doubling(BASE, "fast", 30_000, SavedRuns.LAPTOP);
  private static final SweepResult SLOW = Sweeps.doubling(BASE, "slow", 5_000, SavedRuns.LAPTOP);

  @Test
  void oneSweepShowsItsPercentilesAgainstALogLoadAxisWithTheBoundAndTheKnee() {
    JFreeChart chart = SweepChart.latencyAgainstLoad(List.of(FAST));
    XYPlot plot = chart.getXYPlot();

    assertThat(plot.getDataset().getSeriesCount()).isEqualTo(5);
    assertThat(plot.getDataset().getSeriesKey(2)).isEqualTo("p99");
    assertThat(plot.getDataset().getItemCount(2)).isEqualTo(FAST.steps().size());
    assertThat(plot.getDomainAxis()).isInstanceOf(LogAxis.class);
    assertThat(plot.getDomainAxis().getUpperBound()).isGreaterThanOrEqualTo(64_000);
    assertThat(((ValueMarker) plot.getRangeMarkers(Layer.BACKGROUND).iterator().next()).getValue()).isEqualTo(10.0);
    assertThat(((ValueMarker) plot.getDomainMarkers(Layer.BACKGROUND).iterator().next()).getLabel()).isEqualTo("knee 16k");
    assertThat(texts(chart)).contains("max sustainable rate at p99 ≤ 10.0 ms: 16,000 msgs/s · knee found");
  }

  @Test
  void twoSweepsPutEachTargetsCurvesOnOneChart() {
    JFreeChart chart = SweepChart.latencyAgainstLoad(List.of(FAST, SLOW));
    XYPlot plot = chart.getXYPlot();

    assertThat(List.of(plot.getDataset().getSeriesKey(0), plot.getDataset().getSeriesKey(1), plot.getDataset().getSeriesKey(2)))
        .containsExactly("fast p99", "fast p50", "slow p99");
    assertThat(chart.getTitle().getText()).isEqualTo("Latency against load · fast vs slow");
    assertThat(texts(chart)).contains("knees at p99 ≤ 10.0 ms: fast 16k msgs/s · slow 4k msgs/s");
    assertThat(plot.getDomainMarkers(Layer.BACKGROUND)).hasSize(2);
  }

  @Test
  void manySweepsMarkTheirKneesUnnamedSinceTheFindingNamesThemAll() {
    List<SweepResult> four = List.of(FAST, SLOW,
        Sweeps.doubling(BASE, "third", 12_000, SavedRuns.LAPTOP), Sweeps.doubling(BASE, "fourth", 40_000, SavedRuns.LAPTOP));
    JFreeChart chart = SweepChart.latencyAgainstLoad(four);

    assertThat(chart.getXYPlot().getDomainMarkers(Layer.BACKGROUND)).hasSize(4)
        .allSatisfy(m -> assertThat(((ValueMarker) m).getLabel()).isNull());
    assertThat(texts(chart)).anySatisfy(t -> assertThat(t).startsWith("knees at p99 ≤ 10.0 ms: fast 16k msgs/s").contains("fourth"));
    // three or fewer keep their names beside their lines
    assertThat(SweepChart.latencyAgainstLoad(List.of(FAST, SLOW)).getXYPlot().getDomainMarkers(Layer.BACKGROUND))
        .allSatisfy(m -> assertThat(((ValueMarker) m).getLabel()).contains("knee"));
  }

  @Test
  void achievedAgainstOfferedFollowsTheDiagonalUpToTheCapacity() {
    XYPlot plot = SweepChart.achievedAgainstOffered(List.of(SLOW)).getXYPlot();

    int last = plot.getDataset().getItemCount(0) - 1;
    assertThat(plot.getDataset().getYValue(0, 0)).isEqualTo(plot.getDataset().getXValue(0, 0));
    assertThat(plot.getDataset().getXValue(0, last)).isEqualTo(8000);
    assertThat(plot.getDataset().getYValue(0, last)).isEqualTo(5000);
    assertThat(plot.getDataset().getSeriesKey(1)).isEqualTo("achieved = offered");
  }

  @Test
  void nothingToDrawIsSaid() {
    assertThatThrownBy(() -> SweepChart.latencyAgainstLoad(List.of())).hasMessage("no sweep step to draw");
  }

  private static List<String> texts(JFreeChart chart) {
    return chart.getSubtitles().stream().filter(TextTitle.class::isInstance).map(t -> ((TextTitle) t).getText()).toList();
  }
}
