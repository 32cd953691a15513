package wsarena.ui.dashboard;

import java.util.ArrayList;
import java.util.List;
import wsarena.metrics.PercentileCurve;
import wsarena.scenario.Scenario;
import wsarena.ui.chart.DistributionCard;
import wsarena.ui.compare.ComparedRun;
import wsarena.ui.compare.ComparedRuns;

/**
 * The latency distribution of every run side by side, each in its colour: the run on the time
 * charts solid, the others dashed, and a live run first, solid, growing as it measures.
 */
final class RunCurves {
  private final DashboardModel model;
  private final DistributionCard card;

  RunCurves(DashboardModel model, DistributionCard card) {
    this.model = model;
    this.card = card;
  }

  /** Draws every curve again. */
  void draw() {
    ComparedRuns runs = model.runs();
    List<DistributionCard.Curve> curves = new ArrayList<>();
    if (model.isLive()) {
      // the colour it keeps once finished: the next free one, which an opened file may have taken
      Scenario s = model.scenario();
      String label = s == null || s.target() == null ? "this run" : s.target().label();
      curves.add(new DistributionCard.Curve(label + " (running)", runs.nextColour(), false, model.liveCurve()));
    }
    ComparedRun shown = runs.shown();
    boolean several = runs.size() + (model.isLive() ? 1 : 0) > 1;
    for (ComparedRun r : runs.runs()) {
      boolean solid = !model.isLive() && r == shown;
      String name = runs.name(r) + (solid && several ? " (on the time charts)" : "");
      curves.add(new DistributionCard.Curve(name, r.colour(), !solid, r.curve()));
    }
    card.show(curves);
  }

  /** The live run measured more: only its curve, the first, is drawn again. */
  void growLive(List<PercentileCurve.Point> curve) {
    model.setLiveCurve(curve);
    card.update(0, curve);
  }
}
