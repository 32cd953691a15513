package wsarena.load;

/**
 * The open-loop pacing quantum (see {@link Worker}): 100 µs, chosen by measuring the generator's
 * CPU per message at 10,000 to 80,000 msgs/s with quanta of 0 to 500 µs (README, "The generator's
 * own cost"). The system property {@value #PROPERTY} (microseconds) overrides it, so the choice can
 * be measured again on another machine with the shipped benchmark.
 */
final class PacingQuantum {
  static final String PROPERTY = "wsarena.pacingQuantumMicros";
  static final long DEFAULT_MICROS = 100;

  private PacingQuantum() {}

  static long nanos() {
    long micros = Long.getLong(PROPERTY, DEFAULT_MICROS);
    return Math.clamp(micros, 0, 10_000) * 1000;
  }
}
