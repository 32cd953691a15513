package wsarena.load;

import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.http.websocketx.CloseWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketClientProtocolHandler.ClientHandshakeStateEvent;
import io.netty.handler.codec.http.websocketx.WebSocketFrame;
import java.util.concurrent.TimeUnit;

/**
 * One client connection: sends stamped messages, checks and times what comes back.
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
  private final EchoTracker tracker = new EchoTracker();
  private Channel channel;
  private State state = State.NEW;
  private boolean flushPending;
  private boolean closingByUs;

  ClientConnection(int index, Worker worker, LoadGenerator generator) {
    super(false);
    this.index = index;
    this.worker = worker;
    this.generator = generator;
  }

  int index() {
    return index;
  }

  boolean isOpen() {
    return state == State.OPEN;
  }

  boolean publisher() {
    return generator.isPublisher(index);
  }

  /** Called by the worker before connecting. */
  void connecting(Channel ch) {
    this.channel = ch;
    this.state = State.CONNECTING;
  }

  // ----------------------------------------------------------------- sending

  /** Open loop: writes one message due at {@code intendedNanos}; the worker flushes. */
  void sendScheduled(long intendedNanos) {
    if (state != State.OPEN) {
      return;
    }
    if (!channel.isWritable()) {
      // The target stopped reading and our buffer is full: the message cannot go out.
      generator.noteDroppedSend();
      worker.recorder().error();
      return;
    }
    write(intendedNanos);
    if (!flushPending) {
      flushPending = true;
      worker.markForFlush(this);
    }
  }

  void flush() {
    if (flushPending) {
      flushPending = false;
      channel.flush();
    }
  }

  private void write(long intendedNanos) {
    long id = nextMessageId();
    channel.write(worker.template().newFrame(channel.alloc(), intendedNanos, id), channel.voidPromise());
    worker.recorder().sent(worker.template().sizeBytes());
    worker.pendingChanged(1);
  }

  private long nextMessageId() {
    long seq = tracker.nextId();
    return generator.broadcast() ? ((long) index << LoadGenerator.PUBLISHER_SHIFT) | seq : seq;
  }

  /** Closed loop: the first message of a connection that is already open. */
  void startClosedLoop() {
    if (state == State.OPEN && generator.closedLoop() && channel != null) {
      sendNow(channel.pipeline().context(this));
    }
  }

  /** Closed loop: sends the next message now, or after the think time. */
  private void sendNextClosedLoop(ChannelHandlerContext ctx, boolean fromRead) {
    if (!generator.sending() || !generator.closedLoop() || state != State.OPEN) {
      return;
    }
    long thinkNanos = generator.thinkTimeNanos();
    if (thinkNanos > 0) {
      ctx.executor().schedule(() -> sendNow(ctx), thinkNanos, TimeUnit.NANOSECONDS);
    } else if (fromRead) {
      write(System.nanoTime());
      flushPending = true; // flushed once in channelReadComplete, after the whole read batch
    } else {
      sendNow(ctx);
    }
  }

  private void sendNow(ChannelHandlerContext ctx) {
    if (generator.sending() && state == State.OPEN) {
      write(System.nanoTime());
      ctx.flush();
    }
  }

  // ---------------------------------------------------------------- receiving

  @Override
  protected void channelRead0(ChannelHandlerContext ctx, WebSocketFrame frame) {
    long now = System.nanoTime();
    try {
      Stamp stamp = stampOf(frame);
      if (stamp == null) {
        // Counted as an error; a closed loop carries on so one bad answer does not stall it.
        if (!generator.broadcast()) {
          sendNextClosedLoop(ctx, true);
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

  /** The stamp of a frame that is one of ours, or null after counting the error. */
  private Stamp stampOf(WebSocketFrame frame) {
    String what = generator.broadcast() ? "a broadcast message" : "an echo";
    if (!worker.template().matches(frame)) {
      worker.error(what + " differed from the message sent (length, kind or content)");
      return null;
    }
    try {
      return new Stamp(
          MessageStamp.readId(frame.content(), worker.template().kind()),
          MessageStamp.readTime(frame.content(), worker.template().kind()));
    } catch (NumberFormatException e) {
      worker.error(what + " carried no wsarena stamp");
      return null;
    }
  }

  private void onEcho(ChannelHandlerContext ctx, Stamp stamp, long now) {
    switch (tracker.accept(stamp.id())) {
      case UNKNOWN_ID -> worker.error("an echo answered a message that was never sent");
      case DUPLICATE -> worker.error("a message was echoed twice");
      case IN_ORDER, OUT_OF_ORDER -> {
        worker.pendingChanged(-1);
        worker.received(now - stamp.sentAtNanos(), worker.template().sizeBytes());
        sendNextClosedLoop(ctx, true);
      }
    }
  }

  private void onBroadcast(ChannelHandlerContext ctx, Stamp stamp, long now) {
    int from = (int) (stamp.id() >>> LoadGenerator.PUBLISHER_SHIFT);
    if (!generator.isPublisher(from)) {
      worker.error("a broadcast message came from no known publisher");
    } else if (from == index) {
      // Our own message came back: it paces a closed-loop publisher, it is not a delivery.
      if (tracker.accept(stamp.id() & LoadGenerator.SEQUENCE_MASK) != EchoTracker.Verdict.UNKNOWN_ID) {
        worker.pendingChanged(-1);
      }
      sendNextClosedLoop(ctx, true);
    } else if (!publisher()) {
      worker.received(now - stamp.sentAtNanos(), worker.template().sizeBytes());
    }
  }

  @Override
  public void channelReadComplete(ChannelHandlerContext ctx) {
    flush();
    ctx.fireChannelReadComplete();
  }

  // --------------------------------------------------------------- lifecycle

  @Override
  public void userEventTriggered(ChannelHandlerContext ctx, Object evt) throws Exception {
    if (evt == ClientHandshakeStateEvent.HANDSHAKE_COMPLETE) {
      state = State.OPEN;
      generator.connectionOpened();
      worker.recorder().handshake();
      if (!generator.broadcast() || publisher()) {
        sendNextClosedLoop(ctx, false);
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
      State was = state;
      state = State.CLOSED;
      generator.connectionEnded(was, closingByUs, null);
    }
    super.channelInactive(ctx);
  }

  /** A failure before or after the handshake; counted once, then the channel is closed. */
  void fail(Throwable cause) {
    if (state == State.OPEN || state == State.CONNECTING || state == State.NEW) {
      State was = state;
      state = State.CLOSED;
      generator.connectionEnded(was, closingByUs, cause);
    }
    if (channel != null) {
      channel.close();
    }
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
