package wsarena.engine.undertow;

import io.undertow.websockets.core.AbstractReceiveListener;
import io.undertow.websockets.core.BufferedBinaryMessage;
import io.undertow.websockets.core.BufferedTextMessage;
import io.undertow.websockets.core.WebSocketChannel;
import java.nio.ByteBuffer;
import java.util.concurrent.Executor;
import org.xnio.Pooled;
import wsarena.engine.support.HandlerProbe;
import wsarena.engine.support.MessageLimits;

/**
 * One connection's receive side: Undertow reassembles each message (fragments included) on the I/O
 * thread, then this listener handles it either right there or on the worker pool, depending on the
 * threading model.
 */
abstract class MessageListener extends AbstractReceiveListener {

  private final Executor handoff;
  private final HandlerProbe probe;

  /**
   * @param handoff where to handle each message, or {@code null} to handle it on the I/O thread
   */
  MessageListener(Executor handoff, HandlerProbe probe) {
    this.handoff = handoff;
    this.probe = probe;
  }

  @Override
  protected final void onFullTextMessage(WebSocketChannel channel, BufferedTextMessage message) {
    String text = message.getData();
    if (handoff == null) {
      handleText(channel, text);
    } else {
      handoff.execute(() -> handleText(channel, text));
    }
  }

  @Override
  protected final void onFullBinaryMessage(WebSocketChannel channel, BufferedBinaryMessage message) {
    Pooled<ByteBuffer[]> data = message.getData();
    if (handoff == null) {
      handleBinary(channel, data);
    } else {
      handoff.execute(() -> handleBinary(channel, data));
    }
  }

  private void handleText(WebSocketChannel channel, String text) {
    probe.messageHandled();
    text(channel, text);
  }

  private void handleBinary(WebSocketChannel channel, Pooled<ByteBuffer[]> data) {
    probe.messageHandled();
    binary(channel, data);
  }

  /** Handles a whole text message. */
  abstract void text(WebSocketChannel channel, String text);

  /** Handles a whole binary message; must free {@code data} once done with it. */
  abstract void binary(WebSocketChannel channel, Pooled<ByteBuffer[]> data);

  // Undertow reads its limits from system properties (unlimited unless set); pin ours so a stray
  // property cannot make one engine refuse what the others echo.
  @Override
  protected long getMaxTextBufferSize() {
    return MessageLimits.MAX_MESSAGE_BYTES;
  }

  @Override
  protected long getMaxBinaryBufferSize() {
    return MessageLimits.MAX_MESSAGE_BYTES;
  }
}
