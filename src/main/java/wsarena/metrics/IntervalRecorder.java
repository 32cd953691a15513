package wsarena.metrics;

import java.util.concurrent.atomic.AtomicLong;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.SingleWriterRecorder;

/**
 * One load-generator worker's figures: its latency recorder and its counters.
 *
 * <p>Latency is recorded by the worker's own thread only ({@link SingleWriterRecorder}: wait-free,
 * one writer), so nothing is shared on the hot path; the sampler swaps the interval histogram out
 * without stalling the worker. Counters are cumulative; the sampler takes differences.
 *
 * <pre>{@code
 * recorder.recordLatencyMicros(micros);        // worker thread
 * Histogram h = recorder.intervalHistogram(h); // sampling thread, recycles h
 * }</pre>
 */
public final class IntervalRecorder {
  /** One hour in microseconds: anything slower is clamped (and the run is broken anyway). */
  public static final long HIGHEST_TRACKABLE_MICROS = 3_600_000_000L;

  public static final int SIGNIFICANT_DIGITS = 3;

  private final SingleWriterRecorder latency =
      new SingleWriterRecorder(1, HIGHEST_TRACKABLE_MICROS, SIGNIFICANT_DIGITS);

  public final AtomicLong sent = new AtomicLong();
  public final AtomicLong received = new AtomicLong();
  public final AtomicLong errors = new AtomicLong();
  public final AtomicLong bytesSent = new AtomicLong();
  public final AtomicLong bytesReceived = new AtomicLong();
  public final AtomicLong handshakes = new AtomicLong();

  /** The worst open-loop send lag since the last swap, in nanoseconds. */
  private final AtomicLong worstSendLagNanos = new AtomicLong();

  /** Records one latency; called by the owning worker thread only. */
  public void recordLatencyMicros(long micros) {
    latency.recordValue(Math.clamp(micros, 1, HIGHEST_TRACKABLE_MICROS));
  }

  /** Notes how late the worker sent a message against its open-loop schedule. */
  public void noteSendLagNanos(long lagNanos) {
    worstSendLagNanos.accumulateAndGet(lagNanos, Math::max);
  }

  /** The worst send lag since the previous call, and resets it. */
  public long takeWorstSendLagNanos() {
    return worstSendLagNanos.getAndSet(0);
  }

  /**
   * The latencies recorded since the previous call.
   *
   * @param toRecycle the histogram this method returned last time, or null
   */
  public Histogram intervalHistogram(Histogram toRecycle) {
    return latency.getIntervalHistogram(toRecycle);
  }

  /** A fresh histogram with the settings every wsarena latency histogram uses. */
  public static Histogram newHistogram() {
    return new Histogram(1, HIGHEST_TRACKABLE_MICROS, SIGNIFICANT_DIGITS);
  }
}
