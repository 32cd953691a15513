package wsarena.ui.run;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.util.Duration;
import wsarena.host.HostInfo;
import wsarena.host.ThreadPriority;
import wsarena.metrics.Phase;
import wsarena.metrics.RunResult;
import wsarena.metrics.Sample;
import wsarena.run.RunSource;
import wsarena.run.Shootout;
import wsarena.run.ShootoutProgress;
import wsarena.run.Sweep;
import wsarena.scenario.InvalidScenarioException;
import wsarena.scenario.Scenario;
import wsarena.scenario.ShootoutPlan;
import wsarena.scenario.SweepPlan;

/**
 * Runs what the user started for the window, on its own thread, and brings what the runs report to
 * the FX thread in batches, five times a second. Start measures one scenario, the Compare view a
 * shootout of several targets: both go through the core's {@link Shootout}, so a series is run as
 * {@code wsarena shootout} runs it, and Stop ends the whole series.
 *
 * <p>Create and use it on the FX thread. Listeners receive every batch of {@link RunUpdate}s in
 * order; a batch may hold several samples when the sampling interval is short, and the end of one
 * target with the start of the next. The state stays {@link State#RUNNING} from the first target's
 * start to the last one's end; the batch after which it is idle again reaches the listeners even
 * when it holds no event.
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

  /** What the user started (a series of runs, or a sweep), as the FX thread follows it. */
  private static final class Series {
    /** Ends it early, from any thread; set once it exists (a sweep is made on the run thread). */
    volatile Runnable stop;
    /** Stop was asked before there was anything to stop. */
    volatile boolean stopAsked;
    /** Set by the run thread once it has queued its last event. */
    volatile boolean ended;

    Series(Runnable stop) {
      this.stop = stop;
    }

    void stop() {
      stopAsked = true;
      Runnable s = stop;
      if (s != null) {
        s.run();
      }
    }
  }

  private final RunSource source;
  private final FxSampleQueue queue = new FxSampleQueue();
  private final List<Consumer<List<RunUpdate>>> listeners = new ArrayList<>();
  private final Timeline drainer;
  private Series series;

  private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(State.IDLE);
  private final ReadOnlyObjectWrapper<Phase> phase = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyObjectWrapper<Sample> latestSample = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyObjectWrapper<RunResult> lastResult = new ReadOnlyObjectWrapper<>();
  private final BooleanProperty checkFirst = new SimpleBooleanProperty();

  /** @param source the core's runs ({@link RunSource#of}), or a test's scripted ones */
  public RunController(RunSource source) {
    this.source = source;
    drainer = new Timeline(new KeyFrame(REFRESH, e -> drain()));
    drainer.setCycleCount(Animation.INDEFINITE);
    drainer.play();
  }

  /**
   * Whether each run started from now on checks its target before the load (the feature probe and
   * the Autobahn|Testsuite's quick set, under a minute per target), its result carrying both.
   */
  public BooleanProperty checkFirstProperty() {
    return checkFirst;
  }

  public void addListener(Consumer<List<RunUpdate>> listener) {
    listeners.add(listener);
  }

  /**
   * Starts a run of {@code scenario} on a new thread. Does nothing while a run is going on.
   *
   * @param host the machine's info, attached to the result
   */
  public void start(Scenario scenario, HostInfo host) {
    start(ShootoutPlan.once(scenario, List.of(scenario.target()), java.time.Duration.ZERO), host);
  }

  /**
   * Runs {@code plan}'s trials one after the other on a new thread, with its cool-down between
   * two. A failed target does not end the series; a stop or a crash does. Does nothing while a run
   * is going on.
   *
   * @param host the machine's info, attached to the results
   */
  public void start(ShootoutPlan plan, HostInfo host) {
    if (state.get() != State.IDLE) {
      return;
    }
    Shootout shootout = source.shootout(plan, host, checkFirst.get());
    Series started = new Series(shootout::stop);
    series = started;
    state.set(State.RUNNING);
    // the first start is shown at once, from the click; the run thread reports the others
    ShootoutProgress first = shootout.progressAtStart();
    dispatch(List.of(new RunUpdate.Started(first.trial().scenario(), first)));
    Thread.ofPlatform()
        .name("wsarena-run")
        .daemon(true)
        .start(() -> follow(started, shootout::follow));
  }

  /**
   * Sweeps {@code scenario} under {@code plan} on a new thread: each step a run, shown live, its
   * point added to the latency-against-load chart as it ends. Stop ends the sweep, which keeps
   * the steps it measured. Does nothing while a run is going on.
   */
  public void startSweep(Scenario scenario, SweepPlan plan, HostInfo host) {
    if (state.get() != State.IDLE) {
      return;
    }
    Series started = new Series(null);
    series = started;
    state.set(State.RUNNING);
    Thread.ofPlatform().name("wsarena-sweep").daemon(true).start(() -> sweep(started, scenario, plan, host));
  }

  private void sweep(Series series, Scenario scenario, SweepPlan plan, HostInfo host) {
    follow(series, listener -> {
      Sweep sweep;
      try {
        sweep = source.sweep(scenario, plan, host);
      } catch (InvalidScenarioException e) {
        listener.on(wsarena.run.RunEvent.Failed.refused("sweep", e));
        return;
      } catch (RuntimeException e) {
        listener.on(wsarena.run.RunEvent.Failed.broke("sweep", e));
        return;
      }
      series.stop = sweep::stop;
      if (series.stopAsked) {
        sweep.stop();
      }
      sweep.follow(listener);
    });
  }

  /**
   * Runs what the user started on this thread, its events queued for the FX thread, and marks the
   * series ended once its last event is queued.
   */
  private void follow(Series series, Consumer<wsarena.run.RunEvent.Listener> work) {
    // The load inherits this thread's priority: when it saturates the cores, the window still
    // gets its frames drawn.
    ThreadPriority.niceCurrentThread(LOAD_NICE);
    try {
      work.accept(queue);
    } finally {
      series.ended = true;
    }
  }

  /** Asks the run going on to end, and skips the targets after it; it keeps what it measured. */
  public void stop() {
    if (state.get() != State.RUNNING) {
      return;
    }
    state.set(State.STOPPING);
    // Run.stop() may wait for the generator to notice; keep the FX thread out of it.
    Thread.ofPlatform().name("wsarena-stop").daemon(true).start(series::stop);
  }

  /** Stops the run, if any, and the refresh timer: the window is closing. */
  public void shutdown() {
    stop();
    drainer.stop();
  }

  private void drain() {
    // read before draining: the run thread queued every event before it set the flag
    boolean ended = series != null && series.ended;
    List<RunUpdate> batch = queue.drain();
    if (!batch.isEmpty() || ended) {
      dispatch(batch, ended);
    }
  }

  private void dispatch(List<RunUpdate> batch) {
    dispatch(batch, false);
  }

  /**
   * Updates the properties for {@code batch}, then hands it to the listeners: every batch that holds
   * an event, and the one that ends the series even when empty, so they see the state go idle.
   */
  private void dispatch(List<RunUpdate> batch, boolean seriesEnded) {
    for (RunUpdate event : batch) {
      switch (event) {
        case RunUpdate.Started s -> {
          latestSample.set(null);
          phase.set(Phase.STARTING);
        }
        case RunUpdate.PhaseChanged p -> phase.set(p.phase());
        case RunUpdate.SampleArrived s -> latestSample.set(s.sample());
        case RunUpdate.Finished f -> {
          lastResult.set(f.result());
          phase.set(Phase.DONE);
        }
        case RunUpdate.Crashed c -> phase.set(null);
        case RunUpdate.SweepDone d -> phase.set(Phase.DONE);
        case RunUpdate.Warned w -> {}
        case RunUpdate.SeriesEnded e -> {}
        case RunUpdate.SweepStepStarting st -> {}
        case RunUpdate.SweepStepDone sd -> {}
      }
    }
    if (seriesEnded) {
      series = null;
      state.set(State.IDLE);
    }
    if (batch.isEmpty() && !seriesEnded) {
      return;
    }
    for (Consumer<List<RunUpdate>> listener : List.copyOf(listeners)) {
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

  public ReadOnlyObjectProperty<RunResult> lastResultProperty() {
    return lastResult.getReadOnlyProperty();
  }
}
