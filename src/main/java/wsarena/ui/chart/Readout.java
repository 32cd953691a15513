package wsarena.ui.chart;

import java.util.List;
import wsarena.metrics.Phase;
import wsarena.metrics.Sample;

/** Which sample a time chart's legend reads out. */
final class Readout {
  private Readout() {}

  /**
   * The newest sample of the batch, except the draining one: that interval is a short tail (tens of
   * milliseconds, only the last answers), so its rates and CPU say little and the legend keeps the
   * last full interval. A run that only drained still shows something.
   *
   * @param current the sample read out so far, or null
   */
  static Sample pick(Sample current, List<Sample> batch) {
    Sample readout = current;
    for (Sample s : batch) {
      if (s.phase() != Phase.DRAINING || readout == null) {
        readout = s;
      }
    }
    return readout;
  }
}
