package wsarena.load;

/**
 * The open-loop send times of one worker's connections: a pure sequence, no clock.
 *
 * <p>A total rate R over N connections sends message k of the whole run at {@code epoch + k / R},
 * and message k belongs to connection {@code k mod N}: evenly spread, each connection at R / N. A
 * worker owns some of the connections (ascending global indices) and walks only their slots, in
 * time order, so the workers together keep the whole schedule without talking to each other.
 *
 * <pre>{@code
 * OpenLoopSchedule s = new OpenLoopSchedule(epochNanos, 1000.0, 4, new int[] {1, 3});
 * s.nextSendTimeNanos(); // epoch + 1 ms   (message 1, connection 1)
 * s.advance();
 * s.nextSendTimeNanos(); // epoch + 3 ms   (message 3, connection 3)
 * }</pre>
 */
final class OpenLoopSchedule {
  private final long epochNanos;
  private final double nanosPerMessage;
  private final long connections;
  private final int[] globalIndices;
  private long round;
  private int slot;

  /**
   * @param epochNanos when message 0 of the run is due ({@link System#nanoTime()} scale)
   * @param messagesPerSecond the total rate over every connection of the run
   * @param connections every connection of the run, all workers together
   * @param globalIndices this worker's connections, ascending
   */
  OpenLoopSchedule(long epochNanos, double messagesPerSecond, int connections, int[] globalIndices) {
    if (globalIndices.length == 0) {
      throw new IllegalArgumentException("a schedule needs at least one connection");
    }
    this.epochNanos = epochNanos;
    this.nanosPerMessage = 1e9 / messagesPerSecond;
    this.connections = connections;
    this.globalIndices = globalIndices.clone();
  }

  /** When the next message is due. */
  long nextSendTimeNanos() {
    return intendedNanos(globalIndices[slot], round);
  }

  /**
   * When message {@code round} of the connection at {@code globalIndex} is due: a connection's own
   * schedule is arithmetic, so a connection that fell behind knows each late message's intended
   * time from its number alone, and its backlog needs to be no more than a count.
   */
  long intendedNanos(int globalIndex, long round) {
    double k = (double) round * connections + globalIndex;
    return epochNanos + (long) (k * nanosPerMessage);
  }

  /** The round of the next message: how many messages each connection had due before it. */
  long round() {
    return round;
  }

  /** Which of this worker's connections sends the next message (an index into globalIndices). */
  int nextSlot() {
    return slot;
  }

  /** Moves to the following message. */
  void advance() {
    if (++slot == globalIndices.length) {
      slot = 0;
      round++;
    }
  }
}
