package wsarena.ui.run;

import static org.assertj.core.api.Assertions.assertThat;

import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;
import wsarena.metrics.Phase;
import wsarena.metrics.Sample;

class FxSampleQueueTest {
  private final FxSampleQueue queue = new FxSampleQueue();

  private static Sample sample(long elapsedMillis) {
    return new Sample(
        elapsedMillis,
        1000,
        Phase.MEASURING,
        new Sample.Connections(1, 0, 0, 0),
        new Sample.Counts(1, 1, 0, 64, 64),
        new Sample.Latency(1, 1, 1, 1, 1),
        new Sample.Resources(1, 1, 1, 1, 1),
        new Sample.GeneratorLoad(1, 0));
  }

  @Test
  void eventsComeOutInTheOrderTheRunReportedThem() {
    queue.onPhase(Phase.MEASURING);
    queue.onSample(sample(1000), new Histogram(3), new Histogram(3));
    queue.onWarning("load generator bound");

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

    queue.onSample(sample(1000), new Histogram(3), soFar);
    soFar.reset(); // the core recycles it after the call

    RunEvent.SampleArrived arrived = (RunEvent.SampleArrived) queue.drain().getFirst();
    assertThat(arrived.distribution()).isNotEmpty();
    assertThat(arrived.distribution().getLast().latencyMicros()).isEqualTo(1000);
  }
}
