package wsarena.engine.jetty;

import java.nio.ByteBuffer;
import java.util.concurrent.ExecutionException;
import org.eclipse.jetty.websocket.api.Callback;
import org.eclipse.jetty.websocket.api.Session;
import org.eclipse.jetty.websocket.api.StatusCode;

/**
 * How an endpoint sends: asynchronously with a callback (a pool thread never waits on a socket), or
 * blocking until the message is written (plain sequential code, cheap on a virtual thread).
 */
enum Sending {
  ASYNC {
    @Override
    void text(Session to, String text) {
      to.sendText(text, closeOnFailure(to));
    }

    @Override
    void binary(Session to, ByteBuffer data, Callback done) {
      to.sendBinary(data, done);
    }
  },

  BLOCKING {
    @Override
    void text(Session to, String text) {
      Callback.Completable sent = new Callback.Completable();
      to.sendText(text, sent);
      await(to, sent);
    }

    @Override
    void binary(Session to, ByteBuffer data, Callback done) {
      Callback.Completable sent = new Callback.Completable();
      to.sendBinary(data, sent);
      await(to, sent);
      done.succeed();
    }

    private static void await(Session to, Callback.Completable sent) {
      try {
        sent.get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        to.close(StatusCode.SHUTDOWN, "server stopping", Callback.NOOP);
      } catch (ExecutionException e) {
        to.close(StatusCode.SERVER_ERROR, "send failed", Callback.NOOP);
      }
    }
  };

  /** Sends a whole text message. */
  abstract void text(Session to, String text);

  /**
   * Sends a whole binary message; {@code done} completes once {@code data} may be reused (so a
   * received buffer can be echoed without a copy).
   */
  abstract void binary(Session to, ByteBuffer data, Callback done);

  /**
   * A connection whose reply cannot be written is broken: close it rather than leave it hanging.
   */
  static Callback closeOnFailure(Session session) {
    return Callback.from(
        () -> {}, failure -> session.close(StatusCode.SERVER_ERROR, "send failed", Callback.NOOP));
  }
}
