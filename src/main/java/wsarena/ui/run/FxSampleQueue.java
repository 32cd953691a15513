package wsarena.ui.run;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.HdrHistogram.Histogram;
import wsarena.metrics.PercentileCurve;
import wsarena.metrics.Phase;
import wsarena.metrics.Sample;
import wsarena.metrics.SampleSink;

/**
 * The hand-off from a run's sampling thread to the FX thread: the sink side only queues, and the
 * FX side drains the queue at its own steady pace ({@link RunController} does it five times a
 * second), so a flood of samples never floods the FX thread with tasks.
 *
 * <p>The distribution curve is computed here, on the sampling thread, because the histogram the
 * core passes is valid only during the call.
 */
public final class FxSampleQueue implements SampleSink {
  private final ConcurrentLinkedQueue<RunEvent> events = new ConcurrentLinkedQueue<>();

  @Override
  public void onPhase(Phase phase) {
    events.add(new RunEvent.PhaseChanged(phase));
  }

  @Override
  public void onSample(Sample sample, Histogram intervalHistogram, Histogram measuredSoFar) {
    List<PercentileCurve.Point> curve =
        measuredSoFar == null ? List.of() : List.copyOf(PercentileCurve.of(measuredSoFar));
    events.add(new RunEvent.SampleArrived(sample, curve));
  }

  @Override
  public void onWarning(String warning) {
    events.add(new RunEvent.Warned(warning));
  }

  /** Queues an event that does not come from the sampling thread (the end of a run). */
  void post(RunEvent event) {
    events.add(event);
  }

  /** Takes every queued event, oldest first. */
  List<RunEvent> drain() {
    List<RunEvent> out = new ArrayList<>();
    for (RunEvent e = events.poll(); e != null; e = events.poll()) {
      out.add(e);
    }
    return out;
  }
}
