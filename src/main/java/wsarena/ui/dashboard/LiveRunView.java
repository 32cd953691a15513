package wsarena.ui.dashboard;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import wsarena.scenario.TargetCatalog;
import wsarena.metrics.Outcome;
import wsarena.metrics.PercentileCurve;
import wsarena.metrics.Phase;
import wsarena.metrics.RunResult;
import wsarena.metrics.Sample;
import wsarena.scenario.Scenario;
import wsarena.ui.ScenarioText;
import wsarena.ui.compare.ComparedRun;
import wsarena.ui.run.RunEvent;

/**
 * The run going on, as it arrives: its heading and phase, its samples on the time charts, its
 * curve growing on the distribution, its figures in the result tile. Once it ends it joins the runs
 * side by side and stays on screen.
 */
final class LiveRunView {
  private final DashboardModel model;
  private final Tiles tiles;
  private final RunCurves curves;
  private final TargetCatalog catalog;

  LiveRunView(DashboardModel model, Tiles tiles, RunCurves curves, TargetCatalog catalog) {
    this.model = model;
    this.tiles = tiles;
    this.curves = curves;
    this.catalog = catalog;
  }

  /** Draws a batch of the run's events, the samples between two others at once. */
  void onEvents(List<RunEvent> batch) {
    List<Sample> samples = new ArrayList<>();
    List<PercentileCurve.Point> curve = null;
    for (RunEvent event : batch) {
      switch (event) {
        case RunEvent.Started s -> {
          flush(samples, curve);
          samples.clear();
          curve = null;
          start(s.scenario());
        }
        case RunEvent.PhaseChanged p -> model.chip().set(DashboardModel.Chip.of(p.phase()));
        case RunEvent.SampleArrived s -> {
          samples.add(s.sample());
          curve = s.distribution();
        }
        case RunEvent.Finished f -> {
          flush(samples, curve);
          samples.clear();
          curve = null;
          finish(f.result());
        }
        case RunEvent.Crashed c -> {
          flush(samples, curve);
          samples.clear();
          curve = null;
          model.live().set(false);
          model.chip().set(null);
          tiles.summary().showCrash(c.message());
          curves.draw();
        }
        case RunEvent.Warned w -> {}
      }
    }
    flush(samples, curve);
  }

  private void start(Scenario next) {
    model.live().set(true);
    model.setLiveCurve(List.of());
    model.runs().show(null);
    model.setShownResult(null);
    LocalDateTime now = LocalDateTime.now();
    model.setShownSince(now);
    model.heading().set(DashboardModel.Heading.of(next, ScenarioText.target(next, catalog), now, null));
    model.shownHost().set(model.thisMachine().get());
    model.setScenario(next);
    tiles.reset(next, ScenarioText.plannedSeconds(next));
    tiles.summary().setExplanation(ScenarioText.explain(next, catalog));
    model.chip().set(DashboardModel.Chip.of(Phase.STARTING));
    curves.draw();
  }

  private void flush(List<Sample> samples, List<PercentileCurve.Point> curve) {
    if (samples.isEmpty()) {
      return;
    }
    tiles.append(samples);
    if (model.isLive() && curve != null && !curve.isEmpty()) {
      curves.growLive(curve);
    }
  }

  private void finish(RunResult result) {
    model.live().set(false);
    model.chip().set(DashboardModel.Chip.of(result.outcome()));
    if (result.outcome() == Outcome.FAILED) {
      tiles.failed(result);
    }
    var totals = result.totals();
    if (totals != null && totals.latency() != null && totals.latency().count() > 0) {
      List<PercentileCurve.Point> curve =
          result.latency() != null ? PercentileCurve.of(result.latency()) : model.liveCurve();
      ComparedRun run = model.runs().add(result, Optional.empty(), curve);
      model.runs().show(run); // the time charts already show it: nothing to draw again
    }
    model.setShownResult(result);
    tiles.summary().showResult(result, null, false);
    curves.draw();
  }
}
