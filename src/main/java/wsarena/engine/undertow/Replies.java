package wsarena.engine.undertow;

import io.undertow.websockets.core.WebSocketCallback;
import io.undertow.websockets.core.WebSocketChannel;
import java.nio.ByteBuffer;
import org.xnio.IoUtils;
import org.xnio.Pooled;

/** Send callbacks shared by every connection, so a reply allocates no callback object. */
final class Replies {

  /** A connection whose reply cannot be written is broken: close it rather than leave it hanging. */
  static final WebSocketCallback<Void> CLOSE_ON_ERROR =
      new WebSocketCallback<>() {
        @Override
        public void complete(WebSocketChannel channel, Void context) {}

        @Override
        public void onError(WebSocketChannel channel, Void context, Throwable throwable) {
          IoUtils.safeClose(channel);
        }
      };

  /** Returns the received message's pooled buffers once the echo that reused them is written. */
  static final WebSocketCallback<Pooled<ByteBuffer[]>> FREE_AFTER_SEND =
      new WebSocketCallback<>() {
        @Override
        public void complete(WebSocketChannel channel, Pooled<ByteBuffer[]> data) {
          data.close();
        }

        @Override
        public void onError(WebSocketChannel channel, Pooled<ByteBuffer[]> data, Throwable throwable) {
          data.close();
          IoUtils.safeClose(channel);
        }
      };

  private Replies() {}
}
