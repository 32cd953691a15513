package wsarena.ui.dashboard;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import wsarena.scenario.TargetCatalog;
import wsarena.metrics.RunResult;
import wsarena.metrics.SweepResult;
import wsarena.report.MarkdownSummary;
import wsarena.ui.ScenarioText;
import wsarena.ui.compare.ComparedRun;
import wsarena.report.SavedRun;

/**
 * A finished run on every tile, picked among the runs side by side or opened from its file: the
 * time charts drawn from its samples with its phases, its curve solid, its figures, warnings and
 * host, as if it had just finished. While a run goes the time charts are the live run's, so a pick
 * waits and opened files only join the comparison.
 */
final class FinishedRunView {
  private final DashboardModel model;
  private final Tiles tiles;
  private final RunCurves curves;
  private final TargetCatalog catalog;

  FinishedRunView(DashboardModel model, Tiles tiles, RunCurves curves, TargetCatalog catalog) {
    this.model = model;
    this.tiles = tiles;
    this.curves = curves;
    this.catalog = catalog;
  }

  /** Shows {@code run}, one of the runs side by side; ignored while a run goes. */
  void show(ComparedRun run) {
    if (model.isLive() || run == null || !model.runs().runs().contains(run)) {
      return;
    }
    model.runs().show(run);
    tiles.showSweep(false);
    model.setShownSweep(null);
    RunResult r = run.result();
    model.setShownResult(r);
    LocalDateTime since = r.startedAt() == null ? null : LocalDateTime.ofInstant(r.startedAt(), ZoneId.systemDefault());
    model.setShownSince(since);
    String file = fileName(run);
    model.heading().set(DashboardModel.Heading.of(r.scenario(), targetText(r), since, file));
    model.setScenario(r.scenario());
    tiles.reset(r.scenario(), ScenarioText.plannedSeconds(r.scenario()));
    tiles.summary().setExplanation(ScenarioText.explain(r.scenario(), catalog));
    tiles.append(r.samples());
    model.chip().set(file != null
        ? new DashboardModel.Chip("saved run", "phase-chip-saved")
        : DashboardModel.Chip.of(r.outcome()));
    if (r.outcome() == wsarena.metrics.Outcome.FAILED) {
      tiles.failed(r);
    }
    tiles.summary().showResult(r, file, model.isOtherMachine(r.host()));
    model.shownHost().set(r.host());
    curves.draw();
  }

  /**
   * Adds runs read from files to the runs side by side and shows the first of them, unless a run
   * goes.
   *
   * @return how many runs were set aside to make room
   */
  int addOpened(List<SavedRun.Loaded> files) {
    var runs = model.runs();
    int before = runs.size();
    ComparedRun first = null;
    for (SavedRun.Loaded f : files) {
      // a saved shootout's target is one row, holding its repeats; its file is the shootout's index
      Object group = f.shootout().map(m -> List.of(m.index(), m.target())).orElse(null);
      Optional<java.nio.file.Path> file = Optional.of(f.shootout().map(SavedRun.ShootoutMember::index).orElse(f.path()));
      ComparedRun run = runs.add(f.result(), file, f.curve(), group);
      if (first == null) {
        first = run;
      }
    }
    long added = files.stream().map(f -> f.shootout().map(m -> (Object) List.of(m.index(), m.target())).orElse(f)).distinct().count();
    int setAside = (int) Math.max(0, before + added - runs.size());
    if (first != null && runs.runs().contains(first)) {
      show(first);
    } else if (!files.isEmpty() && !model.isLive()) {
      show(runs.runs().getLast());
    }
    return setAside;
  }

  /**
   * Adds sweeps read from files to the latency-against-load chart; unless a run goes, the chart
   * takes the distribution's tile and the first sweep fills the result tile and the header.
   */
  void addOpenedSweeps(List<SavedRun.SweepLoaded> files) {
    tiles.sweep().add(files.stream().map(SavedRun.SweepLoaded::sweep).toList());
    if (model.isLive() || files.isEmpty()) {
      return;
    }
    SavedRun.SweepLoaded first = files.getFirst();
    SweepResult s = first.sweep();
    LocalDateTime since = s.startedAt() == null ? null : LocalDateTime.ofInstant(s.startedAt(), ZoneId.systemDefault());
    model.runs().show(null);
    model.setShownResult(null);
    model.setShownSweep(s);
    model.setShownSince(since);
    model.setScenario(s.scenario());
    String file = first.path().getFileName().toString();
    model.heading().set(new DashboardModel.Heading(
        "Sweep · " + ScenarioText.target(s.scenario(), catalog),
        MarkdownSummary.describe(s.scenario(), s.plan().steps()) + " · "
            + (since == null ? "date unknown" : DashboardModel.Heading.DATE.format(since)) + " · saved sweep " + file));
    tiles.reset(s.scenario(), ScenarioText.plannedSeconds(s.scenario()));
    tiles.showSweep(true);
    model.chip().set(new DashboardModel.Chip("saved sweep", "phase-chip-saved"));
    tiles.summary().showSweep(s, file, model.isOtherMachine(s.host()));
    model.shownHost().set(s.host());
    curves.draw();
  }

  /** This machine became known: the shown run's result tile says again whether it was measured here. */
  void thisMachineKnown() {
    ComparedRun shown = model.runs().shown();
    if (shown != null && !model.isLive()) {
      model.shownHost().set(shown.result().host());
      tiles.summary().showResult(shown.result(), fileName(shown), model.isOtherMachine(shown.result().host()));
    } else {
      model.shownHost().set(model.thisMachine().get());
    }
  }

  /** Sets the other runs aside (all of them while a run goes: the live one is not among them yet). */
  wsarena.ui.compare.ComparedRuns.Removal keepOnlyShown() {
    return model.isLive() ? model.runs().clear() : model.runs().keepOnlyShown();
  }

  /** The target as measured: its recorded description (the engine's version then), without the process id. */
  private String targetText(RunResult r) {
    String description = r.target() == null ? null : r.target().description();
    if (description == null || description.isBlank()) {
      return ScenarioText.target(r.scenario(), catalog);
    }
    // the pid of a target's process says nothing once the run is over
    return description.replaceAll("\\s*\\(pid \\d+\\)", "");
  }

  private static String fileName(ComparedRun run) {
    return run.file().map(Path::getFileName).map(Path::toString).orElse(null);
  }
}
