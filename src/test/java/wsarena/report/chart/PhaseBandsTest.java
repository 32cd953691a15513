package wsarena.report.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collection;
import java.util.Objects;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.Marker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.Layer;
import org.junit.jupiter.api.Test;
import wsarena.metrics.Phase;
import wsarena.testsupport.Samples;

class PhaseBandsTest {

  @Test
  void aShortRampAndTheWarmUpAfterItAreNamedOnceTogether() {
    PhaseBands bands = new PhaseBands();
    // intervals of 200 ms (Samples.quiet): a 0.2 s ramp, a 1 s warm-up, then 3 s measured and a tail
    bands.add(Samples.quiet(200, Phase.RAMP));
    for (long t = 400; t <= 1200; t += 200) {
      bands.add(Samples.quiet(t, Phase.WARMUP));
    }
    for (long t = 1400; t <= 4200; t += 200) {
      bands.add(Samples.quiet(t, Phase.MEASURING));
    }
    bands.add(Samples.quiet(4400, Phase.DRAINING));

    XYPlot plot = new XYPlot(null, new NumberAxis(), new NumberAxis(), null);
    bands.shade(plot, true, ChartLook.LIGHT, 12, 0, 4.4);

    Collection<?> markers = plot.getDomainMarkers(Layer.BACKGROUND);
    assertThat(markers).hasSize(3);
    assertThat(markers.stream().map(m -> ((Marker) m).getLabel()).filter(Objects::nonNull))
        .containsExactly("ramp · warm-up");
  }

  @Test
  void aWarmUpAloneIsNamedAloneAndNothingIsNamedOnAPlotThatIsNotTheFirst() {
    PhaseBands bands = new PhaseBands();
    for (long t = 200; t <= 1000; t += 200) {
      bands.add(Samples.quiet(t, Phase.WARMUP));
    }
    for (long t = 1200; t <= 4000; t += 200) {
      bands.add(Samples.quiet(t, Phase.MEASURING));
    }
    XYPlot first = new XYPlot(null, new NumberAxis(), new NumberAxis(), null);
    bands.shade(first, true, ChartLook.LIGHT, 12, 0, 4.0);
    XYPlot second = new XYPlot(null, new NumberAxis(), new NumberAxis(), null);
    bands.shade(second, false, ChartLook.LIGHT, 12, 0, 4.0);

    assertThat(first.getDomainMarkers(Layer.BACKGROUND).stream().map(m -> ((Marker) m).getLabel()))
        .containsExactly("warm-up");
    assertThat(second.getDomainMarkers(Layer.BACKGROUND).stream().map(m -> ((Marker) m).getLabel()))
        .containsOnlyNulls();
  }
}
