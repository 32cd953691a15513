package wsarena.report;

/** The pictures a report draws, each a PNG beside {@code report.md} and embedded in {@code report.html}. */
public enum ReportChart {
  /** Each target's latency distribution at equal load (its median-throughput run), open-loop echo at one rate. */
  EQUAL_LOAD_DISTRIBUTION("latency-at-equal-load.png", "Latency distribution of each target at the same offered rate"),
  /** Each sweep's p50 and p99 against the offered rate, every target on one chart. */
  LATENCY_AGAINST_LOAD("latency-against-load.png", "Latency p50 and p99 of each target against the offered load"),
  /** Each target's latency distribution (its median-throughput run), echo. */
  LATENCY_DISTRIBUTION("latency-distribution.png", "Latency distribution of each target"),
  /** Echo messages per second, a bar per target. */
  THROUGHPUT("throughput.png", "Echo throughput of each target"),
  /** A storm's handshakes per second, a bar per target. */
  HANDSHAKES("handshakes-per-second.png", "Handshakes per second of each target"),
  /** An idle run's memory per held connection, a bar per target. */
  MEMORY_PER_CONNECTION("memory-per-connection.png", "Memory per idle connection of each target");

  private final String fileName;
  private final String alt;

  ReportChart(String fileName, String alt) {
    this.fileName = fileName;
    this.alt = alt;
  }

  public String fileName() {
    return fileName;
  }

  /** What the picture shows, for its alt text. */
  public String alt() {
    return alt;
  }
}
