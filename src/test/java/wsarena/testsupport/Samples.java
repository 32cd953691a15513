package wsarena.testsupport;

import wsarena.metrics.Phase;
import wsarena.metrics.Sample;
import wsarena.metrics.Troubles;
import wsarena.metrics.FailuresByCause;

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
        new Sample.Resources(0, 0, 0, 0, 0, -1),
        new Sample.GeneratorLoad(0, 0, 0, 0, 0), Sample.FateCounts.NONE, Sample.ContextSwitches.UNKNOWN, FailuresByCause.NONE, Sample.PerConnection.UNKNOWN, Troubles.NONE);
  }

  /**
   * A measured interval of 10 connections and 100 echoes at p99 {@code p99Micros}, the generator
   * as busy (of which {@code waitingPercent} waiting for a core) and as late at p99 as given, none
   * of its lag the machine's.
   */
  public static Sample generator(double busyPercent, double waitingPercent, long sendLagP99Micros, long p99Micros) {
    return generator(busyPercent, waitingPercent, sendLagP99Micros, 0, p99Micros);
  }

  /**
   * As {@link #generator(double, double, long, long)}, {@code sendLagMachineMicros} of the lag's
   * p99 the machine's (the generator's thread held off its core).
   */
  public static Sample generator(
      double busyPercent, double waitingPercent, long sendLagP99Micros, long sendLagMachineMicros, long p99Micros) {
    return new Sample(
        1000,
        1000,
        Phase.MEASURING,
        new Sample.Connections(10, 0, 0, 0),
        new Sample.Counts(100, 100, 0, 6400, 6400),
        new Sample.Latency(p99Micros / 3, p99Micros / 2, p99Micros, p99Micros, p99Micros),
        new Sample.Resources(50, 40, 1, 1, 1, -1),
        new Sample.GeneratorLoad(busyPercent, sendLagP99Micros * 2, sendLagP99Micros, waitingPercent, sendLagMachineMicros),
        new Sample.FateCounts(100, 100, 0, 0, 0, 0, 0, 0), Sample.ContextSwitches.UNKNOWN, FailuresByCause.NONE, Sample.PerConnection.UNKNOWN, Troubles.NONE);
  }

  /** {@link #distinct()} with fates and a lag p99, all different from its other figures. */
  public static Sample distinctWithFates() {
    Sample s = distinct();
    return new Sample(
        s.elapsedMillis(), s.intervalMillis(), s.phase(), s.connections(), s.counts(), s.latency(), s.resources(),
        new Sample.GeneratorLoad(40, 12, 7, 3.5, 2),
        new Sample.FateCounts(8200, 7990, 6, 8, 0, 170, 26, 0), Sample.ContextSwitches.UNKNOWN, FailuresByCause.NONE, Sample.PerConnection.UNKNOWN, Troubles.NONE);
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
        new Sample.Resources(55.5, -1, 83886080, 314572800, -1, -1),
        new Sample.GeneratorLoad(40, 12, 0, 0, 0), Sample.FateCounts.NONE, Sample.ContextSwitches.UNKNOWN, FailuresByCause.NONE, Sample.PerConnection.UNKNOWN, Troubles.NONE);
  }
}
