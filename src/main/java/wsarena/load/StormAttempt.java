package wsarena.load;

import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.http.websocketx.CloseWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketClientHandshakeException;
import io.netty.handler.codec.http.websocketx.WebSocketClientProtocolHandler.ClientHandshakeStateEvent;
import io.netty.util.ReferenceCountUtil;
import java.util.concurrent.TimeUnit;

/**
 * One connection of a storm, from its TCP connect to its close: it tells its {@link StormWorker}
 * when the upgrade completed (or why it failed), and closes with a normal close frame after the
 * hold. Everything runs on the worker's thread.
 */
final class StormAttempt extends ChannelInboundHandlerAdapter {
  /** How long the server may take to answer our close frame before the socket is closed anyway. */
  private static final long CLOSE_GRACE_MILLIS = 2_000;

  private enum State {
    CONNECTING,
    OPEN,
    CLOSING,
    DONE
  }

  private final StormWorker worker;
  private final long startNanos;
  private Channel channel;
  private State state = State.CONNECTING;

  /** @param startNanos when the TCP connect started, or when the attempt was due under a ramp */
  StormAttempt(StormWorker worker, long startNanos) {
    this.worker = worker;
    this.startNanos = startNanos;
  }

  void connecting(Channel ch) {
    this.channel = ch;
  }

  @Override
  public void userEventTriggered(ChannelHandlerContext ctx, Object evt) throws Exception {
    if (evt == ClientHandshakeStateEvent.HANDSHAKE_COMPLETE && state == State.CONNECTING) {
      state = State.OPEN;
      worker.handshaken(this, System.nanoTime() - startNanos);
    } else if (evt == ClientHandshakeStateEvent.HANDSHAKE_TIMEOUT) {
      fail(new WebSocketClientHandshakeException("handshake timed out"));
    }
    super.userEventTriggered(ctx, evt);
  }

  @Override
  public void channelRead(ChannelHandlerContext ctx, Object msg) {
    ReferenceCountUtil.release(msg); // a storm reads nothing but the upgrade and the close
  }

  @Override
  public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
    if (state == State.CONNECTING) {
      fail(cause);
    } else {
      ctx.close(); // after the upgrade a broken connection is only closed: its handshake counted
    }
  }

  @Override
  public void channelInactive(ChannelHandlerContext ctx) throws Exception {
    switch (state) {
      case CONNECTING -> fail(new WebSocketClientHandshakeException("the server closed the connection before the upgrade"));
      case OPEN, CLOSING -> {
        boolean byServer = state == State.OPEN;
        state = State.DONE;
        worker.closed(this, byServer);
      }
      case DONE -> {}
    }
    super.channelInactive(ctx);
  }

  /** The attempt failed before its upgrade completed: counted once, then the socket is closed. */
  void fail(Throwable cause) {
    if (state != State.CONNECTING) {
      return;
    }
    state = State.DONE;
    worker.failed(this, cause);
    if (channel != null) {
      channel.close();
    }
  }

  /** Closes an open connection with a normal close frame; the server answers and closes the socket. */
  void close() {
    if (state != State.OPEN) {
      return;
    }
    state = State.CLOSING;
    channel.writeAndFlush(new CloseWebSocketFrame(1000, "storm"));
    channel.eventLoop().schedule(() -> channel.close(), CLOSE_GRACE_MILLIS, TimeUnit.MILLISECONDS);
  }
}
