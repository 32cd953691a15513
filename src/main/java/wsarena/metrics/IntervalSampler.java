package wsarena.metrics;

import java.util.ArrayList;
import java.util.List;
import org.HdrHistogram.Histogram;

/**
 * Turns the workers' recorders into one {@link Sample} per interval.
 *
 * <p>Each call swaps every worker's interval out (latencies and counters together), merges them and
 * reads CPU and memory, so one sample's figures describe the same messages. The run's whole
 * histogram and its fates gather the messages intended inside the measured window, from every
 * interval (their answers may come while draining); the generator's send lag gathers the measured
 * intervals. Not thread-safe: the run's thread calls it.
 *
 * <pre>{@code
 * IntervalSampler s = new IntervalSampler(generator.recorders(), gauge, resources, startNanos);
 * Sample one = s.take(Phase.MEASURING);
 * Histogram all = s.measured();
 * Fates fates = s.measuredFates();
 * }</pre>
 */
public final class IntervalSampler {
  private final List<IntervalRecorder> recorders;
  private final ConnectionGauge gauge;
  private final ResourceSampler resources;
  private final long startNanos;
  private final Histogram interval = IntervalRecorder.newHistogram();
  private final Histogram measured = IntervalRecorder.newHistogram();
  /** The end of the last interval, in whole milliseconds since the start. */
  private long lastElapsedMillis;
  private final Histogram intervalLag = IntervalRecorder.newHistogram();
  private final Histogram intervalOwnLag = IntervalRecorder.newHistogram();
  private final Histogram measuredLag = IntervalRecorder.newHistogram();
  private Fates measuredFates = Fates.NONE;
  /** Every fate so far, all phases, and what it takes to tell the backlog from what is in flight. */
  private Fates allFates = Fates.NONE;
  private long allSent;
  private long allTimedOutUnsent;
  private long memoryBaselineBytes = -1;

  public IntervalSampler(
      List<IntervalRecorder> recorders, ConnectionGauge gauge, ResourceSampler resources, long startNanos) {
    this.recorders = List.copyOf(recorders);
    this.gauge = gauge;
    this.resources = resources;
    this.startNanos = startNanos;
  }

  /**
   * The target's resident memory before its first connection: from now on each sample says what
   * each open connection adds to it.
   */
  public void memoryBaseline(long rssBytes) {
    memoryBaselineBytes = rssBytes;
  }

  /** Ends the current interval, which ran in {@code phase}, and returns its sample. */
  public Sample take(Phase phase) {
    long now = System.nanoTime();
    interval.reset();
    intervalLag.reset();
    intervalOwnLag.reset();
    long handshakes = 0, sent = 0, received = 0, errors = 0, bytesSent = 0, bytesReceived = 0, timedOutUnsent = 0;
    Fates fates = Fates.NONE;
    FailuresByCause connectFailures = FailuresByCause.NONE;
    Troubles troubles = Troubles.NONE;
    long oldestWaitingMicros = 0;
    for (IntervalRecorder r : recorders) {
      oldestWaitingMicros = Math.max(oldestWaitingMicros, r.oldestWaitingMicros());
      IntervalFigures i = r.swap();
      connectFailures = connectFailures.plus(i.connectFailures());
      troubles = troubles.plus(i.troubles());
      interval.add(i.latency());
      measured.add(i.measuredLatency());
      if (phase.measured()) {
        measured.add(i.phaseTimed());
      }
      intervalLag.add(i.sendLag());
      intervalOwnLag.add(i.ownSendLag());
      fates = fates.plus(i.fates());
      measuredFates = measuredFates.plus(i.measuredFates());
      timedOutUnsent += i.timedOutUnsent();
      handshakes += i.handshakes();
      sent += i.sent();
      received += i.received();
      errors += i.errors();
      bytesSent += i.bytesSent();
      bytesReceived += i.bytesReceived();
    }
    if (phase.measured()) {
      measuredLag.add(intervalLag);
    }
    ResourceSampler.Reading reading = resources.sample();
    // Both from the start, in whole milliseconds, so the intervals add up to the elapsed time
    // (cut to a millisecond each, 6,000 intervals of 100 ms lost 3 s).
    long elapsedMillis = (now - startNanos) / 1_000_000;
    long intervalMillis = Math.max(1, elapsedMillis - lastElapsedMillis);
    lastElapsedMillis = elapsedMillis;
    return new Sample(
        elapsedMillis,
        intervalMillis,
        phase,
        new Sample.Connections(gauge.open(), gauge.connecting(), gauge.failed(), handshakes),
        new Sample.Counts(sent, received, errors, bytesSent, bytesReceived),
        Sample.Latency.of(LatencySummary.of(interval)),
        reading.resources(),
        new Sample.GeneratorLoad(
            reading.generatorBusyPercent(),
            intervalLag.getTotalCount() == 0 ? 0 : intervalLag.getMaxValue(),
            p99(intervalLag),
            reading.generatorWaitingPercent(),
            Math.max(0, p99(intervalLag) - p99(intervalOwnLag))),
        fateCounts(fates, sent, timedOutUnsent, oldestWaitingMicros),
        reading.contextSwitches(),
        connectFailures,
        perConnection(reading.resources().targetRssBytes(), gauge.open()),
        troubles);
  }

  private static long p99(Histogram h) {
    return h.getTotalCount() == 0 ? 0 : h.getValueAtPercentile(99);
  }

  private Sample.PerConnection perConnection(long targetRssBytes, int open) {
    if (memoryBaselineBytes < 0 || targetRssBytes < 0 || open <= 0) {
      return Sample.PerConnection.UNKNOWN;
    }
    return new Sample.PerConnection(Math.max(0, (targetRssBytes - memoryBaselineBytes) / open));
  }

  /**
   * This interval's fates, with the backlog and what is in flight at its end: every intended
   * message is sent, or waits, or was given up on or dropped unsent; every sent one is in flight
   * or has its fate. Counted from the totals so far, which swap with the latencies, so the sum
   * holds exactly.
   */
  private Sample.FateCounts fateCounts(Fates fates, long sent, long timedOutUnsent, long oldestWaitingMicros) {
    allFates = allFates.plus(fates);
    allSent += sent;
    allTimedOutUnsent += timedOutUnsent;
    long backlog = allFates.intended() - allSent - allTimedOutUnsent - allFates.notSent();
    long inFlight =
        allSent - allFates.answered() - (allFates.timedOut() - allTimedOutUnsent) - allFates.inFlightAtStop();
    // the workers' last look may predate the end of the interval: once nothing waits, nothing is old
    return new Sample.FateCounts(
        fates.intended(), fates.answered(), fates.timedOut(), fates.notSent(), fates.inFlightAtStop(), backlog, inFlight,
        backlog + inFlight > 0 ? oldestWaitingMicros : 0);
  }

  /** The latencies of the interval {@link #take} just ended; overwritten by the next call. */
  public Histogram lastInterval() {
    return interval;
  }

  /**
   * Every latency so far of the messages intended inside the measured window: answers, and give-ups
   * at their latency so far.
   */
  public Histogram measured() {
    return measured;
  }

  /** The fates so far of the messages intended inside the measured window. */
  public Fates measuredFates() {
    return measuredFates;
  }

  /** How late the generator took up each open-loop message, in the measured intervals, in µs. */
  public Histogram measuredSendLag() {
    return measuredLag;
  }

  /** The samples of the measured phase, in order. */
  public static List<Sample> measuredOnly(List<Sample> samples) {
    List<Sample> out = new ArrayList<>();
    for (Sample s : samples) {
      if (s.phase().measured()) {
        out.add(s);
      }
    }
    return out;
  }
}
