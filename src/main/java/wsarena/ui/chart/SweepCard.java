package wsarena.ui.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleFunction;
import java.util.function.ToLongFunction;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.util.StringConverter;
import wsarena.metrics.Percentile;
import wsarena.metrics.Sample;
import wsarena.metrics.SweepResult;
import wsarena.metrics.SweepStep;
import wsarena.report.SweepSummary;
import wsarena.text.Units;
import wsarena.report.chart.Ticks;
import wsarena.scenario.Scenario;
import wsarena.scenario.SweepPlan;

/**
 * Latency against load: a sweep's steps, each a point at its offered rate (log axis) and its
 * latency (log axis). A sweep going on grows point by point while the time charts show the step in
 * progress; its note says which step and why ("step 5 · bisecting between 40k and 80k msgs/s"). One
 * sweep shows p50 … max beside its p99 bound; several (one measured, others opened from their
 * {@code sweep.json}) show each one's p99, solid, and p50, dashed, in its colour, so two targets'
 * knees sit on one chart, as {@code wsarena chart} draws them.
 */
public final class SweepCard extends ChartCard {
  private static final List<String> PERCENTILE_COLOURS = List.of("-wsa-blue", "-wsa-green", "-wsa-amber", "-wsa-red", "-wsa-purple");
  private static final List<String> SWEEP_COLOURS = List.of("-wsa-blue", "-wsa-orange", "-wsa-purple", "-wsa-green", "-wsa-teal", "-wsa-pink");

  /** One sweep on the chart: finished, or going on (then its steps grow). */
  private record Curve(String name, SweepPlan plan, List<SweepStep> steps, SweepResult result) {}

  private final NumberAxis xAxis = new NumberAxis();
  private final NumberAxis yAxis = new NumberAxis();
  private final LineChart<Number, Number> chart = new LineChart<>(xAxis, yAxis);
  private final Label note = new Label();
  private final List<Curve> finished = new ArrayList<>();
  private Curve live;
  private int points;

  public SweepCard() {
    super("Latency against load", "sweep", "Each step of a sweep appears here as it ends");
    chart.setAnimated(false);
    chart.setCreateSymbols(true);
    chart.setLegendVisible(false);
    chart.getStyleClass().add("sweep-chart");
    for (NumberAxis axis : List.of(xAxis, yAxis)) {
      axis.setAnimated(false);
      axis.setAutoRanging(false);
      axis.setTickUnit(1); // one tick per decade
      axis.setMinorTickVisible(false);
    }
    xAxis.setLabel("offered load, msgs/s (log)");
    xAxis.setTickLabelFormatter(decades(rate -> Units.compact(rate)));
    yAxis.setTickLabelFormatter(decades(Ticks::latency));
    note.setId("sweep-note");
    note.setMinWidth(0);
    addTitleNote(note);
    addChart(chart, 1);
    redraw();
  }

  /** A sweep of {@code target} begins: its curve starts empty and grows with each step. */
  public void startLive(String target, SweepPlan plan) {
    live = new Curve(target, plan, new ArrayList<>(), null);
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
    finished.add(new Curve(result.target().label(), result.plan(), result.steps(), result));
    note.setText(SweepSummary.headline(result));
    redraw();
  }

  /** Sweeps opened from their files join those on the chart. */
  public void add(List<SweepResult> sweeps) {
    sweeps.forEach(s -> finished.add(new Curve(s.target().label(), s.plan(), s.steps(), s)));
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
    return finished.stream().map(Curve::result).toList();
  }

  /**
   * Finished sweeps as {@code wsarena chart} draws them ({@link wsarena.report.chart.SweepChart},
   * white); a sweep still going is laid out from the card.
   */
  @Override
  public org.jfree.chart.JFreeChart picture(
      wsarena.report.chart.ExportLayout layout, String title, String subtitle, String footer, wsarena.report.chart.ChartLook look) {
    return live != null || finished.isEmpty() ? null : wsarena.report.chart.SweepChart.latencyAgainstLoad(sweeps(), layout);
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

  /** The names of the lines, as the legend shows them. */
  public List<String> lineNames() {
    return chart.getData().stream().map(XYChart.Series::getName).toList();
  }

  private List<Curve> curves() {
    List<Curve> all = new ArrayList<>(finished);
    if (live != null) {
      all.add(live);
    }
    return all;
  }

  private void redraw() {
    clearLegend();
    chart.getData().clear();
    points = 0;
    List<Curve> curves = curves();
    Bounds bounds = new Bounds();
    curves.forEach(c -> c.steps().forEach(bounds::include));
    if (curves.size() == 1) {
      Curve c = curves.getFirst();
      for (Percentile p : Percentile.values()) {
        line(p.label(), PERCENTILE_COLOURS.get(p.ordinal()), false, c, step -> p.micros(step));
      }
    } else {
      for (int i = 0; i < curves.size(); i++) {
        Curve c = curves.get(i);
        String colour = SWEEP_COLOURS.get(i % SWEEP_COLOURS.size());
        line(c.name() + " p99", colour, false, c, SweepStep::p99Micros);
        line(c.name() + " p50", colour, true, c, SweepStep::p50Micros);
      }
    }
    long bound = curves.isEmpty() ? 0 : curves.getFirst().plan().bounds().p99().toNanos() / 1000;
    if (bounds.known()) {
      bounds.includeLatency(bound);
    }
    bounds.fit(xAxis, yAxis);
    if (bounds.known()) {
      reference("p99 bound " + Units.latency(bound), "-wsa-neutral",
          List.of(new XYChart.Data<>(bounds.minX, Math.log10(bound)), new XYChart.Data<>(bounds.maxX, Math.log10(bound))));
    }
    for (int i = 0; i < curves.size(); i++) {
      Curve c = curves.get(i);
      String colour = curves.size() == 1 ? "-wsa-neutral" : SWEEP_COLOURS.get(i % SWEEP_COLOURS.size());
      if (c.result() != null && c.result().knee().isPresent() && bounds.known()) {
        double rate = c.result().knee().get().offeredRate();
        reference((curves.size() == 1 ? "" : c.name() + " ") + "knee " + Units.compact(rate), colour,
            List.of(new XYChart.Data<>(Math.log10(rate), bounds.minY), new XYChart.Data<>(Math.log10(rate), bounds.maxY)));
      }
    }
    setPlaceholderVisible(points == 0);
  }

  /** One percentile of a sweep's steps, in the order of their load, each step a dot. */
  private void line(String name, String colour, boolean dashed, Curve c, ToLongFunction<SweepStep> micros) {
    XYChart.Series<Number, Number> series = series(name, colour, dashed);
    c.steps().stream()
        .filter(s -> s.offeredRate() > 0 && micros.applyAsLong(s) > 0)
        .sorted((a, b) -> Double.compare(a.offeredRate(), b.offeredRate()))
        .forEach(s -> series.getData().add(dot(point(s.offeredRate(), micros.applyAsLong(s)), colour)));
    points += series.getData().size();
    chart.getData().add(series);
  }

  /** A dashed line without dots: the bound, a knee. */
  private void reference(String name, String colour, List<XYChart.Data<Number, Number>> data) {
    XYChart.Series<Number, Number> series = series(name, colour, true);
    for (XYChart.Data<Number, Number> d : data) {
      d.nodeProperty().addListener((obs, old, node) -> {
        if (node != null) {
          node.setVisible(false);
        }
      });
      series.getData().add(d);
    }
    chart.getData().add(series);
  }

  private XYChart.Series<Number, Number> series(String name, String colour, boolean dashed) {
    XYChart.Series<Number, Number> series = new XYChart.Series<>();
    series.setName(name);
    String style = "-fx-stroke: " + colour + ";" + (dashed ? " -fx-stroke-dash-array: 9 6;" : "");
    series.nodeProperty().addListener((obs, old, node) -> {
      if (node != null) {
        node.setStyle(style);
      }
    });
    addLegend(new LegendItem(name, colour, dashed));
    return series;
  }

  private static XYChart.Data<Number, Number> dot(XYChart.Data<Number, Number> d, String colour) {
    d.nodeProperty().addListener((obs, old, node) -> {
      if (node != null) {
        node.setStyle("-fx-background-color: " + colour + ", -wsa-card; -fx-background-insets: 0, 2; -fx-padding: 4px;");
      }
    });
    return d;
  }

  private static XYChart.Data<Number, Number> point(double rate, long micros) {
    return new XYChart.Data<>(Math.log10(rate), Math.log10(micros));
  }

  /** A decade axis labelled back in its unit: the value drawn is the logarithm. */
  private static StringConverter<Number> decades(DoubleFunction<String> label) {
    return new StringConverter<>() {
      @Override
      public String toString(Number log) {
        return label.apply(Math.pow(10, log.doubleValue()));
      }

      @Override
      public Number fromString(String text) {
        throw new UnsupportedOperationException();
      }
    };
  }

  /** The decades the points span, in log10 of msgs/s and of µs. */
  private static final class Bounds {
    double minX = Double.NaN;
    double maxX;
    double minY = Double.NaN;
    double maxY;

    void include(SweepStep s) {
      if (s.offeredRate() <= 0) {
        return;
      }
      double x = Math.log10(s.offeredRate());
      minX = Double.isNaN(minX) ? x : Math.min(minX, x);
      maxX = Math.max(maxX, x);
      for (long v : new long[] {s.p50Micros(), s.maxMicros()}) {
        includeLatency(v);
      }
    }

    void includeLatency(long micros) {
      if (micros > 0) {
        double y = Math.log10(micros);
        minY = Double.isNaN(minY) ? y : Math.min(minY, y);
        maxY = Math.max(maxY, y);
      }
    }

    boolean known() {
      return !Double.isNaN(minX) && !Double.isNaN(minY);
    }

    // after fit(), the four bounds are the axes' whole decades

    void fit(NumberAxis x, NumberAxis y) {
      x.setTickLabelsVisible(known());
      y.setTickLabelsVisible(known());
      double x0 = known() ? Math.floor(minX) : 3;
      double x1 = known() ? Math.max(Math.ceil(maxX), x0 + 1) : 5;
      double y0 = known() ? Math.floor(minY) : 2;
      double y1 = known() ? Math.max(Math.ceil(maxY), y0 + 1) : 4;
      if (known()) {
        minX = x0;
        maxX = x1;
        minY = y0;
        maxY = y1;
      }
      x.setLowerBound(x0);
      x.setUpperBound(x1);
      y.setLowerBound(y0);
      y.setUpperBound(y1);
    }
  }
}
