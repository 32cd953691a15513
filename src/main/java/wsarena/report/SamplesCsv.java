package wsarena.report;

import wsarena.host.WholeFile;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.Locale;
import wsarena.metrics.RunResult;
import wsarena.metrics.Sample;

/**
 * One row per sample, for spreadsheets and plotting scripts. Latencies in microseconds. Columns are
 * only ever added at the end, so a script that reads them by position keeps working.
 */
public final class SamplesCsv {
  static final String HEADER =
      "elapsed_ms,interval_ms,phase,connections_open,connections_connecting,connections_failed,"
          + "handshakes,sent,received,errors,bytes_sent,bytes_received,sent_per_s,received_per_s,received_mb_per_s,"
          + "p50_us,p90_us,p99_us,p999_us,max_us,client_cpu_pct,target_cpu_pct,client_heap_bytes,"
          + "client_rss_bytes,target_rss_bytes,generator_busy_pct,send_lag_us,"
          + "intended,answered,timed_out,not_sent,in_flight_at_stop,backlog,in_flight,send_lag_p99_us,generator_waiting_pct,"
          + "client_voluntary_cs_per_s,client_involuntary_cs_per_s,target_voluntary_cs_per_s,target_involuntary_cs_per_s,"
          + "connect_failures,target_memory_per_connection_bytes,connections_lost,protocol_errors,oldest_waiting_us,send_lag_waiting_us";

  private SamplesCsv() {}

  public static void write(RunResult result, Path file) throws IOException {
    WholeFile.write(file, out -> {
      Writer w = new java.io.BufferedWriter(new java.io.OutputStreamWriter(out, java.nio.charset.StandardCharsets.UTF_8));
      w.write(HEADER);
      w.write('\n');
      for (Sample s : result.samples()) {
        w.write(row(s));
        w.write('\n');
      }
      w.flush();
    });
  }

  static String row(Sample s) {
    return String.format(
        Locale.ROOT,
        "%d,%d,%s,%d,%d,%d,%d,%d,%d,%d,%d,%d,%.1f,%.1f,%.3f,%s,%s,%s,%s,%s,%.1f,%.1f,%d,%d,%d,%.1f,%d,"
            + "%d,%d,%d,%d,%d,%d,%d,%d,%.1f,%.1f,%.1f,%.1f,%.1f,%d,%d,%d,%d,%d,%d",
        s.elapsedMillis(),
        s.intervalMillis(),
        s.phase(),
        s.connections().open(),
        s.connections().connecting(),
        s.connections().failed(),
        s.connections().handshakes(),
        s.counts().sent(),
        s.counts().received(),
        s.counts().errors(),
        s.counts().bytesSent(),
        s.counts().bytesReceived(),
        s.sentPerSecond(),
        s.receivedPerSecond(),
        s.receivedMegabytesPerSecond(),
        percentile(s, s.latency().p50Micros()),
        percentile(s, s.latency().p90Micros()),
        percentile(s, s.latency().p99Micros()),
        percentile(s, s.latency().p999Micros()),
        percentile(s, s.latency().maxMicros()),
        s.resources().clientCpuPercent(),
        s.resources().targetCpuPercent(),
        s.resources().clientHeapBytes(),
        s.resources().clientRssBytes(),
        s.resources().targetRssBytes(),
        s.generator().busyPercent(),
        s.generator().sendLagMicros(),
        s.fates().intended(),
        s.fates().answered(),
        s.fates().timedOut(),
        s.fates().notSent(),
        s.fates().inFlightAtStop(),
        s.fates().backlog(),
        s.fates().inFlight(),
        s.generator().sendLagP99Micros(),
        s.generator().waitingPercent(),
        s.contextSwitches().clientVoluntaryPerSecond(),
        s.contextSwitches().clientInvoluntaryPerSecond(),
        s.contextSwitches().targetVoluntaryPerSecond(),
        s.contextSwitches().targetInvoluntaryPerSecond(),
        s.connectFailures().total(),
        s.perConnection().targetMemoryBytes(),
        s.troubles().lostCount(),
        s.troubles().protocolErrorCount(),
        s.fates().oldestWaitingMicros(),
        s.generator().sendLagMachineMicros());
  }

  /**
   * A latency cell: empty, not 0, for an interval in which messages waited and none was answered
   * (its oldest_waiting_us says for how long).
   */
  private static String percentile(Sample s, long micros) {
    return s.unanswered() ? "" : Long.toString(micros);
  }
}
