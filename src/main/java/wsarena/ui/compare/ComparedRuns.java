package wsarena.ui.compare;

import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import wsarena.metrics.Outcome;
import wsarena.metrics.PercentileCurve;
import wsarena.metrics.RunResult;

/**
 * The runs laid side by side on the dashboard: the finished runs of this session and the runs
 * opened from files, each with a colour of its own, and the one the time charts show. At most
 * {@link #CAPACITY}; adding one more sets the oldest aside.
 *
 * <p>A view model: it holds no nodes, and the distribution chart and the comparison table draw
 * from it. Use it on the FX thread.
 */
public final class ComparedRuns {
  /** Runs kept side by side: every model of every engine, and a peer or two. */
  public static final int CAPACITY = 10;

  /** One colour per run, in the order they are handed out; all distinct in both themes. */
  static final List<String> COLOURS =
      List.of(
          "-wsa-blue", "-wsa-orange", "-wsa-purple", "-wsa-green", "-wsa-teal",
          "-wsa-pink", "-wsa-amber", "-wsa-red", "-wsa-lime", "-wsa-brown");

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss", Locale.ROOT);

  private final ObservableList<ComparedRun> runs = FXCollections.observableArrayList();
  private final ReadOnlyObjectWrapper<ComparedRun> shown = new ReadOnlyObjectWrapper<>();
  private long added;

  /** The runs, in the table's order (sorting the table reorders them). */
  public ObservableList<ComparedRun> runs() {
    return runs;
  }

  /** The run the time charts show; null while a run goes or when there is none. */
  public ReadOnlyObjectProperty<ComparedRun> shownProperty() {
    return shown.getReadOnlyProperty();
  }

  public ComparedRun shown() {
    return shown.get();
  }

  public int size() {
    return runs.size();
  }

  /**
   * Adds a run. A file opened again replaces its earlier reading in place (same row, same
   * colour); when the comparison is full, the oldest run other than the shown one is set aside.
   *
   * @param file where it was opened from; empty for a run of this session
   */
  public ComparedRun add(RunResult result, Optional<Path> file, List<PercentileCurve.Point> curve) {
    Objects.requireNonNull(result);
    if (file.isPresent()) {
      for (int i = 0; i < runs.size(); i++) {
        ComparedRun old = runs.get(i);
        if (old.file().equals(file)) {
          ComparedRun reread = new ComparedRun(result, file, old.colour(), curve, ++added);
          runs.set(i, reread);
          if (shown.get() == old) {
            shown.set(reread);
          }
          return reread;
        }
      }
    }
    while (runs.size() >= CAPACITY) {
      Optional<ComparedRun> oldest =
          runs.stream().filter(r -> r != shown.get()).min(Comparator.comparingLong(ComparedRun::order));
      if (oldest.isEmpty()) {
        break;
      }
      runs.remove(oldest.get());
    }
    ComparedRun run = new ComparedRun(result, file, nextColour(), curve, ++added);
    runs.add(run);
    return run;
  }

  /** The colour the next run will get: the first one no run has. */
  public String nextColour() {
    return COLOURS.stream()
        .filter(c -> runs.stream().noneMatch(r -> r.colour().equals(c)))
        .findFirst()
        .orElse(COLOURS.getFirst());
  }

  /** Makes {@code run} (one of {@link #runs()}, or null for none) the one the time charts show. */
  public void show(ComparedRun run) {
    if (run != null && !runs.contains(run)) {
      throw new IllegalArgumentException("not one of the compared runs");
    }
    shown.set(run);
  }

  /** Sets every run aside but the shown one. */
  public void keepOnlyShown() {
    runs.removeIf(r -> r != shown.get());
  }

  public void clear() {
    shown.set(null);
    runs.clear();
  }

  /**
   * The run's name in legends and rows: its target's label, with its start time when another run
   * has the same label, and its outcome when it did not complete.
   */
  public String name(ComparedRun run) {
    String name = run.label();
    boolean twin = runs.stream().anyMatch(r -> r != run && r.label().equals(run.label()));
    if (twin && run.result().startedAt() != null) {
      name += " · " + TIME.format(run.result().startedAt().atZone(ZoneId.systemDefault()));
    }
    Outcome outcome = run.result().outcome();
    if (outcome != null && outcome != Outcome.COMPLETED) {
      name += " (" + outcome.name().toLowerCase(Locale.ROOT) + ")";
    }
    return name;
  }

  /** The results in the table's order, for reports. */
  public List<RunResult> results() {
    return runs.stream().map(ComparedRun::result).toList();
  }
}
