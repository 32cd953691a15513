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

  /** One message came back at {@code now}; the caller releases the frame. */
  void judge(ChannelHandlerContext ctx, WebSocketFrame frame, long now) {
    Stamp stamp = Stamp.of(frame, worker.template().kind());
    if (stamp == null || !worker.template().matches(frame)) {
      wrong(stamp, now);
      // A closed loop carries on so one bad answer does not stall it.
      if (!generator.broadcast()) {
        connection.sendNextClosedLoop(ctx);
      }
    } else if (generator.broadcast()) {
      onBroadcast(ctx, stamp, now);
    } else {
      onEcho(ctx, stamp, now);
    }
  }

  /**
   * A wrong answer is an error. When it still names one of this connection's messages in flight,
   * that message will get no right answer: it is given up on now, at its latency so far, so the
   * connection does not wait out the timeout for it.
   */
  private void wrong(Stamp stamp, long now) {
    String what = generator.broadcast() ? "a broadcast message" : "an echo";
    if (stamp == null) {
      worker.error(ProtocolError.NOT_SENT_BY_WSARENA, what + " carried no wsarena stamp");
    } else {
      worker.error(ProtocolError.ALTERED, what + " differed from the message sent (length, kind or content)");
    }
    if (stamp == null) {
      return;
    }
    long id = stamp.id();
    if (generator.broadcast()) {
      if ((int) (id >>> LoadGenerator.PUBLISHER_SHIFT) != connection.index()) {
        return;
      }
      id &= LoadGenerator.SEQUENCE_MASK;
    }
    EchoTracker.Verdict v = tracker.accept(id);
    if (v == EchoTracker.Verdict.IN_ORDER || v == EchoTracker.Verdict.OUT_OF_ORDER) {
      connection.timedOut(stamp.sentAtNanos(), now);
    }
  }

  private void onEcho(ChannelHandlerContext ctx, Stamp stamp, long now) {
    switch (tracker.accept(stamp.id())) {
      case UNKNOWN_ID -> worker.error(ProtocolError.UNKNOWN_MESSAGE, "an echo answered a message that was never sent");
      case DUPLICATE -> worker.error(ProtocolError.DUPLICATE, "a message was echoed twice");
      case LATE -> worker.lateAnswer(); // given up on already, and counted as timed out: never twice
      case IN_ORDER, OUT_OF_ORDER -> {
        boolean measured = worker.measured(stamp.sentAtNanos());
        worker.pendingChanged(-1);
        worker.received(now - stamp.sentAtNanos(), worker.template().sizeBytes(), measured);
        worker.recorder().answered(measured);
        connection.answerFreedRoom(ctx, now);
      }
    }
  }

  private void onBroadcast(ChannelHandlerContext ctx, Stamp stamp, long now) {
    int from = (int) (stamp.id() >>> LoadGenerator.PUBLISHER_SHIFT);
    if (!generator.isPublisher(from)) {
      worker.error(ProtocolError.UNKNOWN_MESSAGE, "a broadcast message came from no known publisher");
    } else if (from == connection.index()) {
      // Our own message came back: its fate is answered (the server fanned it out); it paces a
      // closed-loop publisher; it is not a delivery.
      switch (tracker.accept(stamp.id() & LoadGenerator.SEQUENCE_MASK)) {
        case UNKNOWN_ID -> worker.error(ProtocolError.UNKNOWN_MESSAGE, "a broadcast message came back that its publisher never sent");
        case DUPLICATE -> worker.error(ProtocolError.DUPLICATE, "a broadcast message came back to its publisher twice");
        case LATE -> worker.lateAnswer();
        case IN_ORDER, OUT_OF_ORDER -> {
          worker.pendingChanged(-1);
          worker.recorder().answered(worker.measured(stamp.sentAtNanos()));
          connection.answerFreedRoom(ctx, now);
        }
      }
    } else if (!connection.publisher()) {
      worker.received(now - stamp.sentAtNanos(), worker.template().sizeBytes(), generator.measuredBroadcast(from, stamp.sentAtNanos(), worker));
    }
  }
}
