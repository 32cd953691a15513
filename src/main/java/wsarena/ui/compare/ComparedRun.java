package wsarena.ui.compare;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import wsarena.metrics.LatencySummary;
import wsarena.metrics.PercentileCurve;
import wsarena.metrics.RunResult;
import wsarena.report.Contender;

/**
 * One row of the comparison: a target's run of this session, a run opened from its file, or a
 * target of a shootout with each of its repeats, with the colour its curve, bar and row keep for
 * as long as it stays, the name the user may have given it, and whether it is drawn.
 *
 * <p>A class with identity rather than a record: two runs with equal figures are still two rows,
 * and a table should not compare whole histograms to find its selection. Changed only through
 * {@link ComparedRuns}, which tells the views.
 */
public final class ComparedRun {
  private final Optional<Path> file;
  private final String colour;
  private final boolean dashed;
  private final Object group;
  private final long order;
  private final List<RunResult> runs = new ArrayList<>();
  private final List<List<PercentileCurve.Point>> curves = new ArrayList<>();
  private String givenName;
  private boolean visible = true;

  ComparedRun(
      RunResult result, Optional<Path> file, String colour, boolean dashed, List<PercentileCurve.Point> curve, Object group,
      long order) {
    this.file = file;
    this.colour = colour;
    this.dashed = dashed;
    this.group = group;
    this.order = order;
    addRepeat(result, curve);
  }

  void addRepeat(RunResult result, List<PercentileCurve.Point> curve) {
    runs.add(result);
    curves.add(List.copyOf(curve));
  }

  /** The run that stands for the others: the one with the median throughput ({@link Contender#representative}). */
  public RunResult result() {
    return contender(label()).representative();
  }

  /** Every run of it, one per repeat, in the order they ran. */
  public List<RunResult> runs() {
    return List.copyOf(runs);
  }

  /** Its runs as a row of the core's comparison, under {@code name}. */
  public Contender contender(String name) {
    return new Contender(name, runs);
  }

  /** The file it was opened from (a shootout's index for one of its targets); empty for a run of this session. */
  public Optional<Path> file() {
    return file;
  }

  /** Its colour in the theme's palette, e.g. {@code -wsa-blue}. */
  public String colour() {
    return colour;
  }

  /** Past the palette's ten colours, lines and swatches repeat them dashed. */
  public boolean dashed() {
    return dashed;
  }

  /** The percentile distribution of the run that stands for the others. */
  public List<PercentileCurve.Point> curve() {
    return curves.get(runs.indexOf(result()));
  }

  /** The target's short name, e.g. {@code undertow-event-loop}. */
  public String label() {
    return runs.getFirst().target().label();
  }

  /** The name the user gave it; empty when it goes by its label. */
  public Optional<String> givenName() {
    return Optional.ofNullable(givenName);
  }

  void rename(String name) {
    givenName = name == null || name.isBlank() ? null : name.strip();
  }

  /** Whether its curve and bar are drawn (its row stays in the table). */
  public boolean visible() {
    return visible;
  }

  void setVisible(boolean value) {
    visible = value;
  }

  /** The measured latencies of the run that stands for the others, or empty ones. */
  public LatencySummary latency() {
    RunResult r = result();
    return r.totals() == null || r.totals().latency() == null ? LatencySummary.EMPTY : r.totals().latency();
  }

  /** Where it comes from, for the table: the file's name, or "this session". */
  public String origin() {
    return file.map(f -> f.getFileName().toString()).orElse("this session");
  }

  /** The shootout target it is, so a later repeat joins it; null for a run on its own. */
  Object group() {
    return group;
  }

  /** When it was added: the oldest goes first when the comparison is full. */
  long order() {
    return order;
  }
}
