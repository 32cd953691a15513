package wsarena.engine.undertow;

import io.undertow.websockets.core.WebSocketChannel;
import io.undertow.websockets.core.WebSocketFrameType;
import java.nio.ByteBuffer;
import java.util.concurrent.Executor;
import org.xnio.Pooled;
import wsarena.engine.support.HandlerProbe;

/**
 * Sends each message back on its own connection, unchanged, of the same kind and as one message.
 */
final class EchoListener extends MessageListener {

  EchoListener(Executor handoff, HandlerProbe probe) {
    super(handoff, probe);
  }

  @Override
  void message(WebSocketChannel channel, WebSocketFrameType type, Pooled<ByteBuffer[]> data) {
    ByteBuffer[] buffers = data.getResource();
    if (buffers.length == 1) {
      // The common case: the received pool buffer goes straight back out, without a copy, and
      // returns to the pool once written.
      Replies.send(type, buffers[0], channel, Replies.FREE_AFTER_SEND, data);
    } else {
      // A message larger than one pool buffer (16 KiB): one copy to send it as one message.
      Replies.send(type, Replies.merge(data), channel, Replies.CLOSE_ON_ERROR, null);
    }
  }
}
