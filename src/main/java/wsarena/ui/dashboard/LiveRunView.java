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
import wsarena.metrics.SweepResult;
import wsarena.scenario.Scenario;
import wsarena.ui.ScenarioText;
import wsarena.ui.compare.ComparedRun;
import wsarena.ui.run.RunUpdate;

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
  /** The run going on, as it was announced; null between runs. */
  private RunUpdate.Started current;
  /** Counts the series the user started, so two shootouts' repeats never join each other's rows. */
  private int series;

  LiveRunView(DashboardModel model, Tiles tiles, RunCurves curves, TargetCatalog catalog) {
    this.model = model;
    this.tiles = tiles;
    this.curves = curves;
    this.catalog = catalog;
  }

  /** Draws a batch of the run's events, the samples between two others at once. */
  void onEvents(List<RunUpdate> batch) {
    List<Sample> samples = new ArrayList<>();
    List<PercentileCurve.Point> curve = null;
    for (RunUpdate event : batch) {
      switch (event) {
        case RunUpdate.Started s -> {
          flush(samples, curve);
          samples.clear();
          curve = null;
          if (s.position() == 1) {
            series++;
          }
          current = s;
          start(s.scenario());
        }
        case RunUpdate.PhaseChanged p -> model.chip().set(DashboardModel.Chip.of(p.phase()));
        case RunUpdate.SampleArrived s -> {
          samples.add(s.sample());
          curve = s.distribution();
        }
        case RunUpdate.Finished f -> {
          flush(samples, curve);
          samples.clear();
          curve = null;
          finish(f.result());
        }
        case RunUpdate.SweepStepStarting st -> {
          flush(samples, curve);
          samples.clear();
          curve = null;
          sweepStep(st);
        }
        case RunUpdate.SweepStepDone d -> {
          flush(samples, curve);
          samples.clear();
          curve = null;
          tiles.sweep().addStep(d.step());
        }
        case RunUpdate.SweepDone d -> {
          flush(samples, curve);
          samples.clear();
          curve = null;
          finishSweep(d.sweep());
        }
        case RunUpdate.Crashed c -> {
          flush(samples, curve);
          samples.clear();
          curve = null;
          model.setSweeping(false);
          model.live().set(false);
          model.chip().set(null);
          tiles.summary().showCrash(c.message());
          curves.draw();
        }
        case RunUpdate.Warned w -> {}
        case RunUpdate.SeriesEnded e -> {}
      }
    }
    flush(samples, curve);
  }

  /** A sweep's step is next: the first one puts the sweep's chart in the distribution's place. */
  private void sweepStep(RunUpdate.SweepStepStarting st) {
    if (!model.sweeping()) {
      model.setSweeping(true);
      model.setShownSweep(null);
      tiles.showSweep(true);
      tiles.sweep().startLive(st.step().target().label(), st.plan());
    }
    tiles.sweep().progress(st.index(), st.note());
  }

  /** The sweep ended: its chart keeps its curve and knee, the result tile says where and why. */
  private void finishSweep(SweepResult sweep) {
    model.setSweeping(false);
    model.live().set(false);
    model.chip().set(DashboardModel.Chip.of(Phase.DONE));
    tiles.sweep().finishLive(sweep);
    model.setShownResult(null);
    model.setShownSweep(sweep);
    tiles.summary().showSweep(sweep, null, false);
    curves.draw();
  }

  private void start(Scenario next) {
    if (!model.sweeping()) {
      tiles.showSweep(false);
      model.setShownSweep(null);
    }
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
    tiles.awaitSamples();
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
      // a shootout's repeats of one target are one row, with its median and spread
      Object group = current != null && current.progress().repeats() > 1
          ? List.of("series", series, current.progress().trial().target())
          : null;
      ComparedRun run = model.runs().add(result, Optional.empty(), curve, group);
      model.runs().show(run); // the time charts already show it: nothing to draw again
    }
    model.setShownResult(result);
    tiles.summary().showResult(result, null, false);
    curves.draw();
  }
}
