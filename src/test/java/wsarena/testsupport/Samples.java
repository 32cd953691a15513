package wsarena.testsupport;

import wsarena.metrics.Phase;
import wsarena.metrics.Sample;

/** Samples built by hand, for tests that need one without a run. */
public final class Samples {
  private Samples() {}

  /** An interval of one second at {@code elapsedMillis} in which nothing happened. */
  public static Sample quiet(long elapsedMillis, Phase phase) {
    return new Sample(
        elapsedMillis,
        1000,
        phase,
        new Sample.Connections(0, 0, 0, 0),
        new Sample.Counts(0, 0, 0, 0, 0),
        new Sample.Latency(0, 0, 0, 0, 0),
        new Sample.Resources(0, 0, 0, 0, 0),
        new Sample.GeneratorLoad(0, 0));
  }

  /** A measured interval of 10 connections and 100 echoes, the generator as busy and late as given. */
  public static Sample generator(double busyPercent, long sendLagMicros) {
    return new Sample(
        1000,
        1000,
        Phase.MEASURING,
        new Sample.Connections(10, 0, 0, 0),
        new Sample.Counts(100, 100, 0, 6400, 6400),
        new Sample.Latency(100, 200, 300, 400, 500),
        new Sample.Resources(50, 40, 1, 1, 1),
        new Sample.GeneratorLoad(busyPercent, sendLagMicros));
  }

  /** A half-second interval whose figures all differ, so a figure in the wrong place shows. */
  public static Sample distinct() {
    return new Sample(
        3000,
        500,
        Phase.MEASURING,
        new Sample.Connections(100, 2, 3, 4),
        new Sample.Counts(8100, 8000, 5, 518400, 512000),
        new Sample.Latency(110, 190, 420, 900, 1500),
        new Sample.Resources(55.5, -1, 83886080, 314572800, -1),
        new Sample.GeneratorLoad(40, 12));
  }
}
