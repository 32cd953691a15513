package wsarena.metrics;

/**
 * What became of intended messages: each one the generator meant to send has exactly one fate, so
 * {@code intended = answered + timedOut + notSent + inFlightAtStop} once all are settled.
 *
 * <p>Answered: its answer came back (in broadcast, the publisher's own copy of it). Timed out: no
 * right answer within the run's timeout (a wrong answer, or the loss of its connection, gives it up
 * at once); its latency so far is recorded, so a server that stops answering never makes the tail
 * look better, except after a wrong answer, which is a protocol error and never a latency. Not sent: the
 * run ended, or its connection was lost or never opened, before it could go. In flight at stop:
 * sent, still unanswered when the user stopped the run; not an error, and only a stopped run has
 * any.
 */
public record Fates(long intended, long answered, long timedOut, long notSent, long inFlightAtStop) {
  public static final Fates NONE = new Fates(0, 0, 0, 0, 0);

  public Fates plus(Fates o) {
    return new Fates(
        intended + o.intended, answered + o.answered, timedOut + o.timedOut, notSent + o.notSent,
        inFlightAtStop + o.inFlightAtStop);
  }

  /** Intended messages that have a fate. */
  public long settled() {
    return answered + timedOut + notSent + inFlightAtStop;
  }

  /** Timed out or not sent: the messages a target lost. */
  public long lost() {
    return timedOut + notSent;
  }
}
