package wsarena.engine.undertow;

import io.undertow.websockets.core.WebSocketChannel;
import io.undertow.websockets.core.WebSockets;
import java.nio.ByteBuffer;
import java.util.concurrent.Executor;
import org.xnio.Pooled;
import wsarena.engine.support.HandlerProbe;

/** Sends each message back on its own connection, unchanged and as one message. */
final class EchoListener extends MessageListener {

  EchoListener(Executor handoff, HandlerProbe probe) {
    super(handoff, probe);
  }

  @Override
  void text(WebSocketChannel channel, String text) {
    WebSockets.sendText(text, channel, Replies.CLOSE_ON_ERROR);
  }

  @Override
  void binary(WebSocketChannel channel, Pooled<ByteBuffer[]> data) {
    // The received buffers go straight back out; they return to the pool once written.
    WebSockets.sendBinary(data.getResource(), channel, Replies.FREE_AFTER_SEND, data);
  }
}
