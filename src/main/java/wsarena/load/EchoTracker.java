package wsarena.load;

/**
 * Which of one connection's messages are still waiting for their echo.
 *
 * <p>Ids are handed out in order. An answer is accepted once, for an id that was sent; anything
 * else (an id never sent, a second answer) is an error. Servers that hand messages to a worker pool
 * may answer out of order, which is legal and only counted. Not thread-safe: one connection, one
 * event loop.
 */
final class EchoTracker {
  enum Verdict {
    IN_ORDER,
    OUT_OF_ORDER,
    UNKNOWN_ID,
    DUPLICATE
  }

  private long nextId;
  private long lowestPending;
  private boolean[] answered = new boolean[64];

  /** The id of the next message to send. */
  long nextId() {
    if (nextId - lowestPending >= answered.length) {
      grow();
    }
    return nextId++;
  }

  Verdict accept(long id) {
    if (id < lowestPending || id >= nextId) {
      return Verdict.UNKNOWN_ID;
    }
    int at = (int) (id & (answered.length - 1));
    if (answered[at]) {
      return Verdict.DUPLICATE;
    }
    boolean inOrder = id == lowestPending;
    answered[at] = true;
    while (lowestPending < nextId && answered[(int) (lowestPending & (answered.length - 1))]) {
      answered[(int) (lowestPending & (answered.length - 1))] = false;
      lowestPending++;
    }
    return inOrder ? Verdict.IN_ORDER : Verdict.OUT_OF_ORDER;
  }

  /** Messages sent and not answered yet. */
  long pending() {
    long pending = 0;
    for (long id = lowestPending; id < nextId; id++) {
      if (!answered[(int) (id & (answered.length - 1))]) {
        pending++;
      }
    }
    return pending;
  }

  private void grow() {
    boolean[] bigger = new boolean[answered.length * 2];
    for (long id = lowestPending; id < nextId; id++) {
      bigger[(int) (id & (bigger.length - 1))] = answered[(int) (id & (answered.length - 1))];
    }
    answered = bigger;
  }
}
