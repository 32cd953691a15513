package wsarena.ui.run;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import wsarena.metrics.PercentileCurve;
import wsarena.run.RunEvent;
import wsarena.run.ShootoutProgress;

/**
 * The hand-off from the core's threads to the FX thread: the listener side only queues what the
 * window draws, and the FX side drains the queue at its own steady pace ({@link RunController}
 * does it five times a second), so a flood of samples never floods the FX thread with tasks.
 *
 * <p>The distribution curve is computed here, on the sampling thread, because the histogram the
 * core passes is valid only during the call.
 */
public final class FxSampleQueue implements RunEvent.Listener {
  private final ConcurrentLinkedQueue<RunUpdate> events = new ConcurrentLinkedQueue<>();

  @Override
  public void on(RunEvent event) {
    switch (event) {
      case RunEvent.PhaseChanged p -> events.add(new RunUpdate.PhaseChanged(p.phase()));
      case RunEvent.SampleTaken s -> {
        List<PercentileCurve.Point> curve =
            s.measuredSoFar() == null ? List.of() : List.copyOf(PercentileCurve.of(s.measuredSoFar()));
        events.add(new RunUpdate.SampleArrived(s.sample(), curve));
      }
      case RunEvent.Warned w -> events.add(new RunUpdate.Warned(w.message()));
      // the first trial is shown at once, from the click (RunController.start); the run thread tells the others
      case RunEvent.TrialStarted t when t.progress().trial().position() > 0 ->
          events.add(new RunUpdate.Started(t.progress().trial().scenario(), t.progress()));
      case RunEvent.TrialFinished f -> events.add(new RunUpdate.Finished(f.result()));
      case RunEvent.ShootoutFinished f -> events.add(new RunUpdate.SeriesEnded(f.result()));
      case RunEvent.StepStarting s -> {
        events.add(new RunUpdate.SweepStepStarting(s.index(), s.note(), s.step(), s.plan()));
        events.add(new RunUpdate.Started(s.step(), ShootoutProgress.alone(s.step())));
      }
      case RunEvent.StepJudged j -> events.add(new RunUpdate.SweepStepDone(j.step()));
      case RunEvent.SweepFinished f -> events.add(new RunUpdate.SweepDone(f.result()));
      case RunEvent.Failed f -> events.add(new RunUpdate.Crashed(f.sentence()));
      // a run's end shows as its trial's; the suite's progress is not drawn
      case RunEvent.TrialStarted t -> {}
      case RunEvent.Finished f -> {}
      case RunEvent.SuiteStarted s -> {}
      case RunEvent.CaseStarted c -> {}
      case RunEvent.CheckResult c -> {}
    }
  }

  /** Takes every queued event, oldest first. */
  List<RunUpdate> drain() {
    List<RunUpdate> out = new ArrayList<>();
    for (RunUpdate e = events.poll(); e != null; e = events.poll()) {
      out.add(e);
    }
    return out;
  }
}
