package wsarena.ui.chart;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import wsarena.metrics.Phase;
import wsarena.metrics.Sample;

/**
 * Which phase each stretch of the run was in, read from the samples themselves (each carries its
 * phase and its interval), so the bands on the charts match the points exactly.
 */
public final class PhaseBands {

  /** A stretch of the run in one phase, in seconds since the run started. */
  public record Band(Phase phase, double startSeconds, double endSeconds) {}

  private final ObservableList<Band> bands = FXCollections.observableArrayList();
  // one wrapper, kept: a fresh wrapper per call would be collected along with its listeners
  private final ObservableList<Band> readOnly = FXCollections.unmodifiableObservableList(bands);

  public ObservableList<Band> bands() {
    return readOnly;
  }

  public void clear() {
    bands.clear();
  }

  public void add(Sample sample) {
    double end = sample.elapsedMillis() / 1000.0;
    double start = Math.max(0, (sample.elapsedMillis() - sample.intervalMillis()) / 1000.0);
    if (!bands.isEmpty()) {
      Band last = bands.getLast();
      if (last.phase() == sample.phase()) {
        bands.set(bands.size() - 1, new Band(last.phase(), last.startSeconds(), end));
        return;
      }
      start = last.endSeconds();
    }
    bands.add(new Band(sample.phase(), start, end));
  }

  /** Forgets bands that ended before {@code seconds}: they are out of every chart's window. */
  public void dropBefore(double seconds) {
    bands.removeIf(b -> b.endSeconds() < seconds);
  }
}
