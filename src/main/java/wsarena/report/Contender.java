package wsarena.report;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import wsarena.metrics.Outcome;
import wsarena.metrics.RunResult;
import wsarena.scenario.Placement;
import wsarena.scenario.TargetSpec;

/**
 * One row of a comparison: a target as the reader names it, and its runs, one per repeat (one for
 * a run opened on its own).
 *
 * @param name what the row is called, e.g. {@code undertow-event-loop} or a name the user gave
 */
public record Contender(String name, List<RunResult> runs) {
  public Contender {
    if (runs.isEmpty()) {
      throw new IllegalArgumentException("a contender needs at least one run");
    }
    runs = List.copyOf(runs);
  }

  /** A run on its own, under its target's label. */
  public static Contender of(RunResult run) {
    return new Contender(run.target().label(), List.of(run));
  }

  /**
   * The run that stands for the others where one must be drawn (a latency curve, the time charts):
   * the one whose throughput is the median, the first when none has one.
   */
  public RunResult representative() {
    List<RunResult> measured = counted().stream().filter(Metric.THROUGHPUT::applies).toList();
    if (measured.isEmpty()) {
      return counted().isEmpty() ? runs.getFirst() : counted().getFirst();
    }
    List<RunResult> sorted =
        measured.stream().sorted(Comparator.comparingDouble(r -> Metric.THROUGHPUT.value(r).orElseThrow())).toList();
    return sorted.get((sorted.size() - 1) / 2);
  }

  /** Where its target ran relative to the generator. */
  public Placement placement() {
    return Placement.of(runs.getFirst().scenario().target());
  }

  /**
   * Its isolation as a table says it: {@code own process}, {@code this process}, or {@code
   * external} for a URL, a server wsarena neither started nor placed.
   */
  public String isolation() {
    return runs.getFirst().scenario() != null && runs.getFirst().scenario().target() instanceof TargetSpec.External
        ? "external"
        : placement().words();
  }

  /**
   * The runs its figures come from: those that completed, or every run that measured something
   * when none completed (a stopped run's figures are still what it measured); never a {@linkplain
   * #failed(RunResult) failed} run. Empty when every run failed.
   */
  public List<RunResult> counted() {
    List<RunResult> measured = runs.stream().filter(r -> !failed(r)).toList();
    List<RunResult> completed = measured.stream().filter(r -> r.outcome() == Outcome.COMPLETED).toList();
    return completed.isEmpty() ? measured : completed;
  }

  /**
   * True when {@code run} measured nothing its workload is about: no echo answered, no handshake
   * made, no connection held (its target refused, died or could not be reached). Such a run's
   * zeros are not figures: it is never counted, ranked or starred.
   */
  public static boolean failed(RunResult run) {
    return !Metric.THROUGHPUT.applies(run) && !Metric.HANDSHAKES_PER_SECOND.applies(run) && !Metric.CONNECTIONS_HELD.applies(run);
  }

  /**
   * Why every run of it failed, e.g. {@code failed: Connection refused: /127.0.0.1:1}; empty when
   * at least one run measured something.
   */
  public Optional<String> failure() {
    if (!counted().isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(runs.stream().map(RunResult::failure).filter(f -> f != null && !f.isBlank()).findFirst()
        .map(f -> "failed: " + f)
        .orElse("failed: nothing was answered"));
  }

  /** {@code metric} over its {@linkplain #counted() counted} runs; empty when it applies to none. */
  public Optional<Spread> spread(Metric metric) {
    double[] values = counted().stream().map(metric::value).filter(OptionalDouble::isPresent).mapToDouble(OptionalDouble::getAsDouble).toArray();
    return Spread.of(values);
  }
}
