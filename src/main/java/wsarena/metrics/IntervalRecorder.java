package wsarena.metrics;

import org.HdrHistogram.Histogram;
import org.HdrHistogram.WriterReaderPhaser;

/**
 * One load-generator worker's figures for the current interval: latencies and counters, swapped
 * out together so that one sample's counts and percentiles describe exactly the same messages.
 *
 * <p>The worker's thread writes ({@link #received}, {@link #sent}, ...); the sampling thread calls
 * {@link #swap()}. As in HdrHistogram's {@code Recorder}, a {@link WriterReaderPhaser} makes the
 * swap wait-free for the writer: it never blocks, the reader waits for writes in flight. Every
 * write must come from the one worker thread that owns this recorder.
 *
 * <pre>{@code
 * recorder.received(latencyMicros, 64);         // worker thread
 * IntervalRecorder.Interval i = recorder.swap(); // sampling thread; valid until the next swap
 * }</pre>
 */
public final class IntervalRecorder {
  /** One hour in microseconds: anything slower is clamped (and the run is broken anyway). */
  public static final long HIGHEST_TRACKABLE_MICROS = 3_600_000_000L;

  public static final int SIGNIFICANT_DIGITS = 3;

  /** One interval's figures; read them only between {@link #swap()} calls. */
  public static final class Interval {
    private final Histogram latency = newHistogram();
    private long sent;
    private long received;
    private long errors;
    private long bytesSent;
    private long bytesReceived;
    private long handshakes;
    private long worstSendLagNanos;
    private final long[] connectFailures = new long[ConnectFailure.values().length];

    private void reset() {
      latency.reset();
      sent = received = errors = bytesSent = bytesReceived = handshakes = worstSendLagNanos = 0;
      java.util.Arrays.fill(connectFailures, 0);
    }

    /** Connection attempts that failed in this interval, by cause. */
    public FailuresByCause connectFailures() {
      return FailuresByCause.of(connectFailures);
    }

    public Histogram latency() {
      return latency;
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

    public long worstSendLagNanos() {
      return worstSendLagNanos;
    }
  }

  private final WriterReaderPhaser phaser = new WriterReaderPhaser();
  private volatile Interval active = new Interval();
  private Interval inactive = new Interval();

  /** An answer arrived {@code latencyMicros} after its intended send time. */
  public void received(long latencyMicros, int bytes) {
    long c = phaser.writerCriticalSectionEnter();
    try {
      Interval a = active;
      a.latency.recordValue(Math.clamp(latencyMicros, 1, HIGHEST_TRACKABLE_MICROS));
      a.received++;
      a.bytesReceived += bytes;
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

  /** A wrong, unanswerable or unsendable message. */
  public void error() {
    long c = phaser.writerCriticalSectionEnter();
    try {
      active.errors++;
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
      a.latency.recordValue(Math.clamp(latencyMicros, 1, HIGHEST_TRACKABLE_MICROS));
      a.handshakes++;
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

  /** How late an open-loop message went out against its schedule. */
  public void sendLag(long lagNanos) {
    long c = phaser.writerCriticalSectionEnter();
    try {
      Interval a = active;
      if (lagNanos > a.worstSendLagNanos) {
        a.worstSendLagNanos = lagNanos;
      }
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
