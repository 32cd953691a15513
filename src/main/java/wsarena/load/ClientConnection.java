package wsarena.load;

import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.http.websocketx.CloseWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketClientProtocolHandler.ClientHandshakeStateEvent;
import io.netty.handler.codec.http.websocketx.RandomWebSocketFrameMaskGenerator;
import io.netty.handler.codec.http.websocketx.WebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketFrameEncoder;
import io.netty.handler.codec.http.websocketx.WebSocketFrameMaskGenerator;
import io.netty.handler.codec.http.websocketx.extensions.WebSocketExtensionEncoder;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.LongConsumer;
import wsarena.metrics.IntervalRecorder;
import wsarena.metrics.ProtocolError;

/**
 * One client connection: sends stamped messages, checks and times what comes back, and gives each
 * of its intended messages one fate (answered, timed out, not sent).
 *
 * <p>Open loop, the schedule is the truth: message {@code k} of the connection is due at its slot,
 * whatever the target does. When it cannot go on time (the socket is not writable, or {@code
 * maxInFlight} messages are unanswered already) it waits in the {@link OpenLoopBacklog}, only a count: the
 * connection catches up in order as soon as it can, each message stamped with its own intended
 * time, computed from its number. A message that waited longer than the timeout is given up on
 * unsent. So the generator holds a bounded amount however far behind the target falls.
 *
 * <p>What comes back is checked and timed by the connection's {@link AnswerCheck}.
 *
 * <p>Everything here runs on the connection's event loop, the thread of its {@link Worker}, so the
 * worker's recorder has a single writer and nothing is locked.
 */
final class ClientConnection extends SimpleChannelInboundHandler<WebSocketFrame> {
  /** The masks of the frames it writes itself: Netty's, random per frame as RFC 6455 5.3 asks. */
  private static final WebSocketFrameMaskGenerator MASKS = RandomWebSocketFrameMaskGenerator.INSTANCE;

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
  /** Set once on this connection's event loop, read by the run once the load settled. */
  private volatile boolean everOpened;
  /** Echoes answered in the measured window; written only on this connection's event loop. */
  private volatile long answeredInWindow;
  private boolean flushPending;
  /** Inside a read batch: {@link #channelReadComplete} flushes what the reads sent. */
  private boolean reading;
  private boolean closingByUs;
  /** The status code of the server's close frame: -1 when it carried none, until then none came. */
  private int serverCloseCode = LossCauses.NO_CLOSE_FRAME;
  private String serverCloseReason = "";
  private final OpenLoopBacklog backlog;
  private final AnswerCheck answers;
  /** Open loop: whether the next due message may go now, and how it goes (made once, not per message). */
  private final BooleanSupplier room;
  private final LongConsumer send;
  /**
   * Where the connection's messages go on the wire as whole frames ({@link
   * PayloadTemplate#newClientFrame}): the context of Netty's frame encoder, so that what leaves it
   * passes only TLS on its way out; null with an extension negotiated, whose encoder must see every
   * frame, and before the handshake.
   */
  private ChannelHandlerContext frameOut;

  ClientConnection(int index, Worker worker, LoadGenerator generator) {
    super(false);
    this.index = index;
    this.worker = worker;
    this.generator = generator;
    this.tracker = new EchoTracker(generator.maxInFlight());
    this.backlog = new OpenLoopBacklog(index, worker, generator);
    this.answers = new AnswerCheck(this, worker, generator, tracker);
    this.room = () -> tracker.canSend() && channel.isWritable();
    this.send = intended -> {
      write(intended);
      requestFlush();
    };
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
    boolean measured = worker.measured(intendedNanos);
    recorder().intended(measured);
    backlog.cameDue(round);
    if (state != State.OPEN) {
      recorder().notSent(measured);
      backlog.skipToDue();
      return;
    }
    sendDue(nowNanos);
  }

  /** Sends the messages that are due, oldest first, while the cap and the socket let them. */
  private void sendDue(long nowNanos) {
    backlog.send(nowNanos, recorder(), room, send);
  }

  /** Messages due and not sent yet. */
  long backlog() {
    return backlog.size();
  }

  /**
   * When this connection's oldest message without a fate was intended (waiting to go, or sent and
   * unanswered); {@link Long#MAX_VALUE} when there is none.
   */
  long oldestWaitingNanos() {
    return Math.min(tracker.oldestIntendedNanos(), backlog.oldestIntendedNanos());
  }

  /** The run stopped sending: what still waits will never go. */
  void dropBacklog() {
    backlog.drop(recorder());
  }

  @Override
  public void channelWritabilityChanged(ChannelHandlerContext ctx) throws Exception {
    if (ctx.channel().isWritable() && state == State.OPEN && backlog.waiting() && generator.sending()) {
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
    } else if (backlog.waiting() && generator.sending()) {
      sendDue(nowNanos);
    }
  }

  /** A wrong answer gave up the message intended at {@code intendedNanos}: timed out, not timed. */
  void wronglyAnswered(long intendedNanos) {
    worker.pendingChanged(-1);
    recorder().wronglyAnswered(worker.measured(intendedNanos));
  }

  void timedOut(long intendedNanos, long nowNanos) {
    worker.pendingChanged(-1);
    recorder().timedOut((nowNanos - intendedNanos) / 1000, true, worker.measured(intendedNanos));
  }

  /**
   * Gives every message of this connection its fate, now: what waits was not sent; what is in
   * flight was in flight at the user's stop ({@code stopped}) or is given up on (the run is over,
   * or the connection is gone).
   */
  void settle(boolean stopped, long nowNanos) {
    dropBacklog();
    if (stopped) {
      int n = tracker.giveUpAll(i -> recorder().inFlightAtStop(worker.measured(i)));
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
    if (frameOut != null) {
      frameOut.write(worker.template().newClientFrame(channel.alloc(), intendedNanos, id, MASKS.nextMask()), frameOut.voidPromise());
    } else {
      channel.write(worker.template().newFrame(channel.alloc(), intendedNanos, id), channel.voidPromise());
    }
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
      if (frameOut != null) {
        frameOut.flush();
      } else {
        channel.flush();
      }
    }
  }

  /** Closed loop: the first message of a connection that is already open. */
  void startClosedLoop() {
    if (state == State.OPEN && generator.closedLoop() && channel != null) {
      sendNow(channel.pipeline().context(this));
    }
  }

  /** Closed loop: sends the next message now, or after the think time. */
  void sendNextClosedLoop(ChannelHandlerContext ctx) {
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
    recorder().intended(worker.measured(now));
    write(now);
    return true;
  }

  // ---------------------------------------------------------------- receiving

  @Override
  protected void channelRead0(ChannelHandlerContext ctx, WebSocketFrame frame) {
    long now = System.nanoTime();
    reading = true;
    try {
      if (frame instanceof CloseWebSocketFrame close) {
        serverClosed(close);
        return;
      }
      answers.judge(ctx, frame, now);
    } finally {
      frame.release();
    }
  }

  /** An answer freed a place in flight: closed loop sends the next, open loop catches up. */
  /** One more echo of a message intended in the measured window came back. */
  void countAnswerInWindow() {
    answeredInWindow++; // one writer, this connection's event loop; volatile for the reader
  }

  long answeredInWindow() {
    return answeredInWindow;
  }

  /** True once the WebSocket was open: a connection that never opened is a failed one, not an unfairly served one. */
  boolean everOpened() {
    return everOpened;
  }

  void answerFreedRoom(ChannelHandlerContext ctx, long now) {
    if (generator.closedLoop()) {
      sendNextClosedLoop(ctx);
    } else if (backlog.waiting() && generator.sending()) {
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
      everOpened = true;
      if (ctx.pipeline().get(WebSocketExtensionEncoder.class) == null) {
        frameOut = ctx.pipeline().context(WebSocketFrameEncoder.class);
      }
      backlog.skipToDue(); // slots that passed while connecting were not sent, and are counted so
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

  /**
   * The server sent a close frame: the close handshake is answered and the connection ends. Seen
   * here, not by Netty's protocol handler, so that its code names the cause of the loss.
   */
  private void serverClosed(CloseWebSocketFrame close) {
    frameOut = null; // what follows a close goes through the protocol handler, which refuses it
    serverCloseCode = close.statusCode();
    serverCloseReason = close.reasonText();
    if (closingByUs) {
      channel.close(); // the answer to our own close
    } else {
      channel.writeAndFlush(new CloseWebSocketFrame(1000, "")).addListener(io.netty.channel.ChannelFutureListener.CLOSE);
    }
  }

  @Override
  public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
    ProtocolError bad = LossCauses.protocolError(cause);
    if (bad != null && state == State.OPEN) {
      worker.error(bad, LossCauses.describe(bad, cause, generator.maxFrameBytes()));
    }
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
    String closeFrame = serverCloseCode == LossCauses.NO_CLOSE_FRAME ? null
        : "with close code " + serverCloseCode + (serverCloseReason.isEmpty() ? "" : " (\"" + serverCloseReason + "\")");
    if (generator.connectionEnded(was, closingByUs, cause, closeFrame) && was == State.OPEN) {
      recorder().connectionLost(LossCauses.of(serverCloseCode, cause));
    }
  }

  /** Closes at the end of the run with a normal close frame; not counted as a failure. */
  void closeNormally() {
    closingByUs = true;
    frameOut = null;
    if (channel != null && channel.isActive()) {
      if (state == State.OPEN) {
        channel.writeAndFlush(new CloseWebSocketFrame(1000, "run finished"));
      }
      channel.close();
    }
  }
}
