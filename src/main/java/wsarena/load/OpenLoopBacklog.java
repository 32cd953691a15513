package wsarena.load;

import java.util.function.BooleanSupplier;
import java.util.function.LongConsumer;
import wsarena.metrics.IntervalRecorder;

/**
 * Open loop, one connection's backlog: how many of its slots have come due and the next one to
 * send. It is only a count (each message's intended time is computed from its number), so a
 * connection holds a bounded amount however far behind the target falls. Apart from {@link
 * ClientConnection} so its frame handling does not carry the catch-up arithmetic.
 *
 * <p>Used on the connection's event loop only, like the connection itself.
 */
final class OpenLoopBacklog {
  private final int index;
  private final Worker worker;
  private final LoadGenerator generator;
  /** How many of this connection's slots have come due, and the next one to send. */
  private long due;
  private long nextRound;

  OpenLoopBacklog(int index, Worker worker, LoadGenerator generator) {
    this.index = index;
    this.worker = worker;
    this.generator = generator;
  }

  /** Slot {@code round} came due: it and every slot before it are owed. */
  void cameDue(long round) {
    due = round + 1;
  }

  /** The slots owed so far will not be sent (the connection was not open): counted elsewhere. */
  void skipToDue() {
    nextRound = due;
  }

  /** True while a due message waits to be sent. */
  boolean waiting() {
    return nextRound < due;
  }

  /** Messages due and not sent yet. */
  long size() {
    return due - nextRound;
  }

  /** When the oldest message waiting to be sent was intended; {@link Long#MAX_VALUE} when none waits. */
  long oldestIntendedNanos() {
    return nextRound < due ? worker.intendedNanos(index, nextRound) : Long.MAX_VALUE;
  }

  /**
   * Sends the messages that are due, oldest first, while {@code room} lets them; one that waited
   * longer than the timeout is given up on unsent.
   */
  void send(long nowNanos, IntervalRecorder recorder, BooleanSupplier room, LongConsumer write) {
    long timeoutNanos = generator.timeoutNanos();
    while (nextRound < due) {
      long intended = worker.intendedNanos(index, nextRound);
      if (nowNanos - intended >= timeoutNanos) {
        // It waited too long to be worth sending: given up on, at its latency so far.
        recorder.timedOut((nowNanos - intended) / 1000, false, worker.measured(intended));
        nextRound++;
        continue;
      }
      if (!room.getAsBoolean()) {
        return;
      }
      write.accept(intended);
      nextRound++;
    }
  }

  /** The run stopped sending: what still waits will never go. */
  void drop(IntervalRecorder recorder) {
    for (; nextRound < due; nextRound++) {
      recorder.notSent(worker.measured(worker.intendedNanos(index, nextRound)));
    }
  }
}
