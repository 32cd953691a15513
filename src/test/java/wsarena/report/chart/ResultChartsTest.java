package wsarena.report.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.Test;
import wsarena.metrics.Phase;
import wsarena.metrics.RunResult;
import wsarena.scenario.ThreadingModel;
import wsarena.ui.testing.SavedRuns;

class ResultChartsTest {
  private static final RunResult EVENT_LOOP = SavedRuns.run(ThreadingModel.EVENT_LOOP, SavedRuns.LAPTOP);
  private static final RunResult WORKERS = SavedRuns.run(ThreadingModel.REACTOR_WORKERS, SavedRuns.LAPTOP);

  @Test
  void thePercentileAxisReadsInNines() {
    ResultCharts.PercentileFormat f = new ResultCharts.PercentileFormat();

    assertThat(List.of(f.format(0.0), f.format(1.0), f.format(2.0), f.format(3.0), f.format(5.0)))
        .containsExactly("0%", "90%", "99%", "99.9%", "99.999%");
  }

  @Test
  void theLatencyAxisReadsInTimeUnits() {
    ResultCharts.LatencyFormat f = new ResultCharts.LatencyFormat();

    assertThat(List.of(f.format(0.01), f.format(1.0), f.format(100.0), f.format(10_000.0)))
        .containsExactly("10 µs", "1 ms", "100 ms", "10 s");
  }

  @Test
  void aLatencyAxisFittedToTheDataLabelsTheDecadeAtEachEnd() {
    // p50 at 327 µs and max at 6.36 ms: the axis spans 100 µs to 10 ms, and both ends are labelled
    // (a bound set on 0.1 exactly lost its tick to the log's rounding)
    for (double[] span : new double[][] {{0.327, 6.36}, {0.0123, 0.95}, {1.5, 99}, {0.1, 10}}) {
      org.jfree.data.xy.XYSeries series = new org.jfree.data.xy.XYSeries("latency");
      series.add(0, span[0]);
      series.add(1, span[1]);
      LogAxis axis = ResultCharts.latencyAxis();
      ResultCharts.fitDecades(axis, new org.jfree.data.xy.XYSeriesCollection(series));

      List<Double> ticks = axis.refreshTicks(new java.awt.image.BufferedImage(1, 1, java.awt.image.BufferedImage.TYPE_INT_RGB)
              .createGraphics(), new org.jfree.chart.axis.AxisState(), new java.awt.geom.Rectangle2D.Double(0, 0, 400, 500),
              org.jfree.chart.ui.RectangleEdge.LEFT).stream()
          .map(t -> ((org.jfree.chart.axis.ValueTick) t).getValue()).toList();
      double lowest = Math.pow(10, Math.floor(Math.log10(span[0])));
      double highest = Math.pow(10, Math.ceil(Math.log10(span[1] * 1.0001)));
      assertThat(ticks).as("ticks for %s", java.util.Arrays.toString(span)).first().isEqualTo(lowest);
      assertThat(ticks).as("ticks for %s", java.util.Arrays.toString(span)).last().isEqualTo(highest);
    }
  }

  @Test
  void theDistributionHasACurvePerRunNamedApartWhenTwoShareALabel() {
    JFreeChart chart = ResultCharts.distribution(List.of(EVENT_LOOP, WORKERS, EVENT_LOOP));
    XYPlot plot = chart.getXYPlot();

    assertThat(plot.getDataset().getSeriesCount()).isEqualTo(3);
    assertThat(List.of(plot.getDataset().getSeriesKey(0), plot.getDataset().getSeriesKey(1), plot.getDataset().getSeriesKey(2)))
        .containsExactly("undertow-event-loop #1", "undertow-reactor-workers", "undertow-event-loop #3");
    assertThat(plot.getDataset().getItemCount(0)).isGreaterThan(10);
    // drawn with non-breaking hyphens, so the title wraps between names
    assertThat(chart.getTitle().getText().replace(ChartStyle.NON_BREAKING_HYPHEN, '-'))
        .isEqualTo("Latency distribution · undertow-event-loop #1 vs undertow-reactor-workers vs undertow-event-loop #3");
    // past three, the legend names them and the title counts them (a title of twelve names ran to three lines)
    List<RunResult> four = List.of(EVENT_LOOP, WORKERS, EVENT_LOOP, WORKERS);
    assertThat(ResultCharts.distribution(four).getTitle().getText()).isEqualTo("Latency distribution · 4 runs");
    // the latency axis spans whole decades around every point
    LogAxis y = (LogAxis) plot.getRangeAxis();
    double maxMs = EVENT_LOOP.latency().getMaxValue() / 1000.0;
    assertThat(y.getUpperBound()).isGreaterThanOrEqualTo(maxMs);
    assertThat(Math.log10(y.getUpperBound()) % 1).isCloseTo(0, org.assertj.core.data.Offset.offset(1e-9));
  }

  @Test
  void theTimeChartsLeaveOutTheDrainingTailAndShadeWhatIsNotMeasured() {
    long drained = EVENT_LOOP.samples().stream().filter(s -> s.phase() == Phase.DRAINING).count();
    long unmeasured = EVENT_LOOP.samples().stream().filter(s -> s.phase() == Phase.RAMP || s.phase() == Phase.WARMUP).count();
    // the window's figures, drawn as pictures: each plot of the figure is a subplot on one time axis
    XYPlot latency = firstPlot(ResultCharts.latencyOverTime(EVENT_LOOP, "undertow-event-loop", ExportLayout.WIDE));
    XYPlot throughput = firstPlot(ResultCharts.throughputOverTime(EVENT_LOOP, "undertow-event-loop", ExportLayout.WIDE));

    // p50, p90, p99, p99.9, max, and the dashed "no answer" line of intervals nothing was answered in
    assertThat(latency.getDataset().getSeriesCount()).isEqualTo(6);
    assertThat(latency.getDataset().getItemCount(0)).isEqualTo(EVENT_LOOP.samples().size() - (int) drained);
    assertThat(throughput.getDataset().getSeriesKey(0)).isEqualTo("received");
    assertThat(throughput.getDataset().getSeriesKey(1)).isEqualTo("sent");
    if (unmeasured > 0) {
      assertThat(latency.getDomainMarkers(org.jfree.chart.ui.Layer.BACKGROUND)).isNotEmpty();
    }
  }

  @Test
  void anOccasionalLineIsInTheLegendOnlyOnceItHappened() {
    // a run that answered every message: "no answer" named under it said what never happened
    assertThat(EVENT_LOOP.samples()).noneMatch(wsarena.metrics.Sample::unanswered);
    assertThat(legendNames(ResultCharts.latencyOverTime(EVENT_LOOP, "undertow-event-loop", ExportLayout.WIDE)))
        .contains("p50", "max").doesNotContain("no answer");

    long half = EVENT_LOOP.samples().getLast().elapsedMillis() / 2;
    TimeFigure.Line rare = new TimeFigure.Line("rare", Hue.RED, true, s -> s.elapsedMillis() > half ? 5 : 0, v -> v + "", true);
    TimeFigure.Line never = new TimeFigure.Line("never", Hue.GOLD, true, s -> 0, v -> v + "", true);
    TimeFigure.Line always = TimeFigure.Line.of("always", Hue.BLUE, false, s -> 1, v -> v + "");
    TimeFigure figure = new TimeFigure("t", List.of(new TimeFigure.Panel("n", v -> v + "", 1, false, false, List.of(always, rare, never))));
    figure.addRun(EVENT_LOOP.samples());

    assertThat(figure.drawn(rare)).isTrue();
    assertThat(figure.drawn(never)).isFalse();
    assertThat(legendNames(figure.picture(ExportLayout.WIDE, "t", "", "", ChartLook.LIGHT))).containsExactly("always", "rare");
  }

  private static List<String> legendNames(JFreeChart chart) {
    List<String> names = new java.util.ArrayList<>();
    org.jfree.chart.LegendItemCollection items = chart.getPlot().getLegendItems();
    for (int i = 0; i < items.getItemCount(); i++) {
      names.add(items.get(i).getLabel());
    }
    return names;
  }

  @Test
  void nothingToDrawIsSaid() {
    assertThatThrownBy(() -> ResultCharts.distribution(List.of())).hasMessage("no run to draw");
  }

  private static XYPlot firstPlot(org.jfree.chart.JFreeChart chart) {
    return ((org.jfree.chart.plot.CombinedDomainXYPlot) chart.getPlot()).getSubplots().getFirst();
  }
}
