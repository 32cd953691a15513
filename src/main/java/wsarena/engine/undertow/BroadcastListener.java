package wsarena.engine.undertow;

import io.undertow.websockets.core.WebSocketChannel;
import io.undertow.websockets.core.WebSocketFrameType;
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
  void message(WebSocketChannel channel, WebSocketFrameType type, Pooled<ByteBuffer[]> data) {
    // One copy shared read-only by all sends: the pool buffers go back at once instead of
    // waiting for the slowest subscriber.
    ByteBuffer message = Replies.merge(data);
    for (WebSocketChannel peer : channel.getPeerConnections()) {
      Replies.send(type, message.duplicate(), peer, Replies.CLOSE_ON_ERROR, null);
    }
  }
}
