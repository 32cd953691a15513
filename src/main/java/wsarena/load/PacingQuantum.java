package wsarena.load;

/**
 * The open-loop pacing quantum (see {@link Worker}): 250 µs, chosen by measuring the generator at
 * 10,000 msgs/s against Netty's event loop in its own process with quanta of 0 to 1,000 µs (README,
 * "The generator's own cost"): 0 and 100 µs woke the thread for nearly every message (0.6-0.9
 * context switches and 21-24 µs of CPU per message), 250 µs for a third of them (16-19 µs), 500
 * and 1,000 µs saved little more (14-16 µs) for two to four times the added latency. It adds
 * nothing while a thread's messages are further apart than the quantum (below 4,000 msgs/s per
 * generator thread), and at most the quantum above. The system property {@value #PROPERTY}
 * (microseconds) overrides it, so the choice can be measured again on another machine.
 */
final class PacingQuantum {
  static final String PROPERTY = "wsarena.pacingQuantumMicros";
  static final long DEFAULT_MICROS = 250;

  private PacingQuantum() {}

  static long nanos() {
    long micros = Long.getLong(PROPERTY, DEFAULT_MICROS);
    return Math.clamp(micros, 0, 10_000) * 1000;
  }
}
