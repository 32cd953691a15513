package wsarena.engine.netty;

import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.http.websocketx.CloseWebSocketFrame;
import io.netty.handler.codec.http.websocketx.CorruptedWebSocketFrameException;
import io.netty.util.ReferenceCountUtil;

/**
 * Fails a connection that broke the protocol with the close code Netty's decoder or UTF-8
 * validator chose (1002, 1007, 1009), after every message read before the violation has been
 * answered. It sits just before Netty's protocol handler, which would otherwise close the channel
 * on the spot with its own close frame.
 *
 * <p>Why not Netty's own close: its decoder and validator write their close frame below the
 * protocol handler, which then adds a second one ("1000 Bye") as the channel closes; a malformed
 * close frame is not answered at all (the decoder marks the closing handshake received before it
 * checks the frame's body); and with the endpoint on a worker executor, the echo of a message read
 * just before the violation is lost. The Autobahn|Testsuite counted 12 FAILED cases (7.3.2, 7.3.6,
 * 7.5.1, 7.9.1-9) and up to 8 NON-STRICT ones. So the decoder and validator only throw
 * ({@code closeOnProtocolViolation(false)}), and this handler queues the close behind the messages
 * on the endpoint's own executor, which runs a connection's tasks in order.
 */
final class ProtocolViolations extends ChannelInboundHandlerAdapter {
  private final String endpointName;
  private boolean failed;

  /** @param endpointName the pipeline name of the handler that answers messages */
  ProtocolViolations(String endpointName) {
    this.endpointName = endpointName;
  }

  @Override
  public void channelRead(ChannelHandlerContext ctx, Object msg) {
    if (failed) {
      // Frames decoded after the violation (e.g. the rest of a message with bad UTF-8) are not
      // part of any message.
      ReferenceCountUtil.release(msg);
      return;
    }
    ctx.fireChannelRead(msg);
  }

  @Override
  public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
    if (!(cause instanceof CorruptedWebSocketFrameException violation)) {
      ctx.fireExceptionCaught(cause);
      return;
    }
    if (failed) {
      return;
    }
    failed = true;
    ChannelHandlerContext endpoint = ctx.pipeline().context(endpointName);
    ChannelHandlerContext writer = endpoint != null ? endpoint : ctx;
    writer
        .executor()
        .execute(
            () ->
                writer
                    .writeAndFlush(new CloseWebSocketFrame(violation.closeStatus(), violation.getMessage()))
                    .addListener(ChannelFutureListener.CLOSE));
  }
}
