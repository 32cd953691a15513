package wsarena.ui.run;

import wsarena.testsupport.Samples;
import static org.assertj.core.api.Assertions.assertThat;

import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;
import wsarena.metrics.Phase;
import wsarena.metrics.Sample;

class FxSampleQueueTest {
  private final FxSampleQueue queue = new FxSampleQueue();

  @Test
  void eventsComeOutInTheOrderTheRunReportedThem() {
    queue.on(new wsarena.run.RunEvent.PhaseChanged(Phase.MEASURING));
    queue.on(new wsarena.run.RunEvent.SampleTaken(Samples.quiet(1000, Phase.MEASURING), new Histogram(3), new Histogram(3)));
    queue.on(new wsarena.run.RunEvent.Warned("load generator bound"));

    assertThat(queue.drain())
        .extracting(e -> e.getClass().getSimpleName())
        .containsExactly("PhaseChanged", "SampleArrived", "Warned");
    assertThat(queue.drain()).isEmpty();
  }

  @Test
  void theDistributionIsTakenWhileTheHistogramIsValid() {
    Histogram soFar = new Histogram(3_600_000_000L, 3);
    for (int i = 1; i <= 1000; i++) {
      soFar.recordValue(i);
    }

    queue.on(new wsarena.run.RunEvent.SampleTaken(Samples.quiet(1000, Phase.MEASURING), new Histogram(3), soFar));
    soFar.reset(); // the core recycles it after the call

    RunUpdate.SampleArrived arrived = (RunUpdate.SampleArrived) queue.drain().getFirst();
    assertThat(arrived.distribution()).isNotEmpty();
    assertThat(arrived.distribution().getLast().latencyMicros()).isEqualTo(1000);
  }
}
