package wsarena.metrics;

import java.util.Comparator;
import java.util.List;

/**
 * Tells when the load generator, not the target, limited a run (README.md: "The generator watches
 * itself").
 *
 * <p>An interval is generator-bound when a generator thread was busy for at least {@value
 * #BUSY_PERCENT} % of a core (running, or runnable and waiting for a core: either way it could not
 * have sent or read faster), or, in open loop, when the generator's own lag is large beside what it
 * measured: its send lag at p99 above a tenth of the interval's latency p99 (and above {@value
 * #LAG_FLOOR_MICROS} µs, under which it is the timer's jitter on a shared machine). Latency counts
 * from the intended send time, so the generator's lag is inside every figure; past a tenth of it,
 * the figure describes the generator as much as the target. The run is flagged when a quarter of
 * its measured intervals are.
 */
public final class GeneratorHealth {
  public static final double BUSY_PERCENT = 90;
  /** The generator's lag counts when its p99 exceeds this share of the latency p99 it measured. */
  public static final double LAG_SHARE = 0.1;
  public static final long LAG_FLOOR_MICROS = 500;
  public static final String WARNING = "load generator bound";

  private GeneratorHealth() {}

  public static boolean bound(Sample s) {
    return busy(s) || lagging(s);
  }

  private static boolean busy(Sample s) {
    return s.generator().busyPercent() >= BUSY_PERCENT;
  }

  /**
   * An interval that timed nothing is judged against how long its oldest message had waited: a
   * stalled target's silence is not a p99 of 0 beside which any lag looks large.
   */
  private static boolean lagging(Sample s) {
    long lag = s.generator().sendLagP99Micros();
    long measured = s.unanswered() ? s.fates().oldestWaitingMicros() : s.latency().p99Micros();
    return lag > LAG_FLOOR_MICROS && (s.latency().measuredAny() || s.unanswered()) && lag > LAG_SHARE * measured;
  }

  /**
   * True when a generator thread was saturated (running, or waiting for a core) in a quarter of
   * the measured intervals: it could not have sent or read any faster.
   */
  public static boolean saturated(List<Sample> measured) {
    return !measured.isEmpty() && measured.stream().filter(GeneratorHealth::busy).count() * 4 >= measured.size();
  }

  /** The warning for the whole run, or null when the generator kept up. */
  public static String verdict(List<Sample> measured) {
    String why = reason(measured);
    return why == null
        ? null
        : WARNING + ": " + why + ", so the figures describe the generator as much as the target. Give it more threads"
            + " (--threads) if cores are free, or put the target on another machine.";
  }

  /**
   * Why the generator was the limit, e.g. {@code in 3 of 11 measured intervals a generator thread
   * was saturated (busiest 99 % of a core)}; null when it kept up.
   */
  public static String reason(List<Sample> measured) {
    if (measured.isEmpty()) {
      return null;
    }
    List<Sample> bound = measured.stream().filter(GeneratorHealth::bound).toList();
    if (bound.size() * 4 < measured.size()) {
      return null;
    }
    Sample busiest =
        bound.stream()
            .max(Comparator.comparingDouble((Sample x) -> x.generator().busyPercent()).thenComparingDouble(x -> x.generator().waitingPercent()))
            .orElseThrow();
    String why;
    if (busy(busiest)) {
      double waiting = busiest.generator().waitingPercent();
      why = waiting >= 1
          ? "a generator thread was busy or waiting for a core %.0f %% of the time (%.0f %% waiting)".formatted(busiest.generator().busyPercent(), waiting)
          : "a generator thread was saturated (busiest %.0f %% of a core)".formatted(busiest.generator().busyPercent());
    } else {
      Sample late = bound.stream().max(Comparator.comparingLong(x -> x.generator().sendLagP99Micros())).orElseThrow();
      why = "the generator took up messages up to %.2f ms behind their schedule at p99, more than a tenth of the p99 it measured (%.2f ms)"
          .formatted(late.generator().sendLagP99Micros() / 1000.0, late.latency().p99Micros() / 1000.0);
    }
    return "in %d of %d measured intervals %s".formatted(bound.size(), measured.size(), why);
  }
}
