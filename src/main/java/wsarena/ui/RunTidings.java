package wsarena.ui;

import java.time.format.DateTimeFormatter;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.stage.Stage;
import wsarena.metrics.Outcome;
import wsarena.metrics.Phase;
import wsarena.metrics.RunResult;
import wsarena.metrics.ShootoutResult;
import wsarena.ui.dashboard.Dashboard;
import wsarena.ui.run.RunUpdate;

/**
 * What the window says about runs beyond the dashboard and the status line: the title bar names
 * the run on screen, a failure or warning goes to the notices (and leaves them once the failed run
 * is no longer shown), the FX probe reports per run, and the last shootout is kept for its export.
 */
final class RunTidings {
  private static final DateTimeFormatter TITLE_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private final Stage stage;
  private final Notices notices;
  private final StatusLine status;
  private final Dashboard dashboard;
  private final ObjectProperty<ShootoutResult> lastShootout;
  /** Null unless {@code --fx-probe}. */
  private final FxThreadProbe probe;
  /** The target of the run under way, for the probe's lines. */
  private String running = "";

  RunTidings(Stage stage, Notices notices, StatusLine status, Dashboard dashboard, ObjectProperty<ShootoutResult> lastShootout,
      FxThreadProbe probe) {
    this.stage = stage;
    this.notices = notices;
    this.status = status;
    this.dashboard = dashboard;
    this.lastShootout = lastShootout;
    this.probe = probe;
    dashboard.shownResultProperty().addListener((obs, old, shown) -> shownChanged(shown));
  }

  private void shownChanged(RunResult shown) {
    if (shown == null) {
      return;
    }
    // the title bar names the run on screen and its date, e.g. when several are side by side
    if (dashboard.shownSince() != null) {
      stage.setTitle("wsarena · " + shown.target().label() + " · " + TITLE_DATE.format(dashboard.shownSince()));
    }
    if (shown.outcome() != Outcome.FAILED) {
      notices.dismissError(); // the failure it told of is no longer on screen
    }
    if (dashboard.runsTableShown()) {
      // a run picked in the table (a finishing run or an open sets its own line after this)
      status.say("On the time charts: " + shown.target().label() + " · click another row of Runs side by side to show it");
    }
  }

  void onRunUpdates(List<RunUpdate> batch) {
    for (RunUpdate event : batch) {
      switch (event) {
        case RunUpdate.Started s -> {
          notices.runStarted();
          stage.setTitle("wsarena · " + s.scenario().target().label());
          running = s.scenario().target().label();
          if (probe != null) {
            probe.stretch("ramp and warm-up, " + running);
          }
        }
        case RunUpdate.Warned w -> notices.warnDuringRun(w.message());
        case RunUpdate.Finished f -> {
          notices.runEnded(); // the result tile keeps the run's warnings
          if (f.result().outcome() == Outcome.FAILED) {
            notices.error("The run failed: " + f.result().failure());
          }
          if (probe != null) {
            probe.stretch(null);
          }
        }
        case RunUpdate.Crashed c -> notices.error(c.message());
        case RunUpdate.SweepDone d -> {
          String why = "The sweep stopped: " + d.sweep().stopExplanation();
          switch (d.sweep().stopReason()) {
            case TARGET_FAILED -> notices.error(why);
            case GENERATOR_BOUND -> notices.warn(why);
            default -> {}
          }
        }
        case RunUpdate.SeriesEnded e -> lastShootout.set(e.result());
        case RunUpdate.PhaseChanged p -> {
          if (probe != null && p.phase() == Phase.MEASURING) {
            probe.stretch("measuring, " + running);
          } else if (probe != null && p.phase() == Phase.DRAINING) {
            probe.stretch("the end (draining and closing), " + running);
          }
        }
        case RunUpdate.SampleArrived s -> {}
        case RunUpdate.SweepStepStarting s -> {}
        case RunUpdate.SweepStepDone d -> {}
      }
    }
  }
}
