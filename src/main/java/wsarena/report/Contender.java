package wsarena.report;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import wsarena.metrics.Outcome;
import wsarena.metrics.RunResult;
import wsarena.scenario.Placement;

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
      return counted().getFirst();
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
   * The runs its figures come from: those that completed, or every run when none did (a stopped
   * run's figures are still what it measured).
   */
  public List<RunResult> counted() {
    List<RunResult> completed = runs.stream().filter(r -> r.outcome() == Outcome.COMPLETED).toList();
    return completed.isEmpty() ? runs : completed;
  }

  /** {@code metric} over its {@linkplain #counted() counted} runs; empty when it applies to none. */
  public Optional<Spread> spread(Metric metric) {
    double[] values = counted().stream().map(metric::value).filter(OptionalDouble::isPresent).mapToDouble(OptionalDouble::getAsDouble).toArray();
    return Spread.of(values);
  }
}
