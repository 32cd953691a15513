package wsarena.metrics;

import java.util.ArrayList;
import java.util.List;
import org.HdrHistogram.Histogram;

/**
 * Turns the workers' recorders into one {@link Sample} per interval.
 *
 * <p>Each call swaps every worker's interval out (latencies and counters together), merges them and
 * reads CPU and memory, so one sample's figures describe the same messages. Measured intervals also add to the run's whole histogram. Not thread-safe:
 * the run's thread calls it.
 *
 * <pre>{@code
 * IntervalSampler s = new IntervalSampler(generator.recorders(), gauge, resources, startNanos);
 * Sample one = s.take(Phase.MEASURING);
 * Histogram all = s.measured();
 * }</pre>
 */
public final class IntervalSampler {
  private final List<IntervalRecorder> recorders;
  private final ConnectionGauge gauge;
  private final ResourceSampler resources;
  private final long startNanos;
  private final Histogram interval = IntervalRecorder.newHistogram();
  private final Histogram measured = IntervalRecorder.newHistogram();
  private long lastNanos;
  private long memoryBaselineBytes = -1;

  public IntervalSampler(
      List<IntervalRecorder> recorders, ConnectionGauge gauge, ResourceSampler resources, long startNanos) {
    this.recorders = List.copyOf(recorders);
    this.gauge = gauge;
    this.resources = resources;
    this.startNanos = startNanos;
    this.lastNanos = startNanos;
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
    long handshakes = 0, sent = 0, received = 0, errors = 0, bytesSent = 0, bytesReceived = 0;
    long worstLagNanos = 0;
    FailuresByCause connectFailures = FailuresByCause.NONE;
    for (IntervalRecorder r : recorders) {
      IntervalRecorder.Interval i = r.swap();
      connectFailures = connectFailures.plus(i.connectFailures());
      interval.add(i.latency());
      handshakes += i.handshakes();
      sent += i.sent();
      received += i.received();
      errors += i.errors();
      bytesSent += i.bytesSent();
      bytesReceived += i.bytesReceived();
      worstLagNanos = Math.max(worstLagNanos, i.worstSendLagNanos());
    }
    if (phase.measured()) {
      measured.add(interval);
    }
    ResourceSampler.Reading reading = resources.sample();
    long intervalMillis = Math.max(1, (now - lastNanos) / 1_000_000);
    lastNanos = now;
    return new Sample(
        (now - startNanos) / 1_000_000,
        intervalMillis,
        phase,
        new Sample.Connections(gauge.open(), gauge.connecting(), gauge.failed(), handshakes),
        new Sample.Counts(sent, received, errors, bytesSent, bytesReceived),
        Sample.Latency.of(LatencySummary.of(interval)),
        reading.resources(),
        new Sample.GeneratorLoad(reading.generatorBusyPercent(), worstLagNanos / 1000),
        reading.contextSwitches(),
        connectFailures,
        perConnection(reading.resources().targetRssBytes(), gauge.open()));
  }

  private Sample.PerConnection perConnection(long targetRssBytes, int open) {
    if (memoryBaselineBytes < 0 || targetRssBytes < 0 || open <= 0) {
      return Sample.PerConnection.UNKNOWN;
    }
    return new Sample.PerConnection(Math.max(0, (targetRssBytes - memoryBaselineBytes) / open));
  }

  /** The latencies of the interval {@link #take} just ended; overwritten by the next call. */
  public Histogram lastInterval() {
    return interval;
  }

  /** Every latency of the measured intervals so far. */
  public Histogram measured() {
    return measured;
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
