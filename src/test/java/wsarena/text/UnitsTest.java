package wsarena.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class UnitsTest {
  @Test
  void latenciesPickAReadableUnit() {
    assertThat(Units.latency(850)).isEqualTo("850 µs");
    assertThat(Units.latency(1240)).isEqualTo("1.24 ms");
    assertThat(Units.latency(23_456)).isEqualTo("23.5 ms");
    assertThat(Units.latency(450_000)).isEqualTo("450 ms");
    assertThat(Units.latency(2_500_000)).isEqualTo("2.50 s");
  }

  @Test
  void aTableCellKeepsItsColumnsUnitWhereAReadoutPicksOne() {
    // the same figures, written for a column headed "p99 ms" / "msgs/s" / "target RSS", and alone
    assertThat(Units.millis(850)).isEqualTo("0.850");
    assertThat(Units.latency(850)).isEqualTo("850 µs");
    assertThat(Units.millis(23_456)).isEqualTo("23.46");
    assertThat(Units.whole(81_234)).isEqualTo("81,234");
    assertThat(Units.compact(81_234)).isEqualTo("81.2k");
    assertThat(Units.perSecond(81_234)).isEqualTo("81.2k/s");
    assertThat(Units.mebibytes(3L << 29)).isEqualTo("1536 MiB");
    assertThat(Units.bytes(3L << 29)).isEqualTo("1.5 GiB");
    assertThat(Units.microsPerMessage(16.14)).isEqualTo("16.1");
    assertThat(Units.micros(16.14)).isEqualTo("16.1 µs");
  }

  @Test
  void aListOfNamesIsShortenedToItsFirstOnesAndACount() {
    java.util.List<String> names = java.util.List.of("undertow-event-loop", "netty-event-loop", "jetty-virtual-threads", "tornado");
    assertThat(Units.firstOf(names, 4)).isEqualTo("undertow-event-loop, netty-event-loop, jetty-virtual-threads, tornado");
    assertThat(Units.firstOf(names, 2)).isEqualTo("undertow-event-loop, netty-event-loop and 2 more");
    assertThat(Units.firstOf(names, 0)).isEqualTo("undertow-event-loop and 3 more");
  }

  @Test
  void countsAreShortened() {
    assertThat(Units.compact(950)).isEqualTo("950");
    assertThat(Units.compact(12_345)).isEqualTo("12.3k");
    assertThat(Units.compact(1_250_000)).isEqualTo("1.25M");
  }

  @Test
  void anUnmeasuredFigureReadsTheSameInEveryFront() {
    assertThat(Units.percent(-1)).isEqualTo("n/a");
    assertThat(Units.bytes(-1)).isEqualTo("n/a");
    assertThat(Units.mebibytes(-1)).isEqualTo("n/a");
    assertThat(Units.latency(-1)).isEqualTo("n/a");
    assertThat(Units.micros(-1)).isEqualTo("n/a");
    assertThat(Units.microsPerMessage(-1)).isEqualTo("n/a");
  }

  @Test
  void bytesUseBinaryUnits() {
    assertThat(Units.bytes(300L << 20)).isEqualTo("300 MiB");
    assertThat(Units.bytes(24L << 30)).isEqualTo("24 GiB");
    assertThat(Units.bytes(3L << 29)).isEqualTo("1.5 GiB");
  }

  @Test
  void oneOfAThingIsSingular() {
    assertThat(Units.plural(1, "thread")).isEqualTo("1 thread");
    assertThat(Units.plural(2, "thread")).isEqualTo("2 threads");
    assertThat(Units.plural(0, "target")).isEqualTo("0 targets");
    assertThat(Units.plural(1000, "connection")).isEqualTo("1,000 connections");
  }

  @Test
  void durationsForFieldsReadBackAsTyped() {
    assertThat(Units.durationField(Duration.ofSeconds(10))).isEqualTo("10s");
    assertThat(Units.durationField(Duration.ofMillis(500))).isEqualTo("500ms");
    assertThat(Units.durationField(Duration.ofMinutes(2))).isEqualTo("2m");
  }
}
