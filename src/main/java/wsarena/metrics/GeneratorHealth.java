package wsarena.metrics;

import java.util.List;

/**
 * Tells when the load generator, not the target, limited a run (README.md: "The generator watches
 * itself").
 *
 * <p>An interval is generator-bound when a generator thread was busy for at least {@value
 * #BUSY_PERCENT} % of a core (it could not have sent or read faster), or, in open loop, when it sent
 * a message more than {@value #LAG_MILLIS} ms after its scheduled time (the latency then includes
 * the generator's own delay). The run is flagged when a quarter of its measured intervals are.
 */
public final class GeneratorHealth {
  public static final double BUSY_PERCENT = 90;
  public static final long LAG_MILLIS = 10;
  public static final String WARNING = "load generator bound";

  private GeneratorHealth() {}

  public static boolean bound(Sample s) {
    return s.generator().busyPercent() >= BUSY_PERCENT || s.generator().sendLagMicros() > LAG_MILLIS * 1000;
  }

  /** The warning for the whole run, or null when the generator kept up. */
  public static String verdict(List<Sample> measured) {
    if (measured.isEmpty()) {
      return null;
    }
    long boundCount = measured.stream().filter(GeneratorHealth::bound).count();
    if (boundCount * 4 < measured.size()) {
      return null;
    }
    double busiest = measured.stream().mapToDouble(s -> s.generator().busyPercent()).max().orElse(0);
    long worstLagMicros = measured.stream().mapToLong(s -> s.generator().sendLagMicros()).max().orElse(0);
    String why =
        busiest >= BUSY_PERCENT
            ? "a generator thread was saturated (busiest %.0f %% of a core)".formatted(busiest)
            : "the generator sent up to %.1f ms behind its schedule".formatted(worstLagMicros / 1000.0);
    return "%s: in %d of %d measured intervals %s, so the figures describe the generator as much as the target. Give it more threads (--threads) if cores are free, or put the target on another machine."
        .formatted(WARNING, boundCount, measured.size(), why);
  }
}
