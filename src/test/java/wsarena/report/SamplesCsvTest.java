package wsarena.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import wsarena.metrics.ConnectionLoss;
import wsarena.metrics.FailuresByCause;
import wsarena.metrics.ProtocolError;
import wsarena.metrics.Sample;
import wsarena.metrics.Troubles;
import wsarena.testsupport.Samples;

/** The columns scripts read: their names and order do not change when the sample's shape does. */
class SamplesCsvTest {

  @Test
  void theHeaderNamesEveryColumnInItsOrder() {
    assertThat(SamplesCsv.HEADER)
        .isEqualTo(
            "elapsed_ms,interval_ms,phase,connections_open,connections_connecting,connections_failed,"
                + "handshakes,sent,received,errors,bytes_sent,bytes_received,sent_per_s,received_per_s,"
                + "received_mb_per_s,p50_us,p90_us,p99_us,p999_us,max_us,client_cpu_pct,target_cpu_pct,"
                + "client_heap_bytes,client_rss_bytes,target_rss_bytes,generator_busy_pct,send_lag_us,"
                + "intended,answered,timed_out,not_sent,in_flight_at_stop,backlog,in_flight,send_lag_p99_us,"
                + "generator_waiting_pct,client_voluntary_cs_per_s,client_involuntary_cs_per_s,target_voluntary_cs_per_s,"
                + "target_involuntary_cs_per_s,connect_failures,target_memory_per_connection_bytes,connections_lost,"
                + "protocol_errors,oldest_waiting_us,send_lag_waiting_us");
  }

  @Test
  void eachFigureLandsInItsColumn() {
    Sample d = Samples.distinctWithFates();
    Sample s =
        new Sample(
            d.elapsedMillis(), d.intervalMillis(), d.phase(), d.connections(), d.counts(), d.latency(), d.resources(),
            d.generator(), d.fates(), new Sample.ContextSwitches(310.5, 20, 4100, -1),
            new FailuresByCause(1, 2, 0, 0, 3, 0, 0), new Sample.PerConnection(2_048),
            new Troubles(
                Map.of(ConnectionLoss.SERVER_ERROR, 2L, ConnectionLoss.RESET, 1L), Map.of(ProtocolError.OVERSIZED_FRAME, 4L)));

    assertThat(SamplesCsv.row(s))
        .isEqualTo(
            "3000,500,MEASURING,100,2,3,4,8100,8000,5,518400,512000,16200.0,16000.0,1.024,"
                + "110,190,420,900,1500,55.5,-1.0,83886080,314572800,-1,40.0,12,"
                + "8200,7990,6,8,0,170,26,7,3.5,310.5,20.0,4100.0,-1.0,6,2048,3,4,0,2");
  }

  @Test
  void anIntervalInWhichMessagesWaitedAndNoneWasAnsweredHasNoPercentileButTheAgeOfTheOldest() {
    Sample d = Samples.distinctWithFates();
    Sample silent = new Sample(
        d.elapsedMillis(), d.intervalMillis(), d.phase(), d.connections(), d.counts(), new Sample.Latency(0, 0, 0, 0, 0),
        d.resources(), d.generator(), new Sample.FateCounts(100, 0, 0, 0, 0, 0, 100, 2_250_000), Sample.ContextSwitches.UNKNOWN, FailuresByCause.NONE, Sample.PerConnection.UNKNOWN, Troubles.NONE);

    String[] cells = SamplesCsv.row(silent).split(",", -1);
    java.util.List<String> header = java.util.List.of(SamplesCsv.HEADER.split(","));

    for (String p : java.util.List.of("p50_us", "p90_us", "p99_us", "p999_us", "max_us")) {
      assertThat(cells[header.indexOf(p)]).as(p).isEmpty();
    }
    assertThat(cells[header.indexOf("oldest_waiting_us")]).isEqualTo("2250000");
    assertThat(cells).hasSameSizeAs(header);
  }
}
