package wsarena.ui;

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
    assertThat(Units.latency(-1)).isEqualTo("–");
  }

  @Test
  void countsAreShortened() {
    assertThat(Units.count(950)).isEqualTo("950");
    assertThat(Units.count(12_345)).isEqualTo("12.3k");
    assertThat(Units.count(81_234)).isEqualTo("81.2k");
    assertThat(Units.count(1_250_000)).isEqualTo("1.25M");
    assertThat(Units.perSecond(81_234)).isEqualTo("81.2k/s");
  }

  @Test
  void unknownFiguresShowADash() {
    assertThat(Units.percent(-1)).isEqualTo("–");
    assertThat(Units.bytes(-1)).isEqualTo("–");
  }

  @Test
  void bytesUseBinaryUnits() {
    assertThat(Units.bytes(300L << 20)).isEqualTo("300 MiB");
    assertThat(Units.bytes(24L << 30)).isEqualTo("24 GiB");
    assertThat(Units.bytes(3L << 29)).isEqualTo("1.5 GiB");
  }

  @Test
  void durationsForFieldsReadBackAsTyped() {
    assertThat(Units.durationField(Duration.ofSeconds(10))).isEqualTo("10s");
    assertThat(Units.durationField(Duration.ofMillis(500))).isEqualTo("500ms");
    assertThat(Units.durationField(Duration.ofMinutes(2))).isEqualTo("2m");
  }
}
