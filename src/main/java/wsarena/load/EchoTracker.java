package wsarena.load;

import java.util.function.LongConsumer;

/**
 * One connection's messages in flight: sent, and neither answered nor given up yet. Bounded: at
 * most {@code maxInFlight} at a time ({@link #canSend()} says when another may go), so a target
 * that stops answering costs a fixed amount of memory, however long it stays silent.
 *
 * <p>Ids are handed out in order, with each message's intended send time; intended times rise with
 * the id (a connection sends its messages in schedule order), so the oldest message in flight is
 * always the lowest id, and giving up on the expired ones ({@link #expire}) only looks at the
 * front. An answer is accepted once, for an id that is in flight. An answer for a message given up
 * on is {@link Verdict#LATE}: ignored, never counted twice. An id answered twice is a {@link
 * Verdict#DUPLICATE}, an id never sent {@link Verdict#UNKNOWN_ID}: both are the server's errors.
 * The ring keeps each message's intended send time, which is also the time its stamp carries: an
 * answer whose stamp says another time is {@link Verdict#ALTERED_STAMP} and gives its message up, so
 * a server's word about time is never believed, and checking it costs no copy of what was sent.
 * Servers that hand messages to a worker pool may answer out of order, which is legal and only
 * counted.
 *
 * <p>The ring holds twice as many slots as may be in flight: the other half remembers what became
 * of recent ids, so a late answer is told from a duplicate; an answer older than that memory is
 * taken as late. The ring starts small and doubles only when a connection gets that far behind.
 * Not thread-safe: one connection, one event loop.
 */
final class EchoTracker {
  enum Verdict {
    IN_ORDER,
    OUT_OF_ORDER,
    UNKNOWN_ID,
    DUPLICATE,
    LATE,
    /** In flight, but the answer's stamp carries another send time: the message is given up. */
    ALTERED_STAMP
  }

  private static final byte IN_FLIGHT = 0;
  private static final byte ANSWERED = 1;
  private static final byte GIVEN_UP = 2;
  private static final int FIRST_CAPACITY = 64;

  private final int maxInFlight;
  private final int maxCapacity;
  private long nextId;
  /** The lowest id still in flight, or {@link #nextId} when none is. */
  private long oldest;
  private int inFlight;
  private long[] intendedNanos = new long[FIRST_CAPACITY];
  private byte[] state = new byte[FIRST_CAPACITY];

  /**
   * @param maxInFlight how many messages may be sent and unanswered at once, at least 1
   */
  EchoTracker(int maxInFlight) {
    if (maxInFlight < 1) {
      throw new IllegalArgumentException("maxInFlight must be at least 1");
    }
    this.maxInFlight = maxInFlight;
    this.maxCapacity = Math.max(FIRST_CAPACITY, 2 * Integer.highestOneBit(Math.max(1, 2 * maxInFlight - 1)));
  }

  /** True while another message may be sent: fewer than the cap in flight, and room in the ring. */
  boolean canSend() {
    return inFlight < maxInFlight && (nextId - oldest < state.length || state.length < maxCapacity);
  }

  /**
   * Takes the id of the next message to send, intended at {@code intendedNanos}; call only while
   * {@link #canSend()}.
   */
  long send(long intendedNanos) {
    if (nextId - oldest >= state.length) {
      grow();
    }
    long id = nextId++;
    int at = slot(id);
    state[at] = IN_FLIGHT;
    this.intendedNanos[at] = intendedNanos;
    inFlight++;
    return id;
  }

  /**
   * An answer came for message {@code id}, its stamp saying it was intended at {@code
   * stampedNanos}. In flight with that very time, it is answered; in flight with another, it is
   * given up ({@link Verdict#ALTERED_STAMP}); otherwise nothing changes.
   */
  Verdict accept(long id, long stampedNanos) {
    Verdict v = lookup(id);
    if (v != Verdict.IN_ORDER && v != Verdict.OUT_OF_ORDER) {
      return v;
    }
    int at = slot(id);
    boolean intact = intendedNanos[at] == stampedNanos;
    settle(at, intact ? ANSWERED : GIVEN_UP);
    return intact ? v : Verdict.ALTERED_STAMP;
  }

  /**
   * A wrong answer named message {@code id}: when it is in flight it is given up, and its intended
   * send time returned; otherwise {@link Long#MIN_VALUE}.
   */
  long giveUp(long id) {
    Verdict v = lookup(id);
    if (v != Verdict.IN_ORDER && v != Verdict.OUT_OF_ORDER) {
      return Long.MIN_VALUE;
    }
    int at = slot(id);
    long intended = intendedNanos[at];
    settle(at, GIVEN_UP);
    return intended;
  }

  /** The intended send time of message {@code id}, valid while it is (or just was) in the ring. */
  long intendedNanos(long id) {
    return intendedNanos[slot(id)];
  }

  /** Where {@code id} stands, changing nothing: IN_ORDER or OUT_OF_ORDER when it is in flight. */
  private Verdict lookup(long id) {
    if (id >= nextId || id < 0) {
      return Verdict.UNKNOWN_ID;
    }
    if (id < nextId - state.length) {
      return Verdict.LATE; // older than the ring remembers: given up on long ago
    }
    int at = slot(id);
    if (id < oldest || state[at] != IN_FLIGHT) {
      return state[at] == ANSWERED ? Verdict.DUPLICATE : Verdict.LATE;
    }
    return id == oldest ? Verdict.IN_ORDER : Verdict.OUT_OF_ORDER;
  }

  private void settle(int at, byte fate) {
    state[at] = fate;
    inFlight--;
    advanceOldest();
  }

  /**
   * Gives up on every message in flight intended at or before {@code deadlineNanos}, oldest first,
   * handing each one's intended time to {@code givenUp}.
   *
   * @return how many were given up
   */
  int expire(long deadlineNanos, LongConsumer givenUp) {
    int count = 0;
    while (oldest < nextId && intendedNanos[slot(oldest)] <= deadlineNanos) {
      long intended = intendedNanos[slot(oldest)];
      state[slot(oldest)] = GIVEN_UP;
      inFlight--;
      count++;
      advanceOldest();
      givenUp.accept(intended);
    }
    return count;
  }

  /** The intended send time of the oldest message in flight; {@link Long#MAX_VALUE} when none is. */
  long oldestIntendedNanos() {
    return oldest < nextId ? intendedNanos[slot(oldest)] : Long.MAX_VALUE;
  }

  /** Gives up on every message in flight: the connection is gone, or the run is over. */
  int giveUpAll(LongConsumer givenUp) {
    return expire(Long.MAX_VALUE, givenUp);
  }

  /** Messages sent and neither answered nor given up. */
  int inFlight() {
    return inFlight;
  }

  /** Slots in the ring now: grows with how far behind the connection fell, up to a fixed bound. */
  int capacity() {
    return state.length;
  }

  private void advanceOldest() {
    while (oldest < nextId && state[slot(oldest)] != IN_FLIGHT) {
      oldest++;
    }
  }

  private int slot(long id) {
    return (int) (id & (state.length - 1));
  }

  /** Doubles the ring, keeping what it knows of the ids it covers. */
  private void grow() {
    int bigger = state.length * 2;
    long[] times = new long[bigger];
    byte[] states = new byte[bigger];
    for (long id = Math.max(0, nextId - state.length); id < nextId; id++) {
      times[(int) (id & (bigger - 1))] = intendedNanos[slot(id)];
      states[(int) (id & (bigger - 1))] = state[slot(id)];
    }
    intendedNanos = times;
    state = states;
  }
}
