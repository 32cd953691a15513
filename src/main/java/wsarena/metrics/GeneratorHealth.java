package wsarena.metrics;

import java.util.Comparator;
import java.util.List;

/**
 * Tells when the load generator, not the target, limited a run (README.md: "The generator watches
 * itself"), and when the machine did by holding the generator's thread off its cores.
 *
 * <p>An interval is generator-bound when a generator thread was busy for at least {@value
 * #BUSY_PERCENT} % of a core (running, or runnable and waiting for a core: either way it could not
 * have sent or read faster), or, in open loop, when the generator's own lag is large beside what it
 * measured: its send lag at p99, less the time the machine held its thread off its core while
 * messages were due (waiting for a core, its virtual CPU stopped by the hypervisor, woken past its
 * timer: what is left is its own work and its JVM's pauses), above a tenth of the interval's
 * latency p99 (and above {@value #LAG_FLOOR_MICROS} µs, under which it is the timer's jitter on a
 * shared machine). Latency counts from the intended send time,
 * so the generator's lag is inside every figure; past a tenth of it, the figure describes the
 * generator as much as the target. The run is flagged when a quarter of its measured intervals are.
 *
 * <p>An interval whose send lag is that large only with the machine's part is <em>held off</em>: the
 * generator kept up with its own work, and the machine (a hypervisor that stopped its virtual CPU or
 * woke it late, other processes, an in-process target's threads) made it late. When a quarter of the
 * measured intervals are late either way and not a quarter by the generator's doing, the run gets
 * {@link #MACHINE_WARNING} instead, with how much the machine inflated the send lag: the latencies
 * carry that too, but more generator threads would not cure it.
 */
public final class GeneratorHealth {
  public static final double BUSY_PERCENT = 90;
  /** The generator's lag counts when its p99 exceeds this share of the latency p99 it measured. */
  public static final double LAG_SHARE = 0.1;
  public static final long LAG_FLOOR_MICROS = 500;
  public static final String WARNING = "load generator bound";
  /** The warning of a run the machine, not the generator's own work, put behind its schedule. */
  public static final String MACHINE_WARNING = "the machine held the load generator off";

  /** What limited the generator in one interval. */
  public enum Limit {
    /** On schedule, and with time to spare. */
    KEPT_UP,
    /** A thread busy (running or waiting for a core) nearly all the time. */
    SATURATED,
    /** Behind its schedule by its own doing: its lag is large even without the machine's part. */
    LATE,
    /** Behind its schedule only by the time the machine held its thread off its core. */
    HELD_OFF
  }

  private GeneratorHealth() {}

  /** What limited the generator in this interval. */
  public static Limit limit(Sample s) {
    if (busy(s)) {
      return Limit.SATURATED;
    }
    if (lagging(s, s.generator().ownSendLagP99Micros())) {
      return Limit.LATE;
    }
    return lagging(s, s.generator().sendLagP99Micros()) ? Limit.HELD_OFF : Limit.KEPT_UP;
  }

  /** True when the generator itself limited this interval: saturated, or late by its own doing. */
  public static boolean bound(Sample s) {
    Limit l = limit(s);
    return l == Limit.SATURATED || l == Limit.LATE;
  }

  private static boolean busy(Sample s) {
    return s.generator().busyPercent() >= BUSY_PERCENT;
  }

  /**
   * An interval that timed nothing is judged against how long its oldest message had waited: a
   * stalled target's silence is not a p99 of 0 beside which any lag looks large.
   */
  private static boolean lagging(Sample s, long lag) {
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
      Sample late = bound.stream().max(Comparator.comparingLong(x -> x.generator().ownSendLagP99Micros())).orElseThrow();
      long machine = late.generator().sendLagMachineMicros();
      why = "the generator took up messages up to %.2f ms behind their schedule at p99%s, more than a tenth of the p99 it measured (%.2f ms)"
          .formatted(
              late.generator().ownSendLagP99Micros() / 1000.0,
              machine > 0 ? " by its own doing (%.2f ms with the time the machine held it off)".formatted(late.generator().sendLagP99Micros() / 1000.0) : "",
              late.latency().p99Micros() / 1000.0);
    }
    return "in %d of %d measured intervals %s".formatted(bound.size(), measured.size(), why);
  }

  /**
   * The warning for a run the machine put behind its schedule, or null: when a quarter of the
   * measured intervals were late or saturated but not a quarter by the generator's own doing (then
   * {@link #verdict} says so). It says how much the machine's part added to the send lag's p99, in
   * the interval where it added most: the latencies, which count from the intended send time,
   * carry that much of the machine's stalls.
   */
  public static String machineVerdict(List<Sample> measured) {
    if (measured.isEmpty() || reason(measured) != null) {
      return null;
    }
    List<Sample> heldOff = measured.stream().filter(x -> limit(x) == Limit.HELD_OFF).toList();
    long behind = measured.stream().filter(x -> limit(x) != Limit.KEPT_UP).count();
    if (heldOff.isEmpty() || behind * 4 < measured.size()) {
      return null;
    }
    Sample worst = heldOff.stream().max(Comparator.comparingLong(x -> x.generator().sendLagMachineMicros())).orElseThrow();
    Sample.GeneratorLoad g = worst.generator();
    return ("%s: in %d of %d measured intervals the generator was behind its schedule because its thread was held"
            + " off its core (waiting for one behind other processes or the target's threads, or its virtual CPU stopped"
            + " or woken late by the hypervisor), not because it was working. Where that added most, the send lag's p99 was %.2f ms and the generator's own part %.2f ms:"
            + " the machine inflated the send lag, and the latencies that count from the schedule, by %.2f ms at p99."
            + " More generator threads would not help: a quieter machine, or the target on another one, would.")
        .formatted(MACHINE_WARNING, heldOff.size(), measured.size(), g.sendLagP99Micros() / 1000.0,
            g.ownSendLagP99Micros() / 1000.0, g.sendLagMachineMicros() / 1000.0);
  }
}
