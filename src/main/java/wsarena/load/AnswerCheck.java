package wsarena.load;

import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.http.websocketx.WebSocketFrame;
import wsarena.metrics.ProtocolError;

/**
 * Checks and times what comes back to one {@link ClientConnection}: an echo of its own message, a
 * broadcast from a publisher, or something wrong; each right answer gives its message the fate
 * answered. Apart from the connection, which sends and keeps the connection's lifecycle.
 *
 * <p>Runs on the connection's event loop, like the connection.
 */
final class AnswerCheck {
  private final ClientConnection connection;
  private final Worker worker;
  private final LoadGenerator generator;
  private final EchoTracker tracker;

  AnswerCheck(ClientConnection connection, Worker worker, LoadGenerator generator, EchoTracker tracker) {
    this.connection = connection;
    this.worker = worker;
    this.generator = generator;
    this.tracker = tracker;
  }

  /**
   * One message came back at {@code now}; the caller releases the frame. Every byte is checked:
   * the kind, the length and the filler against the run's template, the id against the messages in
   * flight, and the send time against the one kept for that id, never believed from the answer.
   */
  void judge(ChannelHandlerContext ctx, WebSocketFrame frame, long now) {
    // The stamp's two fields read into locals, not a record: one object less per answer, which
    // escape analysis did not remove (README: "What the generator allocates").
    long id;
    long sentAtNanos;
    try {
      id = MessageStamp.readId(frame.content(), worker.template().kind());
      sentAtNanos = MessageStamp.readTime(frame.content(), worker.template().kind());
    } catch (NumberFormatException | IndexOutOfBoundsException e) {
      worker.error(ProtocolError.NOT_SENT_BY_WSARENA, what() + " carried no wsarena stamp");
      carryOn(ctx);
      return;
    }
    if (!worker.template().matches(frame)) {
      worker.error(ProtocolError.ALTERED, what() + " differed from the message sent (length, kind or content)");
      giveUp(id);
      carryOn(ctx);
    } else if (generator.broadcast()) {
      onBroadcast(ctx, id, sentAtNanos, now);
    } else {
      onEcho(ctx, id, sentAtNanos, now);
    }
  }

  private String what() {
    return generator.broadcast() ? "a broadcast message" : "an echo";
  }

  /** A closed loop carries on after a wrong answer, so that one bad answer does not stall it. */
  private void carryOn(ChannelHandlerContext ctx) {
    if (!generator.broadcast()) {
      connection.sendNextClosedLoop(ctx);
    }
  }

  /**
   * When a wrong answer still names one of this connection's messages in flight, that message will
   * get no right answer: it is given up on now, so the connection does not wait out the timeout for
   * it. Its fate is timed out; no latency is recorded, since no answer came for it.
   */
  private void giveUp(long id) {
    if (generator.broadcast()) {
      if ((int) (id >>> LoadGenerator.PUBLISHER_SHIFT) != connection.index()) {
        return;
      }
      id &= LoadGenerator.SEQUENCE_MASK;
    }
    long intended = tracker.giveUp(id);
    if (intended != Long.MIN_VALUE) {
      connection.wronglyAnswered(intended);
    }
  }

  /**
   * An answer to one of this connection's own messages ({@code id}, without the publisher's bits in
   * broadcast): answered when the id is in flight and the stamp's time is the one it was sent with.
   *
   * @return true when the message was answered
   */
  private boolean ownAnswer(ChannelHandlerContext ctx, long id, long sentAtNanos, String message) {
    switch (tracker.accept(id, sentAtNanos)) {
      case UNKNOWN_ID -> worker.error(ProtocolError.UNKNOWN_MESSAGE, message + " answered a message that was never sent");
      case DUPLICATE -> worker.error(ProtocolError.DUPLICATE, message + " came back twice");
      case LATE -> worker.lateAnswer(); // given up on already, and counted as timed out: never twice
      case ALTERED_STAMP -> {
        worker.error(ProtocolError.ALTERED_STAMP, message + " carried another send time than the one it was sent with");
        connection.wronglyAnswered(tracker.intendedNanos(id));
        carryOn(ctx);
      }
      case IN_ORDER, OUT_OF_ORDER -> {
        return true;
      }
    }
    return false;
  }

  private void onEcho(ChannelHandlerContext ctx, long id, long sentAtNanos, long now) {
    if (ownAnswer(ctx, id, sentAtNanos, "an echo")) {
      boolean measured = worker.measured(sentAtNanos);
      worker.pendingChanged(-1);
      worker.received(now - sentAtNanos, worker.template().sizeBytes(), measured);
      worker.recorder().answered(measured);
      if (measured) {
        connection.countAnswerInWindow();
      }
      connection.answerFreedRoom(ctx, now);
    }
  }

  private void onBroadcast(ChannelHandlerContext ctx, long id, long sentAtNanos, long now) {
    int from = (int) (id >>> LoadGenerator.PUBLISHER_SHIFT);
    if (!generator.isPublisher(from)) {
      worker.error(ProtocolError.UNKNOWN_MESSAGE, "a broadcast message came from no known publisher");
    } else if (from == connection.index()) {
      // Our own message came back: its fate is answered (the server fanned it out); it paces a
      // closed-loop publisher; it is not a delivery.
      if (ownAnswer(ctx, id & LoadGenerator.SEQUENCE_MASK, sentAtNanos, "a broadcast message")) {
        worker.pendingChanged(-1);
        worker.recorder().answered(worker.measured(sentAtNanos));
        connection.answerFreedRoom(ctx, now);
      }
    } else if (!connection.publisher()) {
      // Another connection's message: its send time is kept on the publisher's thread, out of
      // reach here, so only a time that cannot be right is caught (stamped after it arrived).
      if (sentAtNanos > now) {
        worker.error(ProtocolError.ALTERED_STAMP, "a broadcast message carried a send time after its arrival");
      } else {
        worker.received(now - sentAtNanos, worker.template().sizeBytes(), generator.measuredBroadcast(from, sentAtNanos, worker));
      }
    }
  }
}
