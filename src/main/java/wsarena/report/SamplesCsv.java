package wsarena.report;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import wsarena.metrics.RunResult;
import wsarena.metrics.Sample;

/** One row per sample, for spreadsheets and plotting scripts. Latencies in microseconds. */
public final class SamplesCsv {
  static final String HEADER =
      "elapsed_ms,interval_ms,phase,connections_open,connections_connecting,connections_failed,"
          + "handshakes,sent,received,errors,bytes_sent,bytes_received,sent_per_s,received_per_s,received_mb_per_s,"
          + "p50_us,p90_us,p99_us,p999_us,max_us,client_cpu_pct,target_cpu_pct,client_heap_bytes,"
          + "client_rss_bytes,target_rss_bytes,generator_busy_pct,send_lag_us";

  private SamplesCsv() {}

  public static void write(RunResult result, Path file) throws IOException {
    try (Writer w = Files.newBufferedWriter(file)) {
      w.write(HEADER);
      w.write('\n');
      for (Sample s : result.samples()) {
        w.write(row(s));
        w.write('\n');
      }
    }
  }

  static String row(Sample s) {
    return String.format(
        Locale.ROOT,
        "%d,%d,%s,%d,%d,%d,%d,%d,%d,%d,%d,%d,%.1f,%.1f,%.3f,%d,%d,%d,%d,%d,%.1f,%.1f,%d,%d,%d,%.1f,%d",
        s.elapsedMillis(),
        s.intervalMillis(),
        s.phase(),
        s.connectionsOpen(),
        s.connectionsConnecting(),
        s.connectionsFailed(),
        s.handshakes(),
        s.sent(),
        s.received(),
        s.errors(),
        s.bytesSent(),
        s.bytesReceived(),
        s.sentPerSecond(),
        s.receivedPerSecond(),
        s.receivedMegabytesPerSecond(),
        s.p50Micros(),
        s.p90Micros(),
        s.p99Micros(),
        s.p999Micros(),
        s.maxMicros(),
        s.clientCpuPercent(),
        s.targetCpuPercent(),
        s.clientHeapBytes(),
        s.clientRssBytes(),
        s.targetRssBytes(),
        s.generatorBusyPercent(),
        s.sendLagMicros());
  }
}
