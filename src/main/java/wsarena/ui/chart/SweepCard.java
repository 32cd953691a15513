package wsarena.ui.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.control.Label;
import org.jfree.chart.JFreeChart;
import wsarena.metrics.Sample;
import wsarena.metrics.SweepResult;
import wsarena.metrics.SweepStep;
import wsarena.report.SweepSummary;
import wsarena.report.chart.ChartLook;
import wsarena.report.chart.ExportLayout;
import wsarena.report.chart.SweepChart;
import wsarena.scenario.Scenario;
import wsarena.scenario.SweepPlan;

/**
 * Latency against load: a sweep's steps, each a point at its offered rate (log axis) and its
 * latency (log axis), drawn by {@link SweepChart}, the chart its PNG, {@code wsarena chart} and the
 * report draw. A sweep going on grows point by point while the time charts show the step in
 * progress; its note says which step and why ("step 5 · bisecting between 40k and 80k msgs/s").
 * One sweep shows p50 … max beside its p99 bound; several (one measured, others opened from their
 * {@code sweep.json}) show each one's p99, solid, and p50, dashed, in its colour, so two targets'
 * knees sit on one chart. A step is a whole run, so the chart is drawn anew once per step.
 */
public final class SweepCard extends ChartCard {
  /** One sweep on the chart: finished, or going on (then its steps grow). */
  private record Sweep(String name, SweepPlan plan, List<SweepStep> steps, SweepResult result) {
    SweepChart.Curve curve() {
      double knee = result == null ? Double.NaN : result.knee().map(SweepStep::offeredRate).orElse(Double.NaN);
      return new SweepChart.Curve(name, steps, knee);
    }
  }

  private final ChartView view;
  private final Label note = new Label();
  private final List<Sweep> finished = new ArrayList<>();
  private Sweep live;
  private int points;

  public SweepCard() {
    super("Latency against load", "sweep", "Each step of a sweep appears here as it ends");
    view = new ChartView(SweepChart.screen(List.of(), 0, lookProperty().get()));
    view.setId("sweep-chart");
    note.setId("sweep-note");
    note.setMinWidth(0);
    addTitleNote(note);
    addChart(view, 1);
    lookProperty().addListener((obs, old, look) -> redraw());
    redraw();
  }

  /** A sweep of {@code target} begins: its curve starts empty and grows with each step. */
  public void startLive(String target, SweepPlan plan) {
    live = new Sweep(target, plan, new ArrayList<>(), null);
    note.setText("starting");
    redraw();
  }

  /** The step going on, e.g. {@code step 5 · bisecting between 40k and 80k msgs/s}. */
  public void progress(int index, String why) {
    note.setText("step " + index + " · " + why);
  }

  /** A step of the sweep going on ended: its point joins the curve. */
  public void addStep(SweepStep step) {
    if (live != null) {
      live.steps().add(step);
      redraw();
    }
  }

  /** The sweep going on ended: it stays on the chart, with its knee. */
  public void finishLive(SweepResult result) {
    live = null;
    finished.add(new Sweep(result.target().label(), result.plan(), result.steps(), result));
    note.setText(SweepSummary.headline(result));
    redraw();
  }

  /** Sweeps opened from their files join those on the chart. */
  public void add(List<SweepResult> sweeps) {
    sweeps.forEach(s -> finished.add(new Sweep(s.target().label(), s.plan(), s.steps(), s)));
    if (live == null && !sweeps.isEmpty()) {
      note.setText(finished.size() == 1 ? SweepSummary.headline(sweeps.getFirst()) : finished.size() + " sweeps");
    }
    redraw();
  }

  /** Forgets every sweep. */
  public void clearSweeps() {
    finished.clear();
    live = null;
    note.setText("");
    redraw();
  }

  /** The sweeps on the chart, finished ones first: what an export names. */
  public List<SweepResult> sweeps() {
    return finished.stream().map(Sweep::result).toList();
  }

  /**
   * Finished sweeps as {@code wsarena chart} draws them (with their knees' finding); a sweep still
   * going as its steps so far, under the export's words. Null before any sweep.
   */
  @Override
  public JFreeChart picture(ExportLayout layout, String title, String subtitle, String footer, ChartLook look) {
    if (live == null) {
      return finished.isEmpty() ? null : SweepChart.latencyAgainstLoad(sweeps(), layout, look);
    }
    return SweepChart.picture(curves(), bound(), layout, title, subtitle, footer, look);
  }

  private List<SweepChart.Curve> curves() {
    List<Sweep> sweeps = new ArrayList<>(finished);
    if (live != null) {
      sweeps.add(live);
    }
    return sweeps.stream().map(Sweep::curve).toList();
  }

  /** The p99 bound of the first sweep, in µs; 0 with none. */
  private long bound() {
    Sweep first = !finished.isEmpty() ? finished.getFirst() : live;
    return first == null ? 0 : first.plan().bounds().p99().toNanos() / 1000;
  }

  @Override
  public void reset(Scenario scenario) {
    // the card follows the sweep's steps, not one run's samples
  }

  @Override
  public void append(List<Sample> samples, TimeWindow window) {
    // same
  }

  /** Points drawn for the steps of every sweep on the chart. */
  @Override
  public int pointCount() {
    return points;
  }

  /** The chart on the card. */
  public ChartView view() {
    return view;
  }

  private void redraw() {
    List<SweepChart.Curve> curves = curves();
    long bound = bound();
    clearLegend();
    for (SweepChart.Line line : SweepChart.lines(curves)) {
      LegendItem item = new LegendItem(line.name(), "-wsa-hue-" + line.hue().name().toLowerCase(Locale.ROOT), line.dashed());
      item.setValue("");
      addLegend(item);
    }
    JFreeChart next = SweepChart.screen(curves, bound, lookProperty().get());
    // counted before the chart thread has it
    points = pointsIn(next);
    view.setChart(next);
    setPlaceholderVisible(points == 0);
  }

  private static int pointsIn(JFreeChart chart) {
    var data = chart.getXYPlot().getDataset();
    int n = 0;
    if (data == null) {
      return 0;
    }
    for (int i = 0; i < data.getSeriesCount(); i++) {
      n += data.getItemCount(i);
    }
    return n;
  }
}
