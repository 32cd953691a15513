package wsarena.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.animation.PauseTransition;
import javafx.util.Duration;
import wsarena.metrics.Outcome;
import wsarena.scenario.Scenario;
import wsarena.scenario.TargetSpec;
import wsarena.scenario.ThreadingModel;
import wsarena.ui.run.RunEvent;

/**
 * "Compare models": the same scenario once per threading model of the chosen engine, one run after
 * the other, so the distribution chart and the result table show event loop against worker pool
 * without touching the form. A stop, a failure or a crash ends the series.
 *
 * <p>The next run starts after a short pause rather than from inside the event that ended the
 * previous one, so every view sees that run's end before the next one begins.
 */
final class ModelComparison {
  private static final Duration PAUSE_BETWEEN_RUNS = Duration.seconds(1.5);

  private final Consumer<Scenario> startRun;
  private final List<Scenario> queue = new ArrayList<>();
  private final PauseTransition pause = new PauseTransition(PAUSE_BETWEEN_RUNS);
  private int total;
  private final javafx.beans.property.ReadOnlyBooleanWrapper active = new javafx.beans.property.ReadOnlyBooleanWrapper();

  ModelComparison(Consumer<Scenario> startRun) {
    this.startRun = startRun;
  }

  /** The base scenario in each of {@code models}, in that order; empty for an external target. */
  static List<Scenario> plan(Scenario base, List<ThreadingModel> models) {
    if (!(base.target() instanceof TargetSpec.Embedded e)) {
      return List.of();
    }
    return models.stream()
        .map(m -> base.withTarget(new TargetSpec.Embedded(e.engine(), m, e.isolation(), e.workerThreads(), e.tls(), e.compression())))
        .toList();
  }

  void start(List<Scenario> runs) {
    cancel();
    queue.addAll(runs);
    total = runs.size();
    active.set(true);
    next();
  }

  /** True from the first run's start to the last run's end. */
  javafx.beans.property.ReadOnlyBooleanProperty activeProperty() {
    return active.getReadOnlyProperty();
  }

  /** True while the last run of a comparison goes. */
  boolean onLastRun() {
    return active.get() && queue.isEmpty();
  }

  /** "model 2 of 3" while a comparison goes, else empty. */
  String position() {
    if (!active.get() || total == 0) {
      return "";
    }
    return "model " + (total - queue.size()) + " of " + total;
  }

  void cancel() {
    queue.clear();
    pause.stop();
    total = 0;
    active.set(false);
  }

  /** Starts the next run when the current one ended well; ends the series otherwise. */
  void onEvents(List<RunEvent> batch) {
    for (RunEvent event : batch) {
      switch (event) {
        case RunEvent.Finished f when f.result().outcome() == Outcome.COMPLETED && !queue.isEmpty() -> {
          pause.setOnFinished(e -> next());
          pause.playFromStart();
        }
        case RunEvent.Finished f -> {
          if (queue.isEmpty() || f.result().outcome() != Outcome.COMPLETED) {
            cancelAfterLast();
          }
        }
        case RunEvent.Crashed c -> cancelAfterLast();
        default -> {}
      }
    }
  }

  private void cancelAfterLast() {
    queue.clear();
    pause.stop();
    active.set(false);
  }

  private void next() {
    if (queue.isEmpty()) {
      return;
    }
    startRun.accept(queue.removeFirst());
  }
}
