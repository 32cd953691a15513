package wsarena.metrics;

import org.HdrHistogram.Histogram;
import org.HdrHistogram.WriterReaderPhaser;

/**
 * One load-generator worker's recorder: its thread tells what became of each message and
 * connection, and the sampling thread takes whole intervals of it. {@link IntervalFigures} holds
 * what an interval counted and the rules it counts by; this class keeps two of them and swaps
 * them, so that one sample's counts and percentiles describe exactly the same messages.
 *
 * <p>The worker's thread writes ({@link #received}, {@link #sent}, ...); the sampling thread calls
 * {@link #swap()}. As in HdrHistogram's {@code Recorder}, a {@link WriterReaderPhaser} makes the
 * swap wait-free for the writer: it never blocks, the reader waits for writes in flight. Every
 * write must come from the one worker thread that owns this recorder.
 *
 * <pre>{@code
 * recorder.intended(true);                         // worker thread: a message came due
 * recorder.received(latencyMicros, 64, true);       // ... and its answer came
 * IntervalFigures i = recorder.swap();              // sampling thread; valid until the next swap
 * }</pre>
 */
public final class IntervalRecorder {
  /** One hour in microseconds: anything slower is clamped (and the run is broken anyway). */
  public static final long HIGHEST_TRACKABLE_MICROS = 3_600_000_000L;

  public static final int SIGNIFICANT_DIGITS = 3;

  private final WriterReaderPhaser phaser = new WriterReaderPhaser();
  private volatile IntervalFigures active = new IntervalFigures();
  private IntervalFigures inactive = new IntervalFigures();

  /** A message came due (open loop) or went out (closed loop): one more that needs a fate. */
  public void intended(boolean measured) {
    long c = phaser.writerCriticalSectionEnter();
    try {
      active.intended(measured);
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
      active.received(latencyMicros, bytes, measured);
    } finally {
      phaser.writerCriticalSectionExit(c);
    }
  }

  /** A message's answer came: its fate is answered (an echo, or a publisher's own copy). */
  public void answered(boolean measured) {
    long c = phaser.writerCriticalSectionEnter();
    try {
      active.answered(measured);
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
      active.timedOut(latencyMicros, wasSent, measured);
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
      active.wronglyAnswered(measured);
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
      active.notSent(measured);
    } finally {
      phaser.writerCriticalSectionExit(c);
    }
  }

  /** A message was still unanswered when the user stopped the run. */
  public void inFlightAtStop(boolean measured) {
    long c = phaser.writerCriticalSectionEnter();
    try {
      active.inFlightAtStop(measured);
    } finally {
      phaser.writerCriticalSectionExit(c);
    }
  }

  public void sent(int bytes) {
    long c = phaser.writerCriticalSectionEnter();
    try {
      active.sent(bytes);
    } finally {
      phaser.writerCriticalSectionExit(c);
    }
  }

  /** Something the server sent was wrong: counted by kind, and as an error. */
  public void protocolError(ProtocolError kind) {
    long c = phaser.writerCriticalSectionEnter();
    try {
      active.protocolError(kind);
    } finally {
      phaser.writerCriticalSectionExit(c);
    }
  }

  /** An open connection ended while the run still wanted it, for {@code cause}. */
  public void connectionLost(ConnectionLoss cause) {
    long c = phaser.writerCriticalSectionEnter();
    try {
      active.connectionLost(cause);
    } finally {
      phaser.writerCriticalSectionExit(c);
    }
  }

  public void handshake() {
    long c = phaser.writerCriticalSectionEnter();
    try {
      active.handshake();
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
      IntervalFigures a = active;
      a.phaseTimed(latencyMicros);
      a.handshake();
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
      active.pong(latencyMicros, bytes);
    } finally {
      phaser.writerCriticalSectionExit(c);
    }
  }

  /** A connection attempt failed: counted by cause, and as an error. */
  public void connectFailed(ConnectFailure cause) {
    long c = phaser.writerCriticalSectionEnter();
    try {
      active.connectFailed(cause);
    } finally {
      phaser.writerCriticalSectionExit(c);
    }
  }

  /**
   * How late one open-loop message came due at the generator: its delay, not the target's; of which
   * {@code waitingNanos} the machine held its thread off its core (the machine's part, not its work).
   */
  public void sendLag(long lagNanos, long waitingNanos) {
    long c = phaser.writerCriticalSectionEnter();
    try {
      active.sendLag(lagNanos, waitingNanos);
    } finally {
      phaser.writerCriticalSectionExit(c);
    }
  }

  /** Ends the interval and returns its figures, valid until the next call. */
  public IntervalFigures swap() {
    phaser.readerLock();
    try {
      inactive.reset();
      IntervalFigures ended = active;
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
