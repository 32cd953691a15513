package wsarena.ui.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import wsarena.metrics.Sample;
import wsarena.report.chart.ChartLook;
import wsarena.report.chart.ExportLayout;
import wsarena.report.chart.TimeFigure;
import wsarena.scenario.Scenario;
import wsarena.text.Units;

/**
 * A card of one {@link TimeFigure}: the figure's chart, drawn by JFreeChart on the card, and a
 * legend that reads out each line's latest figure (negative figures mean "not known", e.g. the CPU
 * of an external target, and read n/a). Its export is the same figure drawn as a picture.
 */
public class TimeSeriesCard extends ChartCard {
  /** Below this height per plot, a figure's optional plots give way; their readouts stay. */
  private static final double MIN_PLOT_HEIGHT = 90;

  private final TimeFigure figure;
  private final ChartView view;
  private final List<LegendItem> legends = new ArrayList<>();
  /** The sample the legend reads out. */
  private Sample readout;
  /** What the figure held when last drawn: the figure itself is the chart thread's. */
  private Held held = new Held(0, List.of());

  /** How many points the figure's lines held, and which lines had one, read on the chart thread. */
  private record Held(int points, List<Boolean> drawn) {}

  protected TimeSeriesCard(String slug, TimeFigure figure) {
    super(figure.title(), slug, "Press Start to measure");
    this.figure = figure;
    view = new ChartView(figure.chart(lookProperty().get()));
    view.setId(slug + "-chart");
    for (TimeFigure.Line line : figure.lines()) {
      LegendItem item = new LegendItem(line.name(), "-wsa-hue-" + line.hue().name().toLowerCase(Locale.ROOT), line.dashed());
      legends.add(item);
      addLegend(item);
    }
    showOccasionalLegends();
    addChart(view, 1);
    lookProperty().addListener((obs, old, look) -> view.change(() -> figure.chart(look)));
    long plots = figure.panels().size();
    view.heightProperty().addListener((obs, old, h) -> {
      boolean roomy = h.doubleValue() >= plots * MIN_PLOT_HEIGHT;
      view.change(() -> figure.showOptional(roomy));
    });
  }

  /** Changes the figure on the chart thread, which draws it (the latency axis's scale, say). */
  protected void changeFigure(java.util.function.Consumer<TimeFigure> change) {
    view.change(() -> change.accept(figure));
  }

  protected List<LegendItem> legends() {
    return legends;
  }

  @Override
  public void reset(Scenario scenario) {
    changeAndShow(figure::clear);
    readout = null;
    legends.forEach(l -> l.setValue("–"));
    setPlaceholderVisible(true);
  }

  /** Makes {@code change} on the chart thread; the legend and the hint follow what the figure then holds. */
  private void changeAndShow(Runnable change) {
    view.change(() -> {
      change.run();
      return new Held(figure.pointCount(), figure.lines().stream().map(figure::drawn).toList());
    }, now -> {
      held = now;
      showOccasionalLegends();
      setPlaceholderVisible(now.points() == 0);
    });
  }

  /**
   * Names an occasional line (no answer) only once it has a point: "no answer 0 µs" under a run
   * that answered every message said what never happened.
   */
  private void showOccasionalLegends() {
    List<TimeFigure.Line> lines = figure.lines();
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).occasional()) {
        boolean drawn = i < held.drawn().size() && held.drawn().get(i);
        legends.get(i).setVisible(drawn);
        legends.get(i).setManaged(drawn);
      }
    }
  }

  @Override
  public void append(List<Sample> samples, TimeWindow window) {
    if (samples.isEmpty()) {
      return;
    }
    List<Sample> batch = List.copyOf(samples);
    double lower = window.lower();
    double upper = window.upper();
    double tick = window.tick();
    changeAndShow(() -> figure.add(batch, lower, upper, tick));
    readout = Readout.pick(readout, samples);
    List<TimeFigure.Line> lines = figure.lines();
    for (int i = 0; i < lines.size(); i++) {
      legends.get(i).setValue(readout(lines.get(i), readout));
    }
  }

  /**
   * The line's figure in {@code s}, or n/a when not known (negative): never "-1/s"; an occasional
   * line reads "–" for an interval in which it did not happen.
   */
  protected String readout(TimeFigure.Line line, Sample s) {
    double v = line.value().applyAsDouble(s);
    if (line.occasional() && v == 0) {
      return "–";
    }
    return v >= 0 && Double.isFinite(v) ? line.readout().apply(v) : Units.NOT_KNOWN;
  }

  /** How many points the lines held when last drawn. */
  @Override
  public int pointCount() {
    return held.points();
  }

  /** The figure's picture, its lines copied on the chart thread between two drawings. */
  @Override
  public JFreeChart picture(ExportLayout layout, String title, String subtitle, String footer, ChartLook look) {
    return view.read(chart -> figure.picture(layout, title, subtitle, footer, look));
  }

  /** The JFreeChart view on the card. */
  public ChartView view() {
    return view;
  }
}
