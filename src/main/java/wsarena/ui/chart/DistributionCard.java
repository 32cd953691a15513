package wsarena.ui.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.beans.property.ObjectProperty;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import org.jfree.chart.JFreeChart;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import wsarena.metrics.PercentileCurve;
import wsarena.metrics.Sample;
import wsarena.report.chart.ChartLook;
import wsarena.report.chart.DistributionFigure;
import wsarena.report.chart.ExportLayout;
import wsarena.scenario.Scenario;

/**
 * The latency distribution, HdrHistogram style: percentile on the x axis in "nines" (0 %, 90 %,
 * 99 %, 99.9 %, 99.99 %, evenly spaced), latency on the y axis; the core's {@link
 * DistributionFigure}, drawn by JFreeChart on the card as in its export and the report.
 *
 * <p>It draws every run laid side by side, each in its own colour: the run on the time charts
 * solid, the others dashed, so event loop against worker pool (or yesterday's run against
 * today's) is one picture. The curves come from the dashboard; a live run's curve is replaced as
 * it grows.
 */
public final class DistributionCard extends ChartCard {
  private static final Pattern RUN_COLOUR = Pattern.compile("-wsa-run-(\\d+)");

  /**
   * One run's curve.
   *
   * @param colour a run colour of the window's stylesheet, {@code -wsa-run-N}
   * @param dashed on the dashboard the others are dashed and the run on the time charts solid; in
   *     the Compare view the runs past the palette's ten colours
   * @param shown false for a run the user hid: its legend entry stays, dimmed, its curve goes
   */
  public record Curve(String name, String colour, boolean dashed, List<PercentileCurve.Point> points, boolean shown) {
    public Curve(String name, String colour, boolean dashed, List<PercentileCurve.Point> points) {
      this(name, colour, dashed, points, true);
    }

    /** Its hue's place in the run palette, read from its colour's name. */
    int style() {
      Matcher m = RUN_COLOUR.matcher(colour);
      return m.matches() ? Integer.parseInt(m.group(1)) : 0;
    }
  }

  private final DistributionFigure figure = new DistributionFigure();
  private final ChartView view;
  private final Button clear = new Button(null, new FontIcon(Feather.X_CIRCLE));
  private List<Curve> curves = List.of();
  /** True where another chart is the key (the Compare page's bars): no legend of its own. */
  private boolean keyElsewhere;
  private boolean clearHidden;

  public DistributionCard(ObjectProperty<LatencyScale> scale) {
    super("Latency distribution", "distribution", "Appears once the measured phase begins");
    view = new ChartView(figure.chart(lookProperty().get()));
    view.setId("distribution-chart");
    addChart(view, 1);
    lookProperty().addListener((obs, old, look) -> view.change(() -> figure.chart(look)));

    clear.setId("clear-comparison");
    clear.getStyleClass().addAll("flat", "card-tool");
    clear.setTooltip(new Tooltip("Set the other runs aside: keep only the run on the time charts"));
    clear.setVisible(false);
    addTool(clear);

    boolean log = scale.get() == LatencyScale.LOG;
    view.change(() -> figure.setLog(log));
    scale.addListener((obs, old, now) -> view.change(() -> figure.setLog(now == LatencyScale.LOG)));
  }

  /**
   * Leaves the legend out: {@code note}, beside the title, says which chart is the key. Twelve whole
   * names took half the card at 1280×720 and were cut mid-name beside the plot at 1920×1080, while
   * the bars beside name every run whole in the same colour and style, and the runs table shows or
   * hides a run.
   */
  public void setKeyElsewhere(String note) {
    keyElsewhere = true;
    javafx.scene.control.Label label = new javafx.scene.control.Label(note);
    label.setId(getId() == null ? null : getId() + "-key");
    label.setMinWidth(0);
    addTitleNote(label);
    redraw();
  }

  /** The hint over the empty chart. */
  public void setEmptyHint(String text) {
    setPlaceholderText(text);
  }

  /** Hides the clear button for good (the Compare view has its own way to set runs aside). */
  public void hideClear() {
    clear.setManaged(false);
    clear.setVisible(false);
    clear.setOnAction(null);
    clearHidden = true;
  }

  /** What the clear button does: the dashboard sets the other runs aside. */
  public void setOnClear(Runnable action) {
    clear.setOnAction(e -> action.run());
  }

  @Override
  public void reset(Scenario scenario) {
    // the dashboard hands over the curves, see show()
  }

  @Override
  public void append(List<Sample> samples, TimeWindow window) {
    // the distribution comes from the curves, see show()
  }

  /** Draws these curves, in this order in the legend; solid ones are drawn over dashed ones. */
  public void show(List<Curve> next) {
    curves = List.copyOf(next);
    redraw();
  }

  /** Replaces the points of curve {@code index} (a live run's curve as it grows): one redraw. */
  public void update(int index, List<PercentileCurve.Point> points) {
    if (index < 0 || index >= curves.size()) {
      return;
    }
    Curve old = curves.get(index);
    List<Curve> next = new ArrayList<>(curves);
    next.set(index, new Curve(old.name(), old.colour(), old.dashed(), List.copyOf(points), old.shown()));
    curves = List.copyOf(next);
    List<PercentileCurve.Point> grown = List.copyOf(points);
    changeAndShow(() -> figure.update(index, grown));
  }

  /** Makes {@code change} on the chart thread; the hint over the chart follows the points it then draws. */
  private void changeAndShow(Runnable change) {
    view.change(() -> {
      change.run();
      return figure.pointCount();
    }, points -> setPlaceholderVisible(points == 0));
  }

  private void redraw() {
    clearLegend();
    for (Curve c : keyElsewhere ? List.<Curve>of() : curves) {
      LegendItem item = new LegendItem(c.name(), c.colour(), c.dashed());
      addLegend(item);
      item.setValue("");
    }
    List<DistributionFigure.Curve> drawn = curves.stream()
        .map(c -> new DistributionFigure.Curve(c.name(), c.style(), c.dashed(), c.points(), c.shown()))
        .toList();
    changeAndShow(() -> figure.show(drawn));
    clear.setVisible(!clearHidden && curves.size() > 1);
  }

  /** Points on the solid curves (the run on the time charts): zero until it has a distribution. */
  @Override
  public int pointCount() {
    int points = 0;
    for (Curve c : curves) {
      if (c.shown() && (!c.dashed() || keyElsewhere)) {
        points += c.points().size();
      }
    }
    return points;
  }

  /** How many curves are on the chart. */
  public int curveCount() {
    return (int) curves.stream().filter(c -> c.shown() && !c.points().isEmpty()).count();
  }

  /** The names of the curves, as the legend shows them. */
  public List<String> curveNames() {
    return curves.stream().map(Curve::name).toList();
  }

  /** The chart itself (axes and plot), without the card's header and legend. */
  public ChartView plot() {
    return view;
  }

  @Override
  public JFreeChart picture(ExportLayout layout, String title, String subtitle, String footer, ChartLook look) {
    return view.read(chart -> figure.picture(layout, title, subtitle, footer, look));
  }
}
