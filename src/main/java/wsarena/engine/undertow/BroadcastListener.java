package wsarena.engine.undertow;

import io.undertow.websockets.core.WebSocketChannel;
import io.undertow.websockets.core.WebSockets;
import java.nio.ByteBuffer;
import java.util.concurrent.Executor;
import org.xnio.Pooled;
import wsarena.engine.support.HandlerProbe;

/** Sends each message to every open connection of {@code /broadcast}, the sender included. */
final class BroadcastListener extends MessageListener {

  BroadcastListener(Executor handoff, HandlerProbe probe) {
    super(handoff, probe);
  }

  @Override
  void text(WebSocketChannel channel, String text) {
    for (WebSocketChannel peer : channel.getPeerConnections()) {
      WebSockets.sendText(text, peer, Replies.CLOSE_ON_ERROR);
    }
  }

  @Override
  void binary(WebSocketChannel channel, Pooled<ByteBuffer[]> data) {
    // One copy shared read-only by all sends: the pooled buffers go back at once instead of
    // waiting for the slowest subscriber.
    ByteBuffer message;
    try {
      message = WebSockets.mergeBuffers(data.getResource());
    } finally {
      data.close();
    }
    for (WebSocketChannel peer : channel.getPeerConnections()) {
      WebSockets.sendBinary(message.duplicate(), peer, Replies.CLOSE_ON_ERROR);
    }
  }
}
