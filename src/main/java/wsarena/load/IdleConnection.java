package wsarena.load;

import io.netty.buffer.ByteBuf;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.http.websocketx.CloseWebSocketFrame;
import io.netty.handler.codec.http.websocketx.PingWebSocketFrame;
import io.netty.handler.codec.http.websocketx.PongWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketClientHandshakeException;
import io.netty.handler.codec.http.websocketx.WebSocketClientProtocolHandler.ClientHandshakeStateEvent;
import io.netty.util.ReferenceCountUtil;
import io.netty.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import wsarena.metrics.ProtocolError;

/**
 * One held connection of an idle run: opened once, then a ping every interval whose payload is
 * its send time, so the pong that echoes it (RFC 6455 §5.5.3) gives the round trip. Everything
 * runs on its {@link IdleWorker}'s thread.
 */
final class IdleConnection extends ChannelInboundHandlerAdapter {
  static final int PING_BYTES = Long.BYTES;

  private enum State {
    CONNECTING,
    OPEN,
    DONE
  }

  private final IdleWorker worker;
  private final int index;
  private Channel channel;
  private State state = State.CONNECTING;
  private boolean closingByUs;
  private ScheduledFuture<?> pings;

  IdleConnection(IdleWorker worker, int index) {
    this.worker = worker;
    this.index = index;
  }

  int index() {
    return index;
  }

  void connecting(Channel ch) {
    this.channel = ch;
  }

  /** Pings every {@code intervalNanos}, the first after {@code offsetNanos}. */
  void startPinging(long offsetNanos, long intervalNanos) {
    if (state == State.OPEN && pings == null) {
      pings = channel.eventLoop().scheduleAtFixedRate(this::ping, offsetNanos, intervalNanos, TimeUnit.NANOSECONDS);
    }
  }

  private void ping() {
    if (state != State.OPEN || !worker.pinging()) {
      return;
    }
    ByteBuf sentAt = channel.alloc().buffer(PING_BYTES).writeLong(System.nanoTime());
    channel.writeAndFlush(new PingWebSocketFrame(sentAt), channel.voidPromise());
    worker.pingSent();
  }

  @Override
  public void userEventTriggered(ChannelHandlerContext ctx, Object evt) throws Exception {
    if (evt == ClientHandshakeStateEvent.HANDSHAKE_COMPLETE && state == State.CONNECTING) {
      state = State.OPEN;
      worker.opened(this);
    } else if (evt == ClientHandshakeStateEvent.HANDSHAKE_TIMEOUT) {
      fail(new WebSocketClientHandshakeException("handshake timed out"));
    }
    super.userEventTriggered(ctx, evt);
  }

  @Override
  public void channelRead(ChannelHandlerContext ctx, Object msg) {
    long now = System.nanoTime();
    try {
      if (msg instanceof PongWebSocketFrame pong) {
        ByteBuf content = pong.content();
        long rtt = content.readableBytes() == PING_BYTES ? now - content.getLong(content.readerIndex()) : -1;
        if (rtt >= 0 && rtt < TimeUnit.HOURS.toNanos(1)) {
          worker.pongReceived(rtt);
        } else {
          worker.error(ProtocolError.WRONG_PONG, "a pong did not carry its ping's payload");
        }
      }
    } finally {
      ReferenceCountUtil.release(msg); // an idle connection reads nothing else
    }
  }

  @Override
  public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
    if (state == State.CONNECTING) {
      fail(cause);
    } else {
      ctx.close();
    }
  }

  @Override
  public void channelInactive(ChannelHandlerContext ctx) throws Exception {
    switch (state) {
      case CONNECTING -> fail(new WebSocketClientHandshakeException("the server closed the connection before the upgrade"));
      case OPEN -> {
        state = State.DONE;
        cancelPings();
        worker.closed(this, !closingByUs);
      }
      case DONE -> {}
    }
    super.channelInactive(ctx);
  }

  /** The connection could not be opened: counted once, then the socket is closed. */
  void fail(Throwable cause) {
    if (state != State.CONNECTING) {
      return;
    }
    state = State.DONE;
    worker.failed(cause);
    if (channel != null) {
      channel.close();
    }
  }

  /** Closes at the end of the run with a normal close frame; not counted as a failure. */
  void closeNormally() {
    closingByUs = true;
    cancelPings();
    if (channel != null && channel.isActive()) {
      if (state == State.OPEN) {
        channel.writeAndFlush(new CloseWebSocketFrame(1000, "run finished"));
      }
      channel.close();
    }
  }

  private void cancelPings() {
    if (pings != null) {
      pings.cancel(false);
    }
  }
}
