package wsarena.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;

class PercentileCurveTest {

  @Test
  void risesToTheMaximumWithPercentilesInOrder() {
    Histogram h = IntervalRecorder.newHistogram();
    for (int v = 1; v <= 10_000; v++) {
      h.recordValue(v);
    }
    List<PercentileCurve.Point> curve = PercentileCurve.of(h);

    assertThat(curve).hasSizeGreaterThan(20);
    assertThat(curve.getFirst().percentile()).isZero();
    assertThat(curve.getLast().latencyMicros()).isEqualTo(h.getMaxValue());
    for (int i = 1; i < curve.size(); i++) {
      assertThat(curve.get(i).percentile()).isGreaterThanOrEqualTo(curve.get(i - 1).percentile());
      assertThat(curve.get(i).latencyMicros()).isGreaterThanOrEqualTo(curve.get(i - 1).latencyMicros());
    }
    PercentileCurve.Point p99 = curve.stream().filter(p -> p.percentile() >= 99).findFirst().orElseThrow();
    assertThat(p99.latencyMicros()).isBetween(9_850L, 9_960L);
    assertThat(p99.inverseTail()).isGreaterThanOrEqualTo(100);
  }

  @Test
  void anEmptyHistogramHasNoCurve() {
    assertThat(PercentileCurve.of(IntervalRecorder.newHistogram())).isEmpty();
  }
}
