package wsarena.metrics;

import org.HdrHistogram.Histogram;
import org.HdrHistogram.WriterReaderPhaser;

/**
 * One load-generator worker's figures for the current interval: latencies, counters and the fates
 * of messages, swapped out together so that one sample's counts and percentiles describe exactly
 * the same messages.
 *
 * <p>The worker's thread writes ({@link #received}, {@link #sent}, ...); the sampling thread calls
 * {@link #swap()}. As in HdrHistogram's {@code Recorder}, a {@link WriterReaderPhaser} makes the
 * swap wait-free for the writer: it never blocks, the reader waits for writes in flight. Every
 * write must come from the one worker thread that owns this recorder.
 *
 * <p>Each fate and latency is recorded twice over: once for the interval it happened in (the live
 * charts), and once more, flagged {@code measured}, when the message was intended inside the
 * measured window. A message intended in the last second of measuring is often answered, or given
 * up on, after it; it still belongs to the result, so the result counts by intended time.
 *
 * <pre>{@code
 * recorder.intended(true);                         // worker thread: a message came due
 * recorder.received(latencyMicros, 64, true);       // ... and its answer came
 * IntervalRecorder.Interval i = recorder.swap();     // sampling thread; valid until the next swap
 * }</pre>
 */
public final class IntervalRecorder {
  /** One hour in microseconds: anything slower is clamped (and the run is broken anyway). */
  public static final long HIGHEST_TRACKABLE_MICROS = 3_600_000_000L;

  public static final int SIGNIFICANT_DIGITS = 3;

  /** The fates counted in one interval; mutable, for the worker's thread only. */
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

  /** One interval's figures; read them only between {@link #swap()} calls. */
  public static final class Interval {
    private final Histogram latency = newHistogram();
    private final Histogram measuredLatency = newHistogram();
    /** Handshakes and pongs: no intended send time, so they count in the phase they end in. */
    private final Histogram phaseTimed = newHistogram();
    private final Histogram sendLag = newHistogram();
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

    private void reset() {
      latency.reset();
      measuredLatency.reset();
      phaseTimed.reset();
      sendLag.reset();
      fates.reset();
      measuredFates.reset();
      sent = received = errors = bytesSent = bytesReceived = handshakes = timedOutUnsent = 0;
      java.util.Arrays.fill(connectFailures, 0);
      java.util.Arrays.fill(lost, 0);
      java.util.Arrays.fill(protocolErrors, 0);
    }

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

  private final WriterReaderPhaser phaser = new WriterReaderPhaser();
  private volatile Interval active = new Interval();
  private Interval inactive = new Interval();

  /** A message came due (open loop) or went out (closed loop): one more that needs a fate. */
  public void intended(boolean measured) {
    long c = phaser.writerCriticalSectionEnter();
    try {
      Interval a = active;
      a.fates.intended++;
      if (measured) {
        a.measuredFates.intended++;
      }
    } finally {
      phaser.writerCriticalSectionExit(c);
    }
  }

  /** Written by the worker's thread, read by the sampler's: the last value wins. */
  private volatile long oldestWaitingMicros;

  /**
   * An echo or a broadcast delivery arrived {@code latencyMicros} after its intended send time.
   *
   * @param measured its message was intended inside the measured window
   */
  public void received(long latencyMicros, int bytes, boolean measured) {
    long c = phaser.writerCriticalSectionEnter();
    try {
      Interval a = active;
      long value = Math.clamp(latencyMicros, 1, HIGHEST_TRACKABLE_MICROS);
      a.latency.recordValue(value);
      if (measured) {
        a.measuredLatency.recordValue(value);
      }
      a.received++;
      a.bytesReceived += bytes;
    } finally {
      phaser.writerCriticalSectionExit(c);
    }
  }

  /** A message's answer came: its fate is answered (an echo, or a publisher's own copy). */
  public void answered(boolean measured) {
    long c = phaser.writerCriticalSectionEnter();
    try {
      Interval a = active;
      a.fates.answered++;
      if (measured) {
        a.measuredFates.answered++;
      }
    } finally {
      phaser.writerCriticalSectionExit(c);
    }
  }

  /**
   * A message was given up on {@code latencyMicros} after its intended send time, and that latency
   * is recorded: a server that stops answering shows in the tail.
   *
   * @param wasSent false when it never left the generator (it waited in the backlog too long)
   */
  public void timedOut(long latencyMicros, boolean wasSent, boolean measured) {
    long c = phaser.writerCriticalSectionEnter();
    try {
      Interval a = active;
      long value = Math.clamp(latencyMicros, 1, HIGHEST_TRACKABLE_MICROS);
      a.latency.recordValue(value);
      a.fates.timedOut++;
      if (!wasSent) {
        a.timedOutUnsent++;
      }
      if (measured) {
        a.measuredLatency.recordValue(value);
        a.measuredFates.timedOut++;
      }
    } finally {
      phaser.writerCriticalSectionExit(c);
    }
  }

  /**
   * A message was given up on because a wrong answer came for it: timed out (no right answer),
   * with no latency recorded, since what came back is not an answer to time.
   */
  public void wronglyAnswered(boolean measured) {
    long c = phaser.writerCriticalSectionEnter();
    try {
      Interval a = active;
      a.fates.timedOut++;
      if (measured) {
        a.measuredFates.timedOut++;
      }
    } finally {
      phaser.writerCriticalSectionExit(c);
    }
  }

  /**
   * At {@code nowNanos} the oldest message without a fate (due and not sent, or sent and
   * unanswered) was intended at {@code oldestIntendedNanos}, {@link Long#MAX_VALUE} when there was
   * none. The worker says so each time it looks for messages to give up on; the sampler reads the
   * last word, so a stall shows as the age of what waits, never as no latency at all.
   */
  public void waiting(long nowNanos, long oldestIntendedNanos) {
    oldestWaitingMicros = oldestIntendedNanos == Long.MAX_VALUE ? 0 : Math.max(0, (nowNanos - oldestIntendedNanos) / 1000);
  }

  /** The age of the oldest message without a fate when the worker last looked, in µs; 0 when none. */
  public long oldestWaitingMicros() {
    return oldestWaitingMicros;
  }

  /** A message could not go: the run ended, or its connection was lost or not open. */
  public void notSent(boolean measured) {
    long c = phaser.writerCriticalSectionEnter();
    try {
      Interval a = active;
      a.fates.notSent++;
      if (measured) {
        a.measuredFates.notSent++;
      }
    } finally {
      phaser.writerCriticalSectionExit(c);
    }
  }

  /** A message was still unanswered when the user stopped the run. */
  public void inFlightAtStop(boolean measured) {
    long c = phaser.writerCriticalSectionEnter();
    try {
      Interval a = active;
      a.fates.inFlightAtStop++;
      if (measured) {
        a.measuredFates.inFlightAtStop++;
      }
    } finally {
      phaser.writerCriticalSectionExit(c);
    }
  }

  public void sent(int bytes) {
    long c = phaser.writerCriticalSectionEnter();
    try {
      Interval a = active;
      a.sent++;
      a.bytesSent += bytes;
    } finally {
      phaser.writerCriticalSectionExit(c);
    }
  }

  /** Something the server sent was wrong: counted by kind, and as an error. */
  public void protocolError(ProtocolError kind) {
    long c = phaser.writerCriticalSectionEnter();
    try {
      Interval a = active;
      a.protocolErrors[kind.ordinal()]++;
      a.errors++;
    } finally {
      phaser.writerCriticalSectionExit(c);
    }
  }

  /** An open connection ended while the run still wanted it, for {@code cause}. */
  public void connectionLost(ConnectionLoss cause) {
    long c = phaser.writerCriticalSectionEnter();
    try {
      active.lost[cause.ordinal()]++;
    } finally {
      phaser.writerCriticalSectionExit(c);
    }
  }

  public void handshake() {
    long c = phaser.writerCriticalSectionEnter();
    try {
      active.handshakes++;
    } finally {
      phaser.writerCriticalSectionExit(c);
    }
  }

  /**
   * A storm's handshake completed {@code latencyMicros} after its TCP connect started (or was
   * due): for a storm the handshake is what is timed, so its latency is the interval's latency.
   */
  public void handshake(long latencyMicros) {
    long c = phaser.writerCriticalSectionEnter();
    try {
      Interval a = active;
      long value = Math.clamp(latencyMicros, 1, HIGHEST_TRACKABLE_MICROS);
      a.latency.recordValue(value);
      a.phaseTimed.recordValue(value);
      a.handshakes++;
    } finally {
      phaser.writerCriticalSectionExit(c);
    }
  }

  /**
   * An idle connection's pong came {@code latencyMicros} after its ping: not a scheduled message
   * (it has no fate), timed by the interval it arrives in.
   */
  public void received(long latencyMicros, int bytes) {
    long c = phaser.writerCriticalSectionEnter();
    try {
      Interval a = active;
      long value = Math.clamp(latencyMicros, 1, HIGHEST_TRACKABLE_MICROS);
      a.latency.recordValue(value);
      a.phaseTimed.recordValue(value);
      a.received++;
      a.bytesReceived += bytes;
    } finally {
      phaser.writerCriticalSectionExit(c);
    }
  }

  /** A connection attempt failed: counted by cause, and as an error. */
  public void connectFailed(ConnectFailure cause) {
    long c = phaser.writerCriticalSectionEnter();
    try {
      Interval a = active;
      a.connectFailures[cause.ordinal()]++;
      a.errors++;
    } finally {
      phaser.writerCriticalSectionExit(c);
    }
  }

  /** How late one open-loop message came due at the generator: its own delay, not the target's. */
  public void sendLag(long lagNanos) {
    long c = phaser.writerCriticalSectionEnter();
    try {
      active.sendLag.recordValue(Math.clamp(lagNanos / 1000, 0, HIGHEST_TRACKABLE_MICROS));
    } finally {
      phaser.writerCriticalSectionExit(c);
    }
  }

  /** Ends the interval and returns its figures, valid until the next call. */
  public Interval swap() {
    phaser.readerLock();
    try {
      inactive.reset();
      Interval ended = active;
      active = inactive;
      inactive = ended;
      phaser.flipPhase();
      return ended;
    } finally {
      phaser.readerUnlock();
    }
  }

  /** A fresh histogram with the settings every wsarena latency histogram uses. */
  public static Histogram newHistogram() {
    return new Histogram(1, HIGHEST_TRACKABLE_MICROS, SIGNIFICANT_DIGITS);
  }
}
