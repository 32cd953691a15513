package wsarena.metrics;

import java.util.Arrays;
import org.HdrHistogram.Histogram;

/**
 * What one load-generator worker counted in one interval, and the rules it counts by: latencies,
 * the fates of messages, messages and bytes, handshakes and troubles by cause.
 *
 * <p>The rules: every fate and latency is counted for the interval it happened in (the live
 * charts), and counted once more, as {@code measured}, when its message was intended inside the
 * measured window: a message intended in the last second of measuring is often answered, or given
 * up on, after it, yet belongs to the result, which counts by intended time. A latency outside
 * what a histogram tracks is clamped into it, so nothing is lost.
 *
 * <p>Not thread-safe: {@link IntervalRecorder} lets its worker write one while the sampler reads the
 * other, and swaps them. Read one only between two {@link IntervalRecorder#swap()} calls.
 */
public final class IntervalFigures {
  /** The fates counted in one interval. */
  private static final class FateTally {
    long intended;
    long answered;
    long timedOut;
    long notSent;
    long inFlightAtStop;

    void reset() {
      intended = answered = timedOut = notSent = inFlightAtStop = 0;
    }

    Fates snapshot() {
      return new Fates(intended, answered, timedOut, notSent, inFlightAtStop);
    }
  }

  private final Histogram latency = IntervalRecorder.newHistogram();
  private final Histogram measuredLatency = IntervalRecorder.newHistogram();
  /** Handshakes and pongs: no intended send time, so they count in the phase they end in. */
  private final Histogram phaseTimed = IntervalRecorder.newHistogram();
  private final Histogram sendLag = IntervalRecorder.newHistogram();
  /** Each message's send lag less the time its thread waited for a core meanwhile. */
  private final Histogram ownSendLag = IntervalRecorder.newHistogram();
  private final FateTally fates = new FateTally();
  private final FateTally measuredFates = new FateTally();
  private long sent;
  private long received;
  private long errors;
  private long bytesSent;
  private long bytesReceived;
  private long handshakes;
  private long timedOutUnsent;
  private final long[] connectFailures = new long[ConnectFailure.values().length];
  private final long[] lost = new long[ConnectionLoss.values().length];
  private final long[] protocolErrors = new long[ProtocolError.values().length];

  IntervalFigures() {}

  void reset() {
    latency.reset();
    measuredLatency.reset();
    phaseTimed.reset();
    sendLag.reset();
    ownSendLag.reset();
    fates.reset();
    measuredFates.reset();
    sent = received = errors = bytesSent = bytesReceived = handshakes = timedOutUnsent = 0;
    Arrays.fill(connectFailures, 0);
    Arrays.fill(lost, 0);
    Arrays.fill(protocolErrors, 0);
  }

  // --- counting, by the worker's thread (see IntervalRecorder for what each event means) ---

  void intended(boolean measured) {
    fates.intended++;
    if (measured) {
      measuredFates.intended++;
    }
  }

  void received(long latencyMicros, int bytes, boolean measured) {
    long value = clamp(latencyMicros);
    latency.recordValue(value);
    if (measured) {
      measuredLatency.recordValue(value);
    }
    received++;
    bytesReceived += bytes;
  }

  void answered(boolean measured) {
    fates.answered++;
    if (measured) {
      measuredFates.answered++;
    }
  }

  void timedOut(long latencyMicros, boolean wasSent, boolean measured) {
    long value = clamp(latencyMicros);
    latency.recordValue(value);
    fates.timedOut++;
    if (!wasSent) {
      timedOutUnsent++;
    }
    if (measured) {
      measuredLatency.recordValue(value);
      measuredFates.timedOut++;
    }
  }

  void wronglyAnswered(boolean measured) {
    fates.timedOut++;
    if (measured) {
      measuredFates.timedOut++;
    }
  }

  void notSent(boolean measured) {
    fates.notSent++;
    if (measured) {
      measuredFates.notSent++;
    }
  }

  void inFlightAtStop(boolean measured) {
    fates.inFlightAtStop++;
    if (measured) {
      measuredFates.inFlightAtStop++;
    }
  }

  void sent(int bytes) {
    sent++;
    bytesSent += bytes;
  }

  void protocolError(ProtocolError kind) {
    protocolErrors[kind.ordinal()]++;
    errors++;
  }

  void connectionLost(ConnectionLoss cause) {
    lost[cause.ordinal()]++;
  }

  void connectFailed(ConnectFailure cause) {
    connectFailures[cause.ordinal()]++;
    errors++;
  }

  void handshake() {
    handshakes++;
  }

  /** Timed by the interval it ends in: a storm's handshake, an idle connection's pong. */
  void phaseTimed(long latencyMicros) {
    long value = clamp(latencyMicros);
    latency.recordValue(value);
    phaseTimed.recordValue(value);
  }

  void pong(long latencyMicros, int bytes) {
    phaseTimed(latencyMicros);
    received++;
    bytesReceived += bytes;
  }

  void sendLag(long lagNanos, long waitingNanos) {
    sendLag.recordValue(Math.clamp(lagNanos / 1000, 0, IntervalRecorder.HIGHEST_TRACKABLE_MICROS));
    ownSendLag.recordValue(Math.clamp((lagNanos - waitingNanos) / 1000, 0, IntervalRecorder.HIGHEST_TRACKABLE_MICROS));
  }

  private static long clamp(long latencyMicros) {
    return Math.clamp(latencyMicros, 1, IntervalRecorder.HIGHEST_TRACKABLE_MICROS);
  }

  // --- reading, by the sampler's thread after a swap ---

  /** Connections lost and protocol errors in this interval, by cause. */
  public Troubles troubles() {
    return Troubles.of(lost, protocolErrors);
  }

  /** Connection attempts that failed in this interval, by cause. */
  public FailuresByCause connectFailures() {
    return FailuresByCause.of(connectFailures);
  }

  /** The part of {@link #latency()} timed by the interval it ended in (handshakes, pongs). */
  public Histogram phaseTimed() {
    return phaseTimed;
  }

  /** Latencies of the answers and give-ups in this interval, in microseconds. */
  public Histogram latency() {
    return latency;
  }

  /** The part of {@link #latency()} whose messages were intended inside the measured window. */
  public Histogram measuredLatency() {
    return measuredLatency;
  }

  /** How late each open-loop message came due at the generator, in microseconds. */
  public Histogram sendLag() {
    return sendLag;
  }

  /**
   * The generator's own part of each message's send lag, in microseconds: its lag less the time
   * the machine held its thread off its core meanwhile.
   */
  public Histogram ownSendLag() {
    return ownSendLag;
  }

  /** The fates that were decided in this interval, and the messages that came due in it. */
  public Fates fates() {
    return fates.snapshot();
  }

  /** The same, for messages intended inside the measured window only. */
  public Fates measuredFates() {
    return measuredFates.snapshot();
  }

  /** Messages given up on before they could even be sent (part of the timed out). */
  public long timedOutUnsent() {
    return timedOutUnsent;
  }

  public long sent() {
    return sent;
  }

  public long received() {
    return received;
  }

  public long errors() {
    return errors;
  }

  public long bytesSent() {
    return bytesSent;
  }

  public long bytesReceived() {
    return bytesReceived;
  }

  public long handshakes() {
    return handshakes;
  }
}
