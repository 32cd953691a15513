package wsarena.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.text.Text;
import org.controlsfx.control.StatusBar;
import wsarena.report.SweepSummary;
import wsarena.text.Units;
import wsarena.scenario.TargetCatalog;
import wsarena.metrics.Outcome;
import wsarena.metrics.Phase;
import wsarena.metrics.RunResult;
import wsarena.metrics.Sample;
import wsarena.scenario.Workload;
import wsarena.ui.chart.ResultFigures;
import wsarena.scenario.LoadProfile;
import wsarena.ui.run.RunController;
import wsarena.ui.run.RunUpdate;

/**
 * The line at the bottom of the window: what it is doing, in one sentence, and how far the run
 * has come (phase, time, connections, rate) with a progress bar over the measured time.
 */
final class StatusLine {
  private final StatusBar bar = new StatusBar();
  private final PhaseClock clock = new PhaseClock();
  private final RunController controller;
  private final TargetCatalog catalog;
  /** While a sweep goes: its step and why, e.g. {@code step 5 · bisecting between 40k and 80k msgs/s · }. */
  private String sweepStep = "";

  /** The sentence said by {@link #sayNames}, in its versions longest first; empty for one said by {@link #say}. */
  private List<String> versions = List.of();

  StatusLine(RunController controller, TargetCatalog catalog) {
    this.controller = controller;
    this.catalog = catalog;
    bar.setId("status");
    // the line's room changes with the window: a list of names is said again to fit it
    bar.skinProperty().addListener((o, old, skin) -> {
      if (bar.lookup(".status-label") instanceof Label label) {
        label.widthProperty().addListener(w -> sayFitting());
      }
    });
  }

  StatusBar node() {
    return bar;
  }

  void say(String text) {
    versions = List.of();
    bar.setTooltip(null);
    bar.setText(text);
  }

  /**
   * Says {@code before}, the names and {@code after} in as much as the line shows whole: every
   * name, else the first ones and how many more ("a, b and 10 more"), else without {@code after};
   * the whole sentence in the tooltip. "Opened a, b, c, …" with twelve runs was cut mid-name.
   */
  void sayNames(String before, List<String> names, String after) {
    List<String> all = new ArrayList<>();
    for (int shown = names.size(); shown >= 1; shown--) {
      all.add(before + Units.firstOf(names, shown) + after);
    }
    all.add(before + Units.firstOf(names, 1));
    String whole = all.getFirst();
    say(whole);
    versions = all;
    bar.setTooltip(new Tooltip(whole));
    sayFitting();
  }

  /** The longest version of the names said that the line shows whole, or the shortest. */
  private void sayFitting() {
    if (versions.isEmpty() || !(bar.lookup(".status-label") instanceof Label label) || label.getWidth() <= 0) {
      return;
    }
    double room = label.getWidth() - label.snappedLeftInset() - label.snappedRightInset();
    Text measure = new Text();
    measure.setFont(label.getFont());
    String said = versions.getLast();
    for (String version : versions) {
      measure.setText(version);
      if (measure.getLayoutBounds().getWidth() <= room) {
        said = version;
        break;
      }
    }
    bar.setText(said);
  }

  /** Follows a batch of the run's events: its start, its progress, its end. */
  void onRunUpdates(List<RunUpdate> batch) {
    clock.follow(batch);
    for (RunUpdate event : batch) {
      switch (event) {
        case RunUpdate.Started s -> {
          bar.setProgress(0);
          say("Starting " + ScenarioText.target(s.scenario(), catalog) + " …");
        }
        case RunUpdate.Finished f -> {
          bar.setProgress(0);
          say(finished(f.result()));
        }
        case RunUpdate.Crashed c -> {
          bar.setProgress(0);
          sweepStep = "";
          say(c.message());
        }
        case RunUpdate.SeriesEnded e when e.result().plan().targets().size() > 1 -> {
          var plan = e.result().plan();
          say((e.result().incomplete() ? "Stopped after " : "Compared ") + Units.plural(plan.targets().size(), "target")
              + " in " + Units.plural(e.result().trials().size(), "run")
              + " · Export › Save the shootout keeps them as a folder; Export › Compare: … saves a chart as PNG");
        }
        case RunUpdate.SweepStepStarting st -> sweepStep = "Sweep step " + st.index() + " · " + st.note() + " · ";
        case RunUpdate.SweepDone d -> {
          bar.setProgress(0);
          sweepStep = "";
          say("Sweep done: " + SweepSummary.headline(d.sweep()) + " · " + SweepSummary.stopped(d.sweep())
              + " · right-click the chart to save it as PNG");
        }
        default -> {}
      }
    }
    if (clock.current() != null && controller.state() != RunController.State.IDLE) {
      showProgress(clock.current());
    }
  }

  private static String finished(RunResult result) {
    if (result.outcome() == Outcome.FAILED) {
      return "Failed: " + result.failure();
    }
    var t = result.totals();
    String figures =
        t == null || t.latency() == null || t.latency().count() == 0
            ? "nothing was measured"
            : ResultFigures.rate(result) + " · p99 " + Units.latency(t.latency().p99Micros());
    return (result.outcome() == Outcome.STOPPED ? "Stopped: " : "Done: ")
        + figures
        + " · Ctrl+E saves the dashboard as PNG, Ctrl+S the run as .wsarena";
  }

  /** Where the run is, how far, how fast. */
  private void showProgress(RunUpdate.Started current) {
    Sample latest = controller.latestSampleProperty().get();
    LoadProfile load = current.scenario().load();
    double durationSeconds = load.duration().toMillis() / 1000.0;
    bar.setProgress(Math.min(1, clock.measuredMillis() / 1000.0 / durationSeconds));
    if (controller.state() == RunController.State.STOPPING) {
      say("Stopping · keeping what was measured …");
      return;
    }
    Phase phase = controller.phaseProperty().get();
    long open = latest == null ? 0 : latest.connections().open();
    String position =
        current.count() > 1 ? current.progress().position(ScenarioText.shortName(current.scenario().target(), catalog)) + " · " : sweepStep;
    say(position
        + switch (phase == null ? Phase.STARTING : phase) {
          case STARTING -> "Starting " + ScenarioText.target(current.scenario(), catalog) + " …";
          case CHECKING -> "Checking " + ScenarioText.target(current.scenario(), catalog) + " before the load · not measured";
          case RAMP ->
              current.scenario().workload() == Workload.STORM
                  ? "Ramp · waiting for the storm's first handshake"
                  : "Ramp · " + Units.whole(open) + " of " + Units.plural(load.connections(), "connection") + " open";
          case WARMUP ->
              "Warm-up · "
                  + Units.elapsed(clock.warmupMillis() / 1000.0)
                  + " of "
                  + Units.elapsed(load.warmup().toMillis() / 1000.0)
                  + " · not measured";
          case MEASURING ->
              "Measuring · "
                  + Units.elapsed(clock.measuredMillis() / 1000.0)
                  + " of "
                  + Units.elapsed(durationSeconds)
                  + " · "
                  + Units.plural(open, "connection")
                  + " · "
                  + (latest == null ? "" : ResultFigures.liveRate(latest, current.scenario().workload()));
          case DRAINING -> "Draining · waiting for the last answers";
          case DONE -> "Finishing …";
        });
  }
}
