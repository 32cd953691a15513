package wsarena.engine.undertow;

import io.undertow.websockets.core.WebSocketCallback;
import io.undertow.websockets.core.WebSocketChannel;
import io.undertow.websockets.core.WebSocketFrameType;
import io.undertow.websockets.core.WebSockets;
import java.nio.ByteBuffer;
import org.xnio.IoUtils;
import org.xnio.Pooled;

/** Sending a whole message of either kind, with callbacks shared by every connection. */
final class Replies {

  /**
   * A connection whose reply cannot be written is broken: close it rather than leave it hanging.
   */
  static final WebSocketCallback<Void> CLOSE_ON_ERROR =
      new WebSocketCallback<>() {
        @Override
        public void complete(WebSocketChannel channel, Void context) {}

        @Override
        public void onError(WebSocketChannel channel, Void context, Throwable throwable) {
          IoUtils.safeClose(channel);
        }
      };

  /** Returns the received message's pool buffers once the reply that reused them is written. */
  static final WebSocketCallback<Pooled<ByteBuffer[]>> FREE_AFTER_SEND =
      new WebSocketCallback<>() {
        @Override
        public void complete(WebSocketChannel channel, Pooled<ByteBuffer[]> data) {
          data.close();
        }

        @Override
        public void onError(
            WebSocketChannel channel, Pooled<ByteBuffer[]> data, Throwable throwable) {
          data.close();
          IoUtils.safeClose(channel);
        }
      };

  private Replies() {}

  /** Sends {@code data} as one message of {@code type}; the callback sees {@code context}. */
  static <T> void send(
      WebSocketFrameType type,
      ByteBuffer data,
      WebSocketChannel to,
      WebSocketCallback<T> callback,
      T context) {
    if (type == WebSocketFrameType.TEXT) {
      WebSockets.sendText(data, to, callback, context);
    } else {
      WebSockets.sendBinary(data, to, callback, context);
    }
  }

  /**
   * One buffer holding the whole message, and frees the pool buffers. Undertow would merge an array
   * itself when sending; doing it here lets the pool buffers go back at once.
   */
  static ByteBuffer merge(Pooled<ByteBuffer[]> data) {
    try {
      return WebSockets.mergeBuffers(data.getResource());
    } finally {
      data.close();
    }
  }
}
