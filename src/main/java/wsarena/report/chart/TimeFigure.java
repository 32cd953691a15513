package wsarena.report.chart;

import java.awt.Font;
import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleFunction;
import java.util.function.ToDoubleFunction;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import wsarena.metrics.Phase;
import wsarena.metrics.Sample;
import wsarena.text.Units;

/**
 * A figure over a run's time, defined once and drawn everywhere: its plots stacked on one time
 * axis, their lines, and the run's unmeasured stretches (ramp, warm-up, the draining tail)
 * shaded. The window feeds it sample by sample and draws {@link #chart} on its card; the window's
 * export, {@code wsarena chart} and the report feed it a run's samples and draw {@link #picture}
 * at their size. The lines hold at most {@link #MAX_POINTS} points each.
 *
 * <p>Not thread-safe: feed and draw it on one thread (the FX thread in the window).
 */
public final class TimeFigure {
  /** The most points one line keeps: 300 s at 100 ms per sample. */
  public static final int MAX_POINTS = 3_000;

  /**
   * One line.
   *
   * @param value its figure in a sample; negative or NaN means not known, and draws no point
   * @param readout the figure as the legend reads it out
   * @param occasional a line of something that may never happen (no answer in an interval): a
   *     value of 0 means it did not, and a legend names the line only once it has a point
   */
  public record Line(String name, Hue hue, boolean dashed, ToDoubleFunction<Sample> value, DoubleFunction<String> readout, boolean occasional) {
    /** A line with a figure in every sample. */
    public static Line of(String name, Hue hue, boolean dashed, ToDoubleFunction<Sample> value, DoubleFunction<String> readout) {
      return new Line(name, hue, dashed, value, readout, false);
    }
  }

  /**
   * One plot of the figure, stacked under the ones before it on the shared time axis.
   *
   * @param axisName the name of its value axis in a picture
   * @param ticks its tick labels
   * @param weight its share of the figure's height against the other plots'
   * @param latency a latency plot: its lines give microseconds, drawn in ms on a log or linear axis
   * @param optional gives way when the figure is short ({@link #showOptional})
   */
  public record Panel(String axisName, DoubleFunction<String> ticks, int weight, boolean latency, boolean optional, List<Line> lines) {
    public Panel {
      lines = List.copyOf(lines);
    }
  }

  private final String title;
  private final List<Panel> panels;
  private final List<XYSeriesCollection> data = new ArrayList<>();
  private final PhaseBands bands = new PhaseBands();
  private boolean log = true;
  private boolean optionalShown = true;
  private double lower = 0;
  private double upper = 10;
  private double tick = 2;
  private JFreeChart chart;
  private ChartLook look = ChartLook.LIGHT;

  public TimeFigure(String title, List<Panel> panels) {
    this.title = title;
    this.panels = List.copyOf(panels);
    for (Panel p : this.panels) {
      XYSeriesCollection collection = new XYSeriesCollection();
      for (Line l : p.lines()) {
        collection.addSeries(new XYSeries(l.name(), false, true));
      }
      data.add(collection);
    }
  }

  public String title() {
    return title;
  }

  public List<Panel> panels() {
    return panels;
  }

  /** Every line, plot by plot. */
  public List<Line> lines() {
    return panels.stream().flatMap(p -> p.lines().stream()).toList();
  }

  /** Forgets every point and band. */
  public void clear() {
    for (XYSeriesCollection c : data) {
      for (int i = 0; i < c.getSeriesCount(); i++) {
        c.getSeries(i).clear();
      }
    }
    bands.clear();
    refresh();
  }

  /**
   * Adds samples (oldest first), shows the time from {@code lower} to {@code upper} seconds with a
   * tick each {@code tick}, drops the points left of it, and redraws once.
   */
  public void add(List<Sample> samples, double lower, double upper, double tick) {
    this.lower = lower;
    this.upper = upper;
    this.tick = tick;
    // quiet while the points go in and the old ones go out: refresh() tells each plot once
    data.forEach(c -> c.setNotify(false));
    for (Sample s : samples) {
      bands.add(s);
      if (s.phase() == Phase.DRAINING) {
        continue; // tens of ms with the last answers only: a spike at the line's end
      }
      double x = s.elapsedMillis() / 1000.0;
      for (int p = 0; p < panels.size(); p++) {
        Panel panel = panels.get(p);
        if (panel.latency() && !s.latency().measuredAny() && !s.unanswered()) {
          continue; // an interval that timed nothing, and in which nothing waited, has no latency to draw
        }
        for (int i = 0; i < panel.lines().size(); i++) {
          double v = panel.lines().get(i).value().applyAsDouble(s);
          if (v == 0 && panel.lines().get(i).occasional()) {
            continue; // it did not happen in this interval
          }
          if (panel.latency()) {
            v = v > 0 ? v / 1000.0 : Double.NaN;
          }
          if (v >= 0 && Double.isFinite(v)) {
            data.get(p).getSeries(i).add(x, v, false);
          }
        }
      }
    }
    for (XYSeriesCollection c : data) {
      for (int i = 0; i < c.getSeriesCount(); i++) {
        trim(c.getSeries(i));
      }
    }
    bands.dropBefore(lower);
    refresh();
  }

  /** Adds a whole run's samples, its time axis from 0 to its end. */
  public TimeFigure addRun(List<Sample> samples) {
    double end = samples.isEmpty() ? 1 : Math.max(1, samples.getLast().elapsedMillis() / 1000.0);
    add(samples, 0, end, Ticks.roundStep(end / 6));
    return this;
  }

  private void trim(XYSeries s) {
    int drop = 0;
    while (drop < s.getItemCount() - 1 && s.getX(drop + 1).doubleValue() <= lower) {
      drop++;
    }
    drop = Math.max(drop, s.getItemCount() - MAX_POINTS);
    if (drop > 0) {
      s.delete(0, drop - 1);
    }
  }

  /** How many points the lines hold. */
  public int pointCount() {
    int n = 0;
    for (XYSeriesCollection c : data) {
      for (int i = 0; i < c.getSeriesCount(); i++) {
        n += c.getSeries(i).getItemCount();
      }
    }
    return n;
  }

  /** True once {@code line}, one of this figure's, has a point among those kept. */
  public boolean drawn(Line line) {
    for (int p = 0; p < panels.size(); p++) {
      int i = panels.get(p).lines().indexOf(line);
      if (i >= 0) {
        return data.get(p).getSeries(i).getItemCount() > 0;
      }
    }
    return false;
  }

  /** Latency on a log axis (decades), or a linear one. */
  public void setLog(boolean log) {
    if (this.log != log) {
      this.log = log;
      rebuild();
    }
  }

  public boolean isLog() {
    return log;
  }

  /** Shows or hides the optional plots (they give way on a short card). */
  public void showOptional(boolean shown) {
    if (optionalShown != shown) {
      optionalShown = shown;
      rebuild();
    }
  }

  /**
   * The chart the window draws: transparent (the card shows through), no title or legend (the
   * card has both, with readouts), type and lines of {@code look}. Built once; later calls restyle it.
   */
  public JFreeChart chart(ChartLook look) {
    this.look = look;
    if (chart == null) {
      chart = ChartStyle.onCard(plot(data, look, look.screenLineWidth(), optionalShown));
    }
    chart.setNotify(false);
    styleScreen();
    refresh();
    chart.setNotify(true);
    return chart;
  }

  /** The plots again (another latency axis, the optional plots shown or not) in the same chart object: its viewer redraws it. */
  private void rebuild() {
    if (chart == null) {
      return;
    }
    chart.setNotify(false);
    CombinedDomainXYPlot target = (CombinedDomainXYPlot) chart.getPlot();
    for (XYPlot sub : new ArrayList<>(target.getSubplots())) {
      target.remove(sub);
    }
    CombinedDomainXYPlot fresh = plot(data, look, look.screenLineWidth(), optionalShown);
    for (XYPlot sub : new ArrayList<>(fresh.getSubplots())) {
      int weight = sub.getWeight();
      fresh.remove(sub);
      target.add(sub, weight);
    }
    styleScreen();
    refresh();
    chart.setNotify(true);
  }

  private void styleScreen() {
    Font tick = new Font(Font.SANS_SERIF, Font.PLAIN, (int) look.screenTickSize());
    CombinedDomainXYPlot plot = (CombinedDomainXYPlot) chart.getPlot();
    plot.setBackgroundPaint(null);
    plot.setOutlineVisible(false);
    plot.setGap(look.screenTickSize());
    ChartStyle.roomForTopTickLabel(chart, look);
    style(plot.getDomainAxis(), tick, look);
    plot.getDomainAxis().setLabel(null);
    for (XYPlot sub : plot.getSubplots()) {
      sub.setBackgroundPaint(null);
      sub.setOutlineVisible(false);
      ChartStyle.grid(sub, look);
      style(sub.getRangeAxis(), tick, look);
      // the card's legend names the lines; the axis's name would take the plot's width
      sub.getRangeAxis().setLabel(null);
      XYLineAndShapeRenderer r = (XYLineAndShapeRenderer) sub.getRenderer();
      List<Line> lines = linesOf(sub);
      for (int i = 0; i < lines.size(); i++) {
        r.setSeriesPaint(i, look.colour(lines.get(i).hue()));
        r.setSeriesStroke(i, RunPalette.stroke(look.screenLineWidth(), lines.get(i).dashed()));
      }
    }
  }

  private List<Line> linesOf(XYPlot sub) {
    for (int p = 0; p < panels.size(); p++) {
      if (sub.getDataset() == data.get(p)) {
        return panels.get(p).lines();
      }
    }
    return List.of();
  }

  private static void style(ValueAxis axis, Font font, ChartLook look) {
    axis.setTickLabelFont(font);
    axis.setTickLabelPaint(look.ink());
    axis.setLabelPaint(look.muted());
    axis.setAxisLineVisible(false);
    axis.setTickMarksVisible(false);
  }

  /**
   * The figure as a picture of {@code layout}: titled, its legend where the layout puts it, the
   * scenario under the title and the host at the bottom, on {@code look}'s background. Its lines
   * are a copy of this figure's: the picture is drawn (off the FX thread, say) while the run goes on.
   */
  public JFreeChart picture(ExportLayout layout, String pictureTitle, String subtitle, String hostLine, ChartLook look) {
    List<XYSeriesCollection> copies = new ArrayList<>();
    for (XYSeriesCollection c : data) {
      XYSeriesCollection copy = new XYSeriesCollection();
      for (int i = 0; i < c.getSeriesCount(); i++) {
        try {
          copy.addSeries(c.getSeries(i).createCopy(0, Math.max(0, c.getSeries(i).getItemCount() - 1)));
        } catch (CloneNotSupportedException e) {
          throw new IllegalStateException("an XYSeries copies itself", e);
        }
      }
      copies.add(copy);
    }
    CombinedDomainXYPlot plot = plot(copies, look, layout.lineWidth(), true);
    List<XYPlot> subs = plot.getSubplots();
    for (int p = 0; p < subs.size(); p++) {
      // every panel is drawn, in order: "no answer" in the legend of a run that answered every
      // message said what never happened
      List<Line> lines = panels.get(p).lines();
      for (int i = 0; i < lines.size(); i++) {
        if (lines.get(i).occasional() && copies.get(p).getItemCount(i) == 0) {
          subs.get(p).getRenderer().setSeriesVisibleInLegend(i, false);
        }
      }
    }
    JFreeChart picture = new JFreeChart(pictureTitle, JFreeChart.DEFAULT_TITLE_FONT, plot, true);
    ChartStyle.apply(picture, subtitle, hostLine, layout, look);
    plot.setBackgroundPaint(look.background());
    plot.setOutlineVisible(false);
    plot.setGap(layout.padding() / 2);
    boolean first = true;
    for (XYPlot sub : plot.getSubplots()) {
      ChartStyle.xyPlot(sub, layout, look);
      bands.shade(sub, first, look, layout.tickSize(), lower, upper);
      first = false;
    }
    return picture;
  }

  private CombinedDomainXYPlot plot(List<XYSeriesCollection> datasets, ChartLook look, float lineWidth, boolean withOptional) {
    NumberAxis time = new NumberAxis("seconds since the start");
    time.setRange(lower, Math.max(upper, lower + 1));
    time.setTickUnit(new NumberTickUnit(tick, new LabelFormat(Units::elapsed)));
    CombinedDomainXYPlot combined = new CombinedDomainXYPlot(time);
    for (int p = 0; p < panels.size(); p++) {
      Panel panel = panels.get(p);
      if (panel.optional() && !withOptional) {
        continue;
      }
      ValueAxis axis = panel.latency() && log ? ResultCharts.latencyAxis() : valueAxis(panel);
      axis.setLabel(panel.axisName());
      List<java.awt.Color> colours = panel.lines().stream().map(l -> look.colour(l.hue())).toList();
      List<Boolean> dashed = panel.lines().stream().map(Line::dashed).toList();
      XYLineAndShapeRenderer renderer = ChartStyle.lines(colours, dashed, lineWidth);
      XYPlot sub = new XYPlot(datasets.get(p), null, axis, renderer);
      if (panel.latency() && log) {
        ResultCharts.fitDecades((LogAxis) axis, datasets.get(p));
      }
      combined.add(sub, panel.weight());
    }
    return combined;
  }

  private static ValueAxis valueAxis(Panel panel) {
    NumberAxis axis = new NumberAxis();
    axis.setAutoRangeIncludesZero(true);
    axis.setNumberFormatOverride(new LabelFormat(panel.latency() ? ms -> Ticks.latency(ms * 1000) : panel.ticks()));
    axis.setUpperMargin(0.08);
    return axis;
  }

  /** Time axis, log decades, and the shaded bands, after the data changed: one redraw. */
  private void refresh() {
    if (chart == null) {
      return;
    }
    chart.setNotify(false);
    try {
      CombinedDomainXYPlot plot = (CombinedDomainXYPlot) chart.getPlot();
      ValueAxis time = plot.getDomainAxis();
      time.setRange(lower, Math.max(upper, lower + 1));
      ((NumberAxis) time).setTickUnit(new NumberTickUnit(tick, new LabelFormat(Units::elapsed)));
      boolean first = true;
      for (XYPlot sub : plot.getSubplots()) {
        if (sub.getRangeAxis() instanceof LogAxis logAxis) {
          ResultCharts.fitDecades(logAxis, (XYSeriesCollection) sub.getDataset());
        }
        bands.shade(sub, first, look, look.screenTickSize(), lower, upper);
        first = false;
        // one change for the plot, not one per line: each makes the plot fit its axes to every
        // point again (five lines made it five times per batch of samples)
        ((XYSeriesCollection) sub.getDataset()).setNotify(true);
      }
    } finally {
      chart.setNotify(true);
    }
  }
}
