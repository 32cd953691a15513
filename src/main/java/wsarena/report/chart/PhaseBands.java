package wsarena.report.chart;

import java.awt.Font;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import wsarena.metrics.Phase;
import wsarena.metrics.Sample;

/**
 * A run's time in stretches of one phase each, as its samples arrive; on a plot, the stretches
 * that are not measured (ramp, warm-up, the draining tail) shaded, so no reader takes them for the
 * result. Not thread-safe: one thread, as its {@link TimeFigure}.
 */
final class PhaseBands {
  /** A stretch of the run in one phase, in seconds since it started. */
  private record Band(Phase phase, double start, double end) {}

  private final List<Band> bands = new ArrayList<>();

  /** The sample's interval joins the band of its phase, or starts the next one. */
  void add(Sample s) {
    double end = s.elapsedMillis() / 1000.0;
    double start = Math.max(0, (s.elapsedMillis() - s.intervalMillis()) / 1000.0);
    if (!bands.isEmpty()) {
      Band last = bands.getLast();
      if (last.phase() == s.phase()) {
        bands.set(bands.size() - 1, new Band(last.phase(), last.start(), end));
        return;
      }
      start = last.end();
    }
    bands.add(new Band(s.phase(), start, end));
  }

  /** Forgets the stretches that ended before {@code lower} seconds: they left the time window. */
  void dropBefore(double lower) {
    bands.removeIf(b -> b.end() < lower);
  }

  void clear() {
    bands.clear();
  }

  /**
   * Ramp and warm-up shaded (not measured), the draining tail too. A ramp and the warm-up after it
   * are named once, together ("ramp · warm-up") at the start of the first: two names, each at its own
   * band's start, ran into each other ("rampwarm-up") where the ramp was short. Named on the first
   * plot only, where the name fits.
   */
  void shade(XYPlot plot, boolean named, ChartLook look, double fontSize, double lower, double upper) {
    plot.clearDomainMarkers();
    double span = Math.max(0.001, upper - lower);
    for (int i = 0; i < bands.size(); i++) {
      Band b = bands.get(i);
      if (!unmeasured(b.phase())) {
        continue;
      }
      IntervalMarker band = new IntervalMarker(b.start(), b.end(), look.phaseShade());
      boolean startsStretch = i == 0 || !named(bands.get(i - 1).phase());
      if (named && named(b.phase()) && startsStretch) {
        List<String> names = new ArrayList<>();
        double end = b.end();
        for (int j = i; j < bands.size() && named(bands.get(j).phase()); j++) {
          names.add(bands.get(j).phase() == Phase.RAMP ? "ramp" : "warm-up");
          end = bands.get(j).end();
        }
        if ((end - b.start()) / span >= 0.08) {
          band.setLabel(String.join(" · ", names));
          band.setLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, (int) Math.round(fontSize)));
          band.setLabelPaint(look.muted());
          band.setLabelBackgroundColor(new java.awt.Color(0, 0, 0, 0));
          band.setLabelAnchor(RectangleAnchor.TOP_LEFT);
          band.setLabelTextAnchor(TextAnchor.TOP_LEFT);
        }
      }
      plot.addDomainMarker(band, Layer.BACKGROUND);
    }
  }

  private static boolean unmeasured(Phase p) {
    return p == Phase.RAMP || p == Phase.WARMUP || p == Phase.DRAINING;
  }

  /** The unmeasured phases a plot names: the draining tail is shaded without a name. */
  private static boolean named(Phase p) {
    return p == Phase.RAMP || p == Phase.WARMUP;
  }
}
