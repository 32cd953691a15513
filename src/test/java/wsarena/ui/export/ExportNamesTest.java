package wsarena.ui.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class ExportNamesTest {
  private final LocalDateTime time = LocalDateTime.of(2026, 11, 3, 14, 22, 33);

  @Test
  void namesCarryTargetModelChartAndTime() {
    assertThat(ExportNames.png("undertow-event-loop", "latency", time))
        .isEqualTo("wsarena-undertow-event-loop-latency-20261103-142233.png");
    assertThat(ExportNames.png("undertow-event-loop", null, time))
        .isEqualTo("wsarena-undertow-event-loop-20261103-142233.png");
    assertThat(ExportNames.base("netty-multi-reactor", time)).isEqualTo("wsarena-netty-multi-reactor-20261103-142233");
  }

  @Test
  void unsafeCharactersBecomeDashes() {
    assertThat(ExportNames.safe("ws://host:80/echo")).isEqualTo("ws-host-80-echo");
    assertThat(ExportNames.safe("  ")).isEqualTo("run");
  }
}
