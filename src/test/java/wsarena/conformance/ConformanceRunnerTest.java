package wsarena.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;
import wsarena.scenario.ThreadingModel;
import wsarena.scenario.Isolation;
import wsarena.scenario.TargetSpec;

class ConformanceRunnerTest {

  @Test
  void everyTargetGetsAUniqueLabelForItsReportFolder() {
    List<String> labels =
        ConformanceRunner.labels(List.of(
            TargetSpec.Embedded.of("netty", ThreadingModel.EVENT_LOOP, Isolation.IN_PROCESS),
            TargetSpec.Embedded.of("netty", ThreadingModel.EVENT_LOOP, Isolation.PROCESS),
            TargetSpec.External.of(URI.create("ws://127.0.0.1:9001/echo")),
            TargetSpec.External.of(URI.create("ws://127.0.0.1:9001/other")),
            new TargetSpec.Peer("tornado")));

    assertThat(labels).containsExactly("netty-event-loop", "netty-event-loop-2", "127.0.0.1-9001", "127.0.0.1-9001-2", "tornado");
  }
}
