package wsarena.load;

import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.http.websocketx.CloseWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketClientProtocolHandler.ClientHandshakeStateEvent;
import io.netty.handler.codec.http.websocketx.WebSocketFrame;
import java.util.concurrent.TimeUnit;
import wsarena.metrics.IntervalRecorder;

/**
 * One client connection: sends stamped messages, checks and times what comes back, and gives each
 * of its intended messages one fate (answered, timed out, not sent).
 *
 * <p>Open loop, the schedule is the truth: message {@code k} of the connection is due at its slot,
 * whatever the target does. When it cannot go on time (the socket is not writable, or {@code
 * maxInFlight} messages are unanswered already) it waits in the backlog, which is only a count: the
 * connection catches up in order as soon as it can, each message stamped with its own intended
 * time, computed from its number. A message that waited longer than the timeout is given up on
 * unsent. So the generator holds a bounded amount however far behind the target falls.
 *
 * <p>Everything here runs on the connection's event loop, the thread of its {@link Worker}, so the
 * worker's recorder has a single writer and nothing is locked.
 */
final class ClientConnection extends SimpleChannelInboundHandler<WebSocketFrame> {
  enum State {
    NEW,
    CONNECTING,
    OPEN,
    CLOSED
  }

  private final int index;
  private final Worker worker;
  private final LoadGenerator generator;
  private final EchoTracker tracker;
  private Channel channel;
  private State state = State.NEW;
  private boolean flushPending;
  /** Inside a read batch: {@link #channelReadComplete} flushes what the reads sent. */
  private boolean reading;
  private boolean closingByUs;
  /** Open loop: how many of this connection's slots have come due, and the next one to send. */
  private long due;
  private long nextRound;

  ClientConnection(int index, Worker worker, LoadGenerator generator) {
    super(false);
    this.index = index;
    this.worker = worker;
    this.generator = generator;
    this.tracker = new EchoTracker(generator.maxInFlight());
  }

  int index() {
    return index;
  }

  boolean publisher() {
    return generator.isPublisher(index);
  }

  /** Called by the worker before connecting. */
  void connecting(Channel ch) {
    this.channel = ch;
    this.state = State.CONNECTING;
  }

  private IntervalRecorder recorder() {
    return worker.recorder();
  }

  // ------------------------------------------------------------- open loop

  /**
   * Open loop: this connection's message {@code round} came due at {@code intendedNanos}. It goes
   * now if it can, else waits its turn; a connection that is not open cannot send it at all.
   */
  void slotDue(long round, long intendedNanos, long nowNanos) {
    boolean measured = generator.measured(intendedNanos);
    recorder().intended(measured);
    due = round + 1;
    if (state != State.OPEN) {
      recorder().notSent(measured);
      nextRound = due;
      return;
    }
    sendDue(nowNanos);
  }

  /** Sends the messages that are due, oldest first, while the cap and the socket let them. */
  private void sendDue(long nowNanos) {
    long timeoutNanos = generator.timeoutNanos();
    while (nextRound < due) {
      long intended = worker.intendedNanos(index, nextRound);
      if (nowNanos - intended >= timeoutNanos) {
        // It waited too long to be worth sending: given up on, at its latency so far.
        recorder().timedOut((nowNanos - intended) / 1000, false, generator.measured(intended));
        nextRound++;
        continue;
      }
      if (!tracker.canSend() || !channel.isWritable()) {
        return;
      }
      write(intended);
      nextRound++;
      requestFlush();
    }
  }

  /** Messages due and not sent yet. */
  long backlog() {
    return due - nextRound;
  }

  /** The run stopped sending: what still waits will never go. */
  void dropBacklog() {
    for (; nextRound < due; nextRound++) {
      recorder().notSent(generator.measured(worker.intendedNanos(index, nextRound)));
    }
  }

  @Override
  public void channelWritabilityChanged(ChannelHandlerContext ctx) throws Exception {
    if (ctx.channel().isWritable() && state == State.OPEN && nextRound < due && generator.sending()) {
      sendDue(System.nanoTime());
      flush();
    }
    super.channelWritabilityChanged(ctx);
  }

  // ----------------------------------------------------------------- timeouts

  /**
   * Gives up on the messages that have waited for their answer longer than the timeout, recording
   * each at its latency so far, and lets the connection send again in their place.
   */
  void expire(long nowNanos) {
    if (state != State.OPEN) {
      return;
    }
    long deadline = nowNanos - generator.timeoutNanos();
    int givenUp = tracker.oldestIntendedNanos() <= deadline ? tracker.expire(deadline, i -> timedOut(i, nowNanos)) : 0;
    if (generator.closedLoop()) {
      if (givenUp > 0) {
        sendNextClosedLoop(channel.pipeline().context(this));
      }
    } else if (nextRound < due && generator.sending()) {
      sendDue(nowNanos);
    }
  }

  private void timedOut(long intendedNanos, long nowNanos) {
    worker.pendingChanged(-1);
    recorder().timedOut((nowNanos - intendedNanos) / 1000, true, generator.measured(intendedNanos));
  }

  /**
   * Gives every message of this connection its fate, now: what waits was not sent; what is in
   * flight was in flight at the user's stop ({@code stopped}) or is given up on (the run is over,
   * or the connection is gone).
   */
  void settle(boolean stopped, long nowNanos) {
    dropBacklog();
    if (stopped) {
      int n = tracker.giveUpAll(i -> recorder().inFlightAtStop(generator.measured(i)));
      worker.pendingChanged(-n);
    } else {
      tracker.giveUpAll(i -> timedOut(i, nowNanos));
    }
  }

  // ----------------------------------------------------------------- sending

  private void write(long intendedNanos) {
    long id = tracker.send(intendedNanos);
    if (generator.broadcast()) {
      id |= (long) index << LoadGenerator.PUBLISHER_SHIFT;
    }
    channel.write(worker.template().newFrame(channel.alloc(), intendedNanos, id), channel.voidPromise());
    recorder().sent(worker.template().sizeBytes());
    worker.pendingChanged(1);
  }

  /** Flushes after the read batch when reading, else at the end of the worker's round. */
  private void requestFlush() {
    if (!flushPending) {
      flushPending = true;
      if (!reading) {
        worker.markForFlush(this);
      }
    }
  }

  void flush() {
    if (flushPending) {
      flushPending = false;
      channel.flush();
    }
  }

  /** Closed loop: the first message of a connection that is already open. */
  void startClosedLoop() {
    if (state == State.OPEN && generator.closedLoop() && channel != null) {
      sendNow(channel.pipeline().context(this));
    }
  }

  /** Closed loop: sends the next message now, or after the think time. */
  private void sendNextClosedLoop(ChannelHandlerContext ctx) {
    if (!generator.sending() || !generator.closedLoop() || state != State.OPEN) {
      return;
    }
    long thinkNanos = generator.thinkTimeNanos();
    if (thinkNanos > 0) {
      ctx.executor().schedule(() -> sendNow(ctx), thinkNanos, TimeUnit.NANOSECONDS);
    } else if (reading) {
      if (sendClosedLoop()) {
        requestFlush(); // flushed once in channelReadComplete, after the whole read batch
      }
    } else {
      sendNow(ctx);
    }
  }

  private void sendNow(ChannelHandlerContext ctx) {
    if (generator.sending() && state == State.OPEN && sendClosedLoop()) {
      ctx.flush();
    }
  }

  /** Closed loop: a message is intended the moment it goes. */
  private boolean sendClosedLoop() {
    if (!tracker.canSend()) {
      return false;
    }
    long now = System.nanoTime();
    recorder().intended(generator.measured(now));
    write(now);
    return true;
  }

  // ---------------------------------------------------------------- receiving

  @Override
  protected void channelRead0(ChannelHandlerContext ctx, WebSocketFrame frame) {
    long now = System.nanoTime();
    reading = true;
    try {
      Stamp stamp = stampOf(frame);
      if (stamp == null || !worker.template().matches(frame)) {
        wrong(stamp, now);
        // A closed loop carries on so one bad answer does not stall it.
        if (!generator.broadcast()) {
          sendNextClosedLoop(ctx);
        }
      } else if (generator.broadcast()) {
        onBroadcast(ctx, stamp, now);
      } else {
        onEcho(ctx, stamp, now);
      }
    } finally {
      frame.release();
    }
  }

  /** The id and send time a returned message carries. */
  private record Stamp(long id, long sentAtNanos) {}

  /** The stamp at the head of a frame, or null when it carries none. */
  private Stamp stampOf(WebSocketFrame frame) {
    try {
      return new Stamp(
          MessageStamp.readId(frame.content(), worker.template().kind()),
          MessageStamp.readTime(frame.content(), worker.template().kind()));
    } catch (NumberFormatException | IndexOutOfBoundsException e) {
      return null;
    }
  }

  /**
   * A wrong answer is an error. When it still names one of this connection's messages in flight,
   * that message will get no right answer: it is given up on now, at its latency so far, so the
   * connection does not wait out the timeout for it.
   */
  private void wrong(Stamp stamp, long now) {
    String what = generator.broadcast() ? "a broadcast message" : "an echo";
    worker.error(stamp == null
        ? what + " carried no wsarena stamp"
        : what + " differed from the message sent (length, kind or content)");
    if (stamp == null) {
      return;
    }
    long id = stamp.id();
    if (generator.broadcast()) {
      if ((int) (id >>> LoadGenerator.PUBLISHER_SHIFT) != index) {
        return;
      }
      id &= LoadGenerator.SEQUENCE_MASK;
    }
    EchoTracker.Verdict v = tracker.accept(id);
    if (v == EchoTracker.Verdict.IN_ORDER || v == EchoTracker.Verdict.OUT_OF_ORDER) {
      timedOut(stamp.sentAtNanos(), now);
    }
  }

  private void onEcho(ChannelHandlerContext ctx, Stamp stamp, long now) {
    switch (tracker.accept(stamp.id())) {
      case UNKNOWN_ID -> worker.error("an echo answered a message that was never sent");
      case DUPLICATE -> worker.error("a message was echoed twice");
      case LATE -> worker.lateAnswer(); // given up on already, and counted as timed out: never twice
      case IN_ORDER, OUT_OF_ORDER -> {
        boolean measured = generator.measured(stamp.sentAtNanos());
        worker.pendingChanged(-1);
        worker.received(now - stamp.sentAtNanos(), worker.template().sizeBytes(), measured);
        recorder().answered(measured);
        answerFreedRoom(ctx, now);
      }
    }
  }

  private void onBroadcast(ChannelHandlerContext ctx, Stamp stamp, long now) {
    int from = (int) (stamp.id() >>> LoadGenerator.PUBLISHER_SHIFT);
    if (!generator.isPublisher(from)) {
      worker.error("a broadcast message came from no known publisher");
    } else if (from == index) {
      // Our own message came back: its fate is answered (the server fanned it out); it paces a
      // closed-loop publisher; it is not a delivery.
      switch (tracker.accept(stamp.id() & LoadGenerator.SEQUENCE_MASK)) {
        case UNKNOWN_ID -> worker.error("a broadcast message came back that its publisher never sent");
        case DUPLICATE -> worker.error("a broadcast message came back to its publisher twice");
        case LATE -> worker.lateAnswer();
        case IN_ORDER, OUT_OF_ORDER -> {
          worker.pendingChanged(-1);
          recorder().answered(generator.measured(stamp.sentAtNanos()));
          answerFreedRoom(ctx, now);
        }
      }
    } else if (!publisher()) {
      worker.received(now - stamp.sentAtNanos(), worker.template().sizeBytes(), generator.measured(stamp.sentAtNanos()));
    }
  }

  /** An answer freed a place in flight: closed loop sends the next, open loop catches up. */
  private void answerFreedRoom(ChannelHandlerContext ctx, long now) {
    if (generator.closedLoop()) {
      sendNextClosedLoop(ctx);
    } else if (nextRound < due && generator.sending()) {
      sendDue(now);
    }
  }

  @Override
  public void channelReadComplete(ChannelHandlerContext ctx) {
    reading = false;
    flush();
    ctx.fireChannelReadComplete();
  }

  // --------------------------------------------------------------- lifecycle

  @Override
  public void userEventTriggered(ChannelHandlerContext ctx, Object evt) throws Exception {
    if (evt == ClientHandshakeStateEvent.HANDSHAKE_COMPLETE) {
      state = State.OPEN;
      nextRound = due; // slots that passed while connecting were not sent, and are counted so
      generator.connectionOpened();
      recorder().handshake();
      if (!generator.broadcast() || publisher()) {
        sendNextClosedLoop(ctx);
      }
    } else if (evt == ClientHandshakeStateEvent.HANDSHAKE_TIMEOUT) {
      fail(new io.netty.handler.codec.http.websocketx.WebSocketClientHandshakeException("handshake timed out"));
    }
    super.userEventTriggered(ctx, evt);
  }

  @Override
  public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
    fail(cause);
  }

  @Override
  public void channelInactive(ChannelHandlerContext ctx) throws Exception {
    if (state == State.OPEN || state == State.CONNECTING) {
      ended(null);
    }
    super.channelInactive(ctx);
  }

  /** A failure before or after the handshake; counted once, then the channel is closed. */
  void fail(Throwable cause) {
    if (state == State.OPEN || state == State.CONNECTING || state == State.NEW) {
      ended(cause);
    }
    if (channel != null) {
      channel.close();
    }
  }

  /** The connection is gone: its messages get their fates at once (given up, or not sent). */
  private void ended(Throwable cause) {
    State was = state;
    state = State.CLOSED;
    settle(false, System.nanoTime());
    generator.connectionEnded(was, closingByUs, cause);
  }

  /** Closes at the end of the run with a normal close frame; not counted as a failure. */
  void closeNormally() {
    closingByUs = true;
    if (channel != null && channel.isActive()) {
      if (state == State.OPEN) {
        channel.writeAndFlush(new CloseWebSocketFrame(1000, "run finished"));
      }
      channel.close();
    }
  }
}
