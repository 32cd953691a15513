package wsarena.engine.netty;

import io.netty.channel.ChannelHandler.Sharable;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.http.websocketx.BinaryWebSocketFrame;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import wsarena.engine.support.HandlerProbe;

/**
 * Writes each whole message back on its own connection: the received frame itself, so its buffer
 * goes out without a copy, and one flush per read batch rather than per message.
 */
@Sharable
final class EchoHandler extends ChannelInboundHandlerAdapter {

  private final HandlerProbe probe;

  EchoHandler(HandlerProbe probe) {
    this.probe = probe;
  }

  @Override
  public void channelRead(ChannelHandlerContext ctx, Object msg) {
    if (msg instanceof TextWebSocketFrame || msg instanceof BinaryWebSocketFrame) {
      probe.messageHandled();
      // The write takes over our reference to the frame; a failed write reaches exceptionCaught.
      ctx.write(msg, ctx.voidPromise());
    } else {
      ctx.fireChannelRead(msg);
    }
  }

  @Override
  public void channelReadComplete(ChannelHandlerContext ctx) {
    ctx.flush();
  }

  @Override
  public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
    ctx.close();
  }
}
