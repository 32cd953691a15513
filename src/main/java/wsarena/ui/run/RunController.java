package wsarena.ui.run;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.util.Duration;
import wsarena.host.HostInfo;
import wsarena.host.ThreadPriority;
import wsarena.metrics.Phase;
import wsarena.metrics.RunResult;
import wsarena.metrics.Sample;
import wsarena.scenario.InvalidScenarioException;
import wsarena.scenario.Scenario;

/**
 * Runs one scenario at a time for the window, on its own thread, and brings what the run reports
 * to the FX thread in batches, five times a second.
 *
 * <p>Create and use it on the FX thread. Listeners receive every batch of {@link RunEvent}s in
 * order; a batch may hold several samples when the sampling interval is short.
 */
public final class RunController {
  /**
   * How often the queue is drained: the charts' refresh rate. Five times a second looks live, and
   * costs half the drawing of ten (measured: render thread 20 % -> 11 % of a core during a run
   * sampled every 100 ms, software rendering).
   */
  public static final Duration REFRESH = Duration.millis(200);

  /**
   * The nice value of a run's threads and processes (Linux): enough for the window to win the
   * cores when it needs them for a frame, while client and server stay equal to each other. With 5
   * (a third of the window's weight) a 1000-connection run still left 115-154 ms without a frame
   * mid-run; with 10 (a tenth) none over 100 ms while measuring (src/site/fx-probe.sh). The window
   * takes a fifth of a core, so the load loses little.
   */
  static final int LOAD_NICE = 10;

  public enum State {
    IDLE,
    RUNNING,
    /** Stop was asked; the run is closing its connections and target. */
    STOPPING
  }

  private final RunStarter starter;
  private final FxSampleQueue queue = new FxSampleQueue();
  private final List<Consumer<List<RunEvent>>> listeners = new ArrayList<>();
  private final Timeline drainer;
  private final AtomicReference<RunStarter.Execution> execution = new AtomicReference<>();
  private final AtomicBoolean stopAsked = new AtomicBoolean();

  private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(State.IDLE);
  private final ReadOnlyObjectWrapper<Phase> phase = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyObjectWrapper<Sample> latestSample = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyObjectWrapper<Scenario> scenario = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyObjectWrapper<RunResult> lastResult = new ReadOnlyObjectWrapper<>();

  public RunController(RunStarter starter) {
    this.starter = starter;
    drainer = new Timeline(new KeyFrame(REFRESH, e -> drain()));
    drainer.setCycleCount(Animation.INDEFINITE);
    drainer.play();
  }

  public void addListener(Consumer<List<RunEvent>> listener) {
    listeners.add(listener);
  }

  /**
   * Starts a run of {@code scenario} on a new thread. Does nothing while a run is going on.
   *
   * @param host the machine's info, attached to the result
   */
  public void start(Scenario scenario, HostInfo host) {
    if (state.get() != State.IDLE) {
      return;
    }
    stopAsked.set(false);
    execution.set(null);
    this.scenario.set(scenario);
    latestSample.set(null);
    phase.set(Phase.STARTING);
    state.set(State.RUNNING);
    dispatch(List.of(new RunEvent.Started(scenario)));
    Thread.ofPlatform()
        .name("wsarena-run")
        .daemon(true)
        .start(() -> queue.post(execute(scenario, host)));
  }

  private RunEvent execute(Scenario scenario, HostInfo host) {
    // The load inherits this thread's priority: when it saturates the cores, the window still
    // gets its frames drawn.
    ThreadPriority.niceCurrentThread(LOAD_NICE);
    try {
      RunStarter.Execution prepared = starter.prepare(scenario, host, queue);
      execution.set(prepared);
      if (stopAsked.get()) {
        prepared.stop();
      }
      return new RunEvent.Finished(prepared.execute());
    } catch (InvalidScenarioException e) {
      return new RunEvent.Crashed("This scenario cannot run: " + e.getMessage().replace('\n', ' '));
    } catch (RuntimeException | Error e) {
      // A bug, not a target failure (those come back as a FAILED result): the user gets a
      // sentence, the console gets the trace for the bug report.
      e.printStackTrace();
      String detail = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      return new RunEvent.Crashed("The run stopped unexpectedly: " + detail);
    }
  }

  /** Asks the running run to end; it keeps what it measured. Safe to call at any time. */
  public void stop() {
    if (state.get() != State.RUNNING) {
      return;
    }
    state.set(State.STOPPING);
    stopAsked.set(true);
    RunStarter.Execution running = execution.get();
    if (running != null) {
      // Run.stop() may wait for the generator to notice; keep the FX thread out of it.
      Thread.ofPlatform().name("wsarena-stop").daemon(true).start(running::stop);
    }
  }

  /** Stops the run, if any, and the refresh timer: the window is closing. */
  public void shutdown() {
    stop();
    drainer.stop();
  }

  private void drain() {
    List<RunEvent> batch = queue.drain();
    if (!batch.isEmpty()) {
      dispatch(batch);
    }
  }

  private void dispatch(List<RunEvent> batch) {
    for (RunEvent event : batch) {
      switch (event) {
        case RunEvent.PhaseChanged p -> phase.set(p.phase());
        case RunEvent.SampleArrived s -> latestSample.set(s.sample());
        case RunEvent.Finished f -> {
          lastResult.set(f.result());
          phase.set(Phase.DONE);
          state.set(State.IDLE);
        }
        case RunEvent.Crashed c -> {
          phase.set(null);
          state.set(State.IDLE);
        }
        case RunEvent.Started s -> {}
        case RunEvent.Warned w -> {}
      }
    }
    for (Consumer<List<RunEvent>> listener : List.copyOf(listeners)) {
      listener.accept(batch);
    }
  }

  public ReadOnlyObjectProperty<State> stateProperty() {
    return state.getReadOnlyProperty();
  }

  public State state() {
    return state.get();
  }

  /** The phase of the current run, or of the last one ({@link Phase#DONE}); null before any. */
  public ReadOnlyObjectProperty<Phase> phaseProperty() {
    return phase.getReadOnlyProperty();
  }

  public ReadOnlyObjectProperty<Sample> latestSampleProperty() {
    return latestSample.getReadOnlyProperty();
  }

  /** The scenario of the current or last run. */
  public ReadOnlyObjectProperty<Scenario> scenarioProperty() {
    return scenario.getReadOnlyProperty();
  }

  public ReadOnlyObjectProperty<RunResult> lastResultProperty() {
    return lastResult.getReadOnlyProperty();
  }
}
