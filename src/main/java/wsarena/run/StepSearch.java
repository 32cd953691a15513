package wsarena.run;

import java.util.List;
import java.util.Optional;
import wsarena.metrics.SweepResult;
import wsarena.text.Units;
import wsarena.scenario.SweepPlan;

/**
 * Which load a sweep tries next, from what its steps found so far: pure, no clock, no run, so it
 * is tested by arithmetic.
 */
sealed interface StepSearch permits StepSearch.Rates, StepSearch.Connections {

  /**
   * One step's load.
   *
   * @param rate msgs/s over all connections
   * @param connections the step's connections; 0 keeps the scenario's
   * @param note why this load, e.g. {@code bisecting between 40k and 80k msgs/s}
   */
  record Load(double rate, int connections, String note) {}

  /** The next load to try, or empty when the search is over. */
  Optional<Load> next();

  /** What the step at {@code load} found. */
  void record(Load load, boolean passed);

  /** Why the search ended; only once {@link #next()} is empty. */
  SweepResult.StopReason ended();

  static StepSearch of(SweepPlan.Steps steps) {
    return switch (steps) {
      case SweepPlan.Steps.Rates r -> new Rates(r.startRate(), r.precision());
      case SweepPlan.Steps.Connections c -> new Connections(c.counts(), c.ratePerConnection());
    };
  }

  /**
   * Doubles from the start rate until a step fails, then bisects between the highest passing and
   * the lowest failing rate until they are within the precision. When the first steps fail, it
   * halves, at most {@value #MAX_HALVINGS} times, to find a passing one to bisect from.
   */
  final class Rates implements StepSearch {
    static final int MAX_HALVINGS = 4;
    private final double start;
    private final double precision;
    private Double highestPass;
    private Double lowestFail;
    private int fails;

    Rates(double start, double precision) {
      this.start = start;
      this.precision = precision;
    }

    @Override
    public Optional<Load> next() {
      if (highestPass == null && lowestFail == null) {
        return load(start, "starting at " + rate(start));
      }
      if (lowestFail == null) {
        return load(highestPass * 2, "doubling from " + rate(highestPass));
      }
      if (highestPass == null) {
        return fails > MAX_HALVINGS ? Optional.empty() : load(lowestFail / 2, "halving from " + rate(lowestFail));
      }
      if ((lowestFail - highestPass) / highestPass <= precision) {
        return Optional.empty();
      }
      return load(
          Math.rint((highestPass + lowestFail) / 2),
          "bisecting between " + Units.compact(highestPass) + " and " + rate(lowestFail));
    }

    @Override
    public void record(Load load, boolean passed) {
      if (passed) {
        highestPass = highestPass == null ? load.rate() : Math.max(highestPass, load.rate());
      } else {
        lowestFail = lowestFail == null ? load.rate() : Math.min(lowestFail, load.rate());
        fails++;
      }
    }

    @Override
    public SweepResult.StopReason ended() {
      return highestPass == null ? SweepResult.StopReason.NO_STEP_PASSED : SweepResult.StopReason.KNEE_FOUND;
    }

    private static Optional<Load> load(double rate, String note) {
      return Optional.of(new Load(rate, 0, note));
    }

    private static String rate(double rate) {
      return Units.compact(rate) + " msgs/s";
    }
  }

  /** Each connection count in turn, each connection at the same rate, up to the first that fails. */
  final class Connections implements StepSearch {
    private final List<Integer> counts;
    private final double ratePerConnection;
    private int done;
    private boolean failed;

    Connections(List<Integer> counts, double ratePerConnection) {
      this.counts = List.copyOf(counts);
      this.ratePerConnection = ratePerConnection;
    }

    @Override
    public Optional<Load> next() {
      if (failed || done == counts.size()) {
        return Optional.empty();
      }
      int n = counts.get(done);
      return Optional.of(new Load(
          n * ratePerConnection, n,
          Units.plural(n, "connection") + " at " + Units.compact(ratePerConnection) + " msgs/s each (" + (done + 1) + " of "
              + counts.size() + ")"));
    }

    @Override
    public void record(Load load, boolean passed) {
      done++;
      failed |= !passed;
    }

    @Override
    public SweepResult.StopReason ended() {
      return failed
          ? (done == 1 ? SweepResult.StopReason.NO_STEP_PASSED : SweepResult.StopReason.KNEE_FOUND)
          : SweepResult.StopReason.ALL_STEPS_PASSED;
    }
  }
}
