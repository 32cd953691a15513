package wsarena.engine.netty;

import io.netty.channel.Channel;
import io.netty.channel.ChannelHandler.Sharable;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.group.ChannelGroup;
import io.netty.channel.group.DefaultChannelGroup;
import io.netty.handler.codec.http.websocketx.BinaryWebSocketFrame;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketServerProtocolHandler.HandshakeComplete;
import io.netty.util.concurrent.ImmediateEventExecutor;
import wsarena.engine.support.HandlerProbe;

/**
 * Sends each message to every open {@code /broadcast} connection, the sender included. One handler
 * serves all connections of a server; the group drops a channel by itself when it closes.
 */
@Sharable
final class BroadcastHandler extends ChannelInboundHandlerAdapter {

  private final HandlerProbe probe;

  // ImmediateEventExecutor: the group only notifies its own futures, which we never use, so it
  // needs no thread of its own (GlobalEventExecutor would start one without our name prefix).
  private final ChannelGroup subscribers =
      new DefaultChannelGroup("broadcast", ImmediateEventExecutor.INSTANCE);

  BroadcastHandler(HandlerProbe probe) {
    this.probe = probe;
  }

  @Override
  public void userEventTriggered(ChannelHandlerContext ctx, Object evt) {
    if (evt instanceof HandshakeComplete) {
      subscribers.add(ctx.channel());
    }
    ctx.fireUserEventTriggered(evt);
  }

  @Override
  public void channelRead(ChannelHandlerContext ctx, Object msg) {
    if (msg instanceof TextWebSocketFrame || msg instanceof BinaryWebSocketFrame) {
      probe.messageHandled();
      WebSocketFrame frame = (WebSocketFrame) msg;
      try {
        for (Channel subscriber : subscribers) {
          // Each subscriber gets its own view of the same bytes: no copy, one reference each.
          subscriber.writeAndFlush(frame.retainedDuplicate(), subscriber.voidPromise());
        }
      } finally {
        frame.release();
      }
    } else {
      ctx.fireChannelRead(msg);
    }
  }

  @Override
  public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
    ctx.close();
  }
}
