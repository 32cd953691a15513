package wsarena.metrics;

/** The generator's connection counts, read at the end of each interval. */
public interface ConnectionGauge {
  int open();

  int connecting();

  /** Connections that failed or closed unexpectedly since the run started. */
  int failed();
}
