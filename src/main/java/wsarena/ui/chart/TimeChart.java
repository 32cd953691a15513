package wsarena.ui.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.collections.ListChangeListener;
import javafx.scene.Group;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.shape.Line;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Text;
import javafx.util.StringConverter;
import wsarena.metrics.Phase;
import wsarena.text.Units;

/**
 * A line chart over the run's time: unanimated, without symbols, its x axis bound to the shared
 * {@link TimeWindow}, and the run's phases drawn behind the lines as shaded bands with their name
 * on top (ramp, warm-up and draining shaded; the measured stretch clear).
 */
public class TimeChart extends LineChart<Number, Number> {
  private final PhaseBands phases;
  private final Group bandLayer = new Group();
  private static final double MIN_HEIGHT_FOR_NAMES = 100;

  /** Whether the bands carry their phase's name; a card's smaller charts leave it to its first. */
  private boolean phaseNames = true;
  private final List<BandNodes> bandNodes = new ArrayList<>();

  /** The nodes of one band; the band itself changes as its phase goes on. */
  private static final class BandNodes {
    private PhaseBands.Band band;
    private final Rectangle shade;
    private final Line edge;
    private final Text label;

    BandNodes(PhaseBands.Band band, Rectangle shade, Line edge, Text label) {
      this.band = band;
      this.shade = shade;
      this.edge = edge;
      this.label = label;
    }

    PhaseBands.Band band() {
      return band;
    }

    Rectangle shade() {
      return shade;
    }

    Line edge() {
      return edge;
    }

    Text label() {
      return label;
    }
  }

  public TimeChart(TimeWindow window, PhaseBands phases, NumberAxis yAxis) {
    super(timeAxis(window), yAxis);
    this.phases = phases;
    setAnimated(false);
    setCreateSymbols(false);
    setLegendVisible(false);
    yAxis.setAnimated(false);
    yAxis.setMinorTickVisible(false);
    getStyleClass().add("time-chart");
    bandLayer.setManaged(false);
    getPlotChildren().addFirst(bandLayer);
    phases.bands().addListener((ListChangeListener<PhaseBands.Band>) c -> rebuildBands());
  }

  private static NumberAxis timeAxis(TimeWindow window) {
    NumberAxis x = new NumberAxis();
    x.setAutoRanging(false);
    x.setAnimated(false);
    x.setMinorTickVisible(false);
    x.lowerBoundProperty().bind(window.lowerProperty());
    x.upperBoundProperty().bind(window.upperProperty());
    x.tickUnitProperty().bind(window.tickProperty());
    x.setTickLabelFormatter(
        new StringConverter<>() {
          @Override
          public String toString(Number seconds) {
            return Units.elapsed(seconds.doubleValue());
          }

          @Override
          public Number fromString(String text) {
            throw new UnsupportedOperationException();
          }
        });
    return x;
  }

  /**
   * Keeps one set of nodes per band. Most changes only stretch the last band: then the nodes stay
   * and are laid out again, so no node is created (and styled) per sample.
   */
  private void rebuildBands() {
    List<PhaseBands.Band> now = phases.bands();
    boolean samePhases = now.size() == bandNodes.size();
    for (int i = 0; samePhases && i < now.size(); i++) {
      samePhases = now.get(i).phase() == bandNodes.get(i).band().phase();
    }
    if (samePhases) {
      for (int i = 0; i < now.size(); i++) {
        bandNodes.get(i).band = now.get(i);
      }
      requestChartLayout();
      return;
    }
    bandLayer.getChildren().clear();
    bandNodes.clear();
    for (PhaseBands.Band band : phases.bands()) {
      String phaseClass = "phase-" + band.phase().name().toLowerCase(Locale.ROOT);
      Rectangle shade = new Rectangle();
      shade.getStyleClass().addAll("phase-band", phaseClass);
      Line edge = new Line();
      edge.getStyleClass().addAll("phase-edge", phaseClass);
      Text label = new Text(label(band.phase()));
      label.getStyleClass().addAll("phase-label", phaseClass);
      bandLayer.getChildren().addAll(shade, edge, label);
      bandNodes.add(new BandNodes(band, shade, edge, label));
    }
    requestChartLayout();
  }

  void showPhaseNames(boolean show) {
    phaseNames = show;
    requestChartLayout();
  }

  static String label(Phase phase) {
    return switch (phase) {
      case STARTING -> "starting";
      case CHECKING -> "checking";
      case RAMP -> "ramp";
      case WARMUP -> "warm-up";
      case MEASURING -> "measuring";
      case DRAINING -> "draining";
      case DONE -> "done";
    };
  }

  @Override
  protected void layoutPlotChildren() {
    super.layoutPlotChildren();
    NumberAxis x = (NumberAxis) getXAxis();
    double width = x.getWidth();
    double height = getYAxis().getHeight();
    for (BandNodes n : bandNodes) {
      double x0 = clamp(x.getDisplayPosition(n.band().startSeconds()), width);
      double x1 = clamp(x.getDisplayPosition(n.band().endSeconds()), width);
      n.shade().setX(x0);
      n.shade().setY(0);
      n.shade().setWidth(Math.max(0, x1 - x0));
      n.shade().setHeight(height);
      boolean visibleEdge = n.band().startSeconds() > x.getLowerBound() && x0 > 0;
      n.edge().setVisible(visibleEdge);
      n.edge().setStartX(x0);
      n.edge().setEndX(x0);
      n.edge().setStartY(0);
      n.edge().setEndY(height);
      double textWidth = n.label().getLayoutBounds().getWidth();
      n.label().setX(x0 + 5);
      n.label().setY(n.label().getLayoutBounds().getHeight() + 2);
      // on a short plot the name would sit on the lines; the shading and the phase chip remain
      n.label().setVisible(phaseNames && x1 - x0 >= textWidth + 8 && height >= MIN_HEIGHT_FOR_NAMES);
    }
  }

  private static double clamp(double position, double width) {
    return Math.max(0, Math.min(width, position));
  }

  /** Lays the chart out again, e.g. after the y scale changed. */
  public void relayout() {
    requestChartLayout();
  }
}
