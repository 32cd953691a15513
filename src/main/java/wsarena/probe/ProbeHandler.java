package wsarena.probe;

import io.netty.buffer.ByteBufUtil;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.websocketx.BinaryWebSocketFrame;
import io.netty.handler.codec.http.websocketx.CloseWebSocketFrame;
import io.netty.handler.codec.http.websocketx.PingWebSocketFrame;
import io.netty.handler.codec.http.websocketx.PongWebSocketFrame;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketClientHandshaker;
import io.netty.handler.codec.http.websocketx.WebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketFrameAggregator;
import io.netty.handler.ssl.SslCloseCompletionEvent;
import java.io.IOException;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * The last handler of a probe connection: runs the opening handshake, keeps the server's raw
 * answer, then turns every frame into an {@link Inbound} for the probing thread to read.
 */
final class ProbeHandler extends SimpleChannelInboundHandler<Object> {
  private final WebSocketClientHandshaker handshaker;
  private final int maxMessageBytes;
  private final CompletableFuture<HandshakeResponse> handshake = new CompletableFuture<>();
  private final BlockingQueue<Inbound> inbox = new LinkedBlockingQueue<>();
  private volatile HandshakeResponse response;
  private volatile boolean serverEndedTls;

  ProbeHandler(WebSocketClientHandshaker handshaker, int maxMessageBytes) {
    this.handshaker = handshaker;
    this.maxMessageBytes = maxMessageBytes;
  }

  /** Completes once the server switched protocols and the client accepted its answer. */
  CompletableFuture<HandshakeResponse> handshake() {
    return handshake;
  }

  /** The server's answer, also when the client rejected it; null before it arrived. */
  HandshakeResponse response() {
    return response;
  }

  BlockingQueue<Inbound> inbox() {
    return inbox;
  }

  @Override
  public void channelActive(ChannelHandlerContext ctx) {
    // Behind TLS, Netty's SslHandler holds this request until its own handshake is done.
    handshaker
        .handshake(ctx.channel())
        .addListener(
            f -> {
              if (!f.isSuccess()) {
                handshake.completeExceptionally(f.cause());
              }
            });
    ctx.fireChannelActive();
  }

  @Override
  protected void channelRead0(ChannelHandlerContext ctx, Object msg) {
    if (!handshaker.isHandshakeComplete()) {
      if (msg instanceof FullHttpResponse answer) {
        finishHandshake(ctx, answer);
      }
      return;
    }
    if (msg instanceof WebSocketFrame frame) {
      inbox.add(toInbound(frame));
    }
  }

  private void finishHandshake(ChannelHandlerContext ctx, FullHttpResponse answer) {
    response =
        new HandshakeResponse(
            answer.status().code(),
            answer.status().toString(),
            answer.headers().get(HttpHeaderNames.SEC_WEBSOCKET_EXTENSIONS),
            answer.headers().get(HttpHeaderNames.SEC_WEBSOCKET_PROTOCOL));
    try {
      handshaker.finishHandshake(ctx.channel(), answer);
    } catch (RuntimeException e) {
      handshake.completeExceptionally(e);
      ctx.close();
      return;
    }
    // Servers may answer in fragments; the probe compares whole messages. Placed after the
    // permessage-deflate decoder, so it joins decompressed frames.
    ctx.pipeline()
        .addBefore(ctx.name(), "wsarena-aggregator", new WebSocketFrameAggregator(maxMessageBytes));
    handshake.complete(response);
  }

  private static Inbound toInbound(WebSocketFrame frame) {
    return switch (frame) {
      case TextWebSocketFrame text -> new Inbound.Text(text.text());
      case BinaryWebSocketFrame binary ->
          new Inbound.Binary(ByteBufUtil.getBytes(binary.content()));
      case PingWebSocketFrame ping -> new Inbound.Ping(ByteBufUtil.getBytes(ping.content()));
      case PongWebSocketFrame pong -> new Inbound.Pong(ByteBufUtil.getBytes(pong.content()));
      case CloseWebSocketFrame close -> new Inbound.Close(close.statusCode(), close.reasonText());
      default -> new Inbound.Failed(new IOException("unexpected frame " + frame));
    };
  }

  /** True once the server ended its side of TLS with close_notify. */
  boolean serverEndedTls() {
    return serverEndedTls;
  }

  @Override
  public void userEventTriggered(ChannelHandlerContext ctx, Object event) {
    if (event instanceof SslCloseCompletionEvent) {
      // The server sent close_notify. Some TLS stacks (Twisted's) then wait for the client's own
      // close_notify before closing TCP; answer as browsers do, by closing.
      serverEndedTls = true;
      ctx.close();
    }
    ctx.fireUserEventTriggered(event);
  }

  @Override
  public void channelInactive(ChannelHandlerContext ctx) {
    handshake.completeExceptionally(new IOException("the server closed the connection"));
    inbox.add(new Inbound.Disconnected());
    ctx.fireChannelInactive();
  }

  @Override
  public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
    handshake.completeExceptionally(cause);
    inbox.add(new Inbound.Failed(cause));
    ctx.close();
  }
}
