package wsarena.engine.netty;

import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelPipeline;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.QueryStringDecoder;
import io.netty.handler.codec.http.websocketx.WebSocketFrameAggregator;
import io.netty.handler.codec.http.websocketx.WebSocketServerProtocolConfig;
import io.netty.handler.codec.http.websocketx.WebSocketServerProtocolHandler;
import io.netty.handler.codec.http.websocketx.extensions.compression.WebSocketServerCompressionHandler;
import io.netty.util.ReferenceCountUtil;
import io.netty.util.concurrent.EventExecutorGroup;
import java.nio.charset.StandardCharsets;
import wsarena.engine.support.MessageLimits;

/**
 * Reads the upgrade request's path, puts the WebSocket handlers for that endpoint in the pipeline,
 * and steps aside. Unknown paths get 404, plain HTTP requests 400.
 */
final class PathRouter extends ChannelInboundHandlerAdapter {

  private static final int HANDSHAKE_TIMEOUT_MILLIS = 10_000;
  private static final String ENDPOINT = "ws-endpoint";

  private final ChannelHandler echo;
  private final ChannelHandler broadcast;
  private final boolean compression;
  private final EventExecutorGroup handlerExecutors;

  /**
   * @param handlerExecutors where the endpoint handler runs, or {@code null} for the channel's own
   *     event loop
   */
  PathRouter(
      ChannelHandler echo,
      ChannelHandler broadcast,
      boolean compression,
      EventExecutorGroup handlerExecutors) {
    this.echo = echo;
    this.broadcast = broadcast;
    this.compression = compression;
    this.handlerExecutors = handlerExecutors;
  }

  @Override
  public void channelRead(ChannelHandlerContext ctx, Object msg) {
    if (!(msg instanceof FullHttpRequest request)) {
      ReferenceCountUtil.release(msg);
      return;
    }
    if (request.decoderResult().isFailure()) {
      request.release();
      refuse(ctx, HttpResponseStatus.BAD_REQUEST, "not an HTTP request\n");
      return;
    }
    String path = new QueryStringDecoder(request.uri()).path();
    ChannelHandler endpoint =
        switch (path) {
          case "/echo" -> echo;
          case "/broadcast" -> broadcast;
          default -> null;
        };
    if (endpoint == null) {
      request.release();
      refuse(ctx, HttpResponseStatus.NOT_FOUND, "wsarena serves /echo and /broadcast\n");
      return;
    }
    if (!request
        .headers()
        .containsValue(HttpHeaderNames.UPGRADE, HttpHeaderValues.WEBSOCKET, true)) {
      request.release();
      refuse(ctx, HttpResponseStatus.BAD_REQUEST, path + " is a WebSocket endpoint\n");
      return;
    }
    ChannelPipeline pipeline = ctx.pipeline();
    String name = ctx.name();
    // Added in reverse, each right after the router: deflate, protocol, aggregator, endpoint.
    pipeline.addAfter(handlerExecutors, name, ENDPOINT, endpoint);
    pipeline.addAfter(
        name, "ws-aggregator", new WebSocketFrameAggregator(MessageLimits.MAX_MESSAGE_BYTES));
    pipeline.addAfter(name, "ws-protocol", new WebSocketServerProtocolHandler(config(path)));
    // After the protocol handler is added: it puts its UTF-8 validator before itself, and this
    // must come after the validator to see its violations.
    pipeline.addBefore("ws-protocol", "ws-violations", new ProtocolViolations(ENDPOINT));
    if (compression) {
      pipeline.addAfter(
          name,
          "ws-deflate",
          new WebSocketServerCompressionHandler(MessageLimits.MAX_MESSAGE_BYTES));
    }
    pipeline.remove(this);
    ctx.fireChannelRead(request);
  }

  private WebSocketServerProtocolConfig config(String path) {
    return WebSocketServerProtocolConfig.newBuilder()
        .websocketPath(path)
        .checkStartsWith(false)
        .maxFramePayloadLength(MessageLimits.MAX_MESSAGE_BYTES)
        .allowExtensions(compression)
        .handshakeTimeoutMillis(HANDSHAKE_TIMEOUT_MILLIS)
        // The decoder and the UTF-8 validator only throw; ProtocolViolations sends the close.
        .closeOnProtocolViolation(false)
        .build();
  }

  private static void refuse(ChannelHandlerContext ctx, HttpResponseStatus status, String text) {
    FullHttpResponse response =
        new DefaultFullHttpResponse(
            io.netty.handler.codec.http.HttpVersion.HTTP_1_1,
            status,
            Unpooled.copiedBuffer(text, StandardCharsets.UTF_8));
    response.headers().set(HttpHeaderNames.CONTENT_TYPE, "text/plain; charset=utf-8");
    response.headers().setInt(HttpHeaderNames.CONTENT_LENGTH, response.content().readableBytes());
    ctx.writeAndFlush(response).addListener(ChannelFutureListener.CLOSE);
  }

  @Override
  public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
    ctx.close();
  }
}
