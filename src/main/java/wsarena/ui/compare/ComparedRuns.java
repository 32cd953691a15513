package wsarena.ui.compare;

import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import wsarena.metrics.Outcome;
import wsarena.metrics.PercentileCurve;
import wsarena.metrics.RunResult;
import wsarena.report.Contender;
import wsarena.report.MetricTable;
import wsarena.report.chart.RunPalette;

/**
 * The runs laid side by side: the finished runs of this session, the runs opened from files and
 * the targets of shootouts (each with its repeats), each with a colour of its own, the one the
 * dashboard's time charts show, and the baseline the Compare view's deltas are taken from. At most
 * {@link #CAPACITY}; adding one more sets the oldest aside.
 *
 * <p>A view model: it holds no nodes; the dashboard's distribution and runs table and the Compare
 * view draw from it, and redraw when {@link #revisionProperty()} moves. Use it on the FX thread.
 */
public final class ComparedRuns {
  /** Runs kept side by side: every model of every engine and both Python servers, twice over. */
  public static final int CAPACITY = 20;

  /**
   * One colour per run, in the order they are handed out: the {@link RunPalette}'s hues, whose
   * shades the window's {@code Look} sets for its theme as {@code -wsa-run-0} … {@code -wsa-run-9};
   * past ten, dashed.
   */
  static final List<String> COLOURS =
      java.util.stream.IntStream.range(0, wsarena.report.chart.Hue.values().length).mapToObj(i -> "-wsa-run-" + i).toList();

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss", Locale.ROOT);

  /** Runs set aside at once, with their places, so an undo puts them back as they were. */
  public record Removal(List<ComparedRun> runs, List<Integer> places, ComparedRun shown, ComparedRun baseline) {
    public boolean isEmpty() {
      return runs.isEmpty();
    }
  }

  private final ObservableList<ComparedRun> runs = FXCollections.observableArrayList();
  private final ReadOnlyObjectWrapper<ComparedRun> shown = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyObjectWrapper<ComparedRun> baseline = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyIntegerWrapper revision = new ReadOnlyIntegerWrapper();
  private long added;

  /** The runs, in the table's order (sorting the table reorders them). */
  public ObservableList<ComparedRun> runs() {
    return runs;
  }

  /** Moves whenever anything about the runs changes: a run, a repeat, a name, a visibility, the baseline. */
  public ReadOnlyIntegerProperty revisionProperty() {
    return revision.getReadOnlyProperty();
  }

  private void changed() {
    if (baseline.get() != null && !runs.contains(baseline.get())) {
      baseline.set(null);
    }
    revision.set(revision.get() + 1);
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

  /** The run the deltas are taken from: the one picked, or the first. */
  public ComparedRun baseline() {
    return baseline.get() != null ? baseline.get() : runs.isEmpty() ? null : runs.getFirst();
  }

  public void setBaseline(ComparedRun run) {
    baseline.set(run != null && runs.contains(run) ? run : null);
    changed();
  }

  /**
   * Adds a run on its own. A file opened again replaces its earlier reading in place (same row,
   * same colour); when the comparison is full, the oldest run other than the shown one is set
   * aside.
   *
   * @param file where it was opened from; empty for a run of this session
   */
  public ComparedRun add(RunResult result, Optional<Path> file, List<PercentileCurve.Point> curve) {
    return add(result, file, curve, null);
  }

  /**
   * Adds a run, or a repeat of a shootout's target: a run whose {@code group} is already here joins
   * that row.
   *
   * @param group the shootout target it belongs to (any value equal for its repeats); null for a run on its own
   */
  public ComparedRun add(RunResult result, Optional<Path> file, List<PercentileCurve.Point> curve, Object group) {
    Objects.requireNonNull(result);
    if (group != null) {
      for (ComparedRun r : runs) {
        if (group.equals(r.group())) {
          r.addRepeat(result, curve);
          changed();
          return r;
        }
      }
    }
    if (file.isPresent() && group == null) {
      for (int i = 0; i < runs.size(); i++) {
        ComparedRun old = runs.get(i);
        if (old.file().equals(file) && old.group() == null) {
          ComparedRun reread = new ComparedRun(result, file, old.colour(), old.dashed(), curve, null, ++added);
          reread.rename(old.givenName().orElse(null));
          runs.set(i, reread);
          if (shown.get() == old) {
            shown.set(reread);
          }
          if (baseline.get() == old) {
            baseline.set(reread);
          }
          changed();
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
    int style = nextStyle();
    ComparedRun run = new ComparedRun(result, file, COLOURS.get(style % COLOURS.size()), style >= COLOURS.size(), curve, group, ++added);
    runs.add(run);
    changed();
    return run;
  }

  /** The first of the twenty styles (ten colours, solid then dashed) that no run has. */
  private int nextStyle() {
    for (int i = 0; i < 2 * COLOURS.size(); i++) {
      String colour = COLOURS.get(i % COLOURS.size());
      boolean dashed = i >= COLOURS.size();
      if (runs.stream().noneMatch(r -> r.colour().equals(colour) && r.dashed() == dashed)) {
        return i;
      }
    }
    return 0;
  }

  /** The {@link RunPalette} index of {@code run}'s style: its hue, and dashed past ten. */
  public static int paletteIndex(ComparedRun run) {
    return Math.max(0, COLOURS.indexOf(run.colour())) + (run.dashed() ? COLOURS.size() : 0);
  }

  /** The colour the next run will get. */
  public String nextColour() {
    return COLOURS.get(nextStyle() % COLOURS.size());
  }

  /** Makes {@code run} (one of {@link #runs()}, or null for none) the one the time charts show. */
  public void show(ComparedRun run) {
    if (run != null && !runs.contains(run)) {
      throw new IllegalArgumentException("not one of the compared runs");
    }
    shown.set(run);
  }

  /** Gives {@code run} a name of the user's; blank goes back to its label. */
  public void rename(ComparedRun run, String name) {
    run.rename(name);
    changed();
  }

  public void setVisible(ComparedRun run, boolean visible) {
    run.setVisible(visible);
    changed();
  }

  /** Sets {@code run} aside; {@link #restore} puts it back. */
  public Removal remove(ComparedRun run) {
    return removeAll(runs.contains(run) ? List.of(run) : List.of());
  }

  /** Sets every run aside but the shown one. */
  public Removal keepOnlyShown() {
    return removeAll(runs.stream().filter(r -> r != shown.get()).toList());
  }

  /** Sets every run aside. */
  public Removal clear() {
    return removeAll(List.copyOf(runs));
  }

  private Removal removeAll(List<ComparedRun> gone) {
    List<Integer> places = gone.stream().map(runs::indexOf).toList();
    Removal removal = new Removal(gone, places, shown.get(), baseline.get());
    if (shown.get() != null && gone.contains(shown.get())) {
      shown.set(null);
    }
    runs.removeAll(gone);
    changed();
    return removal;
  }

  /** Puts back runs set aside, in their places, as far as there is room. */
  public void restore(Removal removal) {
    for (int i = 0; i < removal.runs().size() && runs.size() < CAPACITY; i++) {
      ComparedRun r = removal.runs().get(i);
      if (!runs.contains(r)) {
        runs.add(Math.min(removal.places().get(i), runs.size()), r);
      }
    }
    if (removal.shown() != null && runs.contains(removal.shown()) && shown.get() == null) {
      shown.set(removal.shown());
    }
    if (removal.baseline() != null && runs.contains(removal.baseline())) {
      baseline.set(removal.baseline());
    }
    changed();
  }

  /**
   * The run's name in legends, rows and exported titles: the name the user gave it, or its
   * target's label, with its start time when another run has the same label, and its outcome when
   * it did not complete.
   */
  public String name(ComparedRun run) {
    if (run.givenName().isPresent()) {
      return run.givenName().get();
    }
    String name = run.label();
    List<ComparedRun> twins = runs.stream().filter(r -> r.label().equals(run.label()) && r.givenName().isEmpty()).toList();
    if (twins.size() > 1) {
      String time = startTime(run);
      name += time.isEmpty() ? "" : " · " + time;
      // twins started in the same second (a shootout's repeats, copies of a file): their place tells them apart
      List<ComparedRun> sameTime = twins.stream().filter(r -> startTime(r).equals(time)).toList();
      if (sameTime.size() > 1) {
        name += " #" + (sameTime.indexOf(run) + 1);
      }
    }
    Outcome outcome = run.result().outcome();
    if (outcome != null && outcome != Outcome.COMPLETED) {
      name += " (" + outcome.name().toLowerCase(Locale.ROOT) + ")";
    }
    return name;
  }

  private static String startTime(ComparedRun run) {
    return run.result().startedAt() == null ? "" : TIME.format(run.result().startedAt().atZone(ZoneId.systemDefault()));
  }

  /** The representative results in the table's order, for reports. */
  public List<RunResult> results() {
    return runs.stream().map(ComparedRun::result).toList();
  }

  /** Every run's results, its repeats too, in the table's order. */
  public List<RunResult> allResults() {
    List<RunResult> out = new ArrayList<>();
    runs.forEach(r -> out.addAll(r.runs()));
    return out;
  }

  /** The runs that are drawn, in the table's order. */
  public List<ComparedRun> visibleRuns() {
    return runs.stream().filter(ComparedRun::visible).toList();
  }

  /** The core's figures of {@code which}, each under its name. */
  public MetricTable table(List<ComparedRun> which) {
    List<Contender> contenders = which.stream().map(r -> r.contender(name(r))).toList();
    return MetricTable.of(contenders);
  }
}
