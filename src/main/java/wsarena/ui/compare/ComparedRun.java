package wsarena.ui.compare;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import wsarena.metrics.LatencySummary;
import wsarena.metrics.PercentileCurve;
import wsarena.metrics.RunResult;

/**
 * One run on the dashboard's comparison: a run of this session or a run opened from its file, with
 * the colour its curve and its row keep for as long as it stays.
 *
 * <p>A class with identity rather than a record: two runs with equal figures are still two rows,
 * and a table should not compare whole histograms to find its selection.
 */
public final class ComparedRun {
  private final RunResult result;
  private final Optional<Path> file;
  private final String colour;
  private final List<PercentileCurve.Point> curve;
  private final long order;

  ComparedRun(RunResult result, Optional<Path> file, String colour, List<PercentileCurve.Point> curve, long order) {
    this.result = result;
    this.file = file;
    this.colour = colour;
    this.curve = List.copyOf(curve);
    this.order = order;
  }

  public RunResult result() {
    return result;
  }

  /** The file it was opened from; empty for a run of this session. */
  public Optional<Path> file() {
    return file;
  }

  /** Its colour in the theme's palette, e.g. {@code -wsa-blue}. */
  public String colour() {
    return colour;
  }

  /** The percentile distribution of its whole measured histogram. */
  public List<PercentileCurve.Point> curve() {
    return curve;
  }

  /** The target's short name, e.g. {@code undertow-event-loop}. */
  public String label() {
    return result.target().label();
  }

  /** The measured latencies, or empty ones when the run measured nothing. */
  public LatencySummary latency() {
    return result.totals() == null || result.totals().latency() == null
        ? LatencySummary.EMPTY
        : result.totals().latency();
  }

  /** Where it comes from, for the table: the file's name, or "this session". */
  public String origin() {
    return file.map(f -> f.getFileName().toString()).orElse("this session");
  }

  /** When it was added: the oldest goes first when the comparison is full. */
  long order() {
    return order;
  }
}
