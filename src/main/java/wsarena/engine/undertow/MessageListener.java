package wsarena.engine.undertow;

import io.undertow.websockets.core.AbstractReceiveListener;
import io.undertow.websockets.core.BufferedBinaryMessage;
import io.undertow.websockets.core.StreamSourceFrameChannel;
import io.undertow.websockets.core.WebSocketCallback;
import io.undertow.websockets.core.WebSocketChannel;
import io.undertow.websockets.core.WebSocketFrameType;
import java.nio.ByteBuffer;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import org.xnio.IoUtils;
import org.xnio.Pooled;
import wsarena.engine.support.HandlerProbe;
import wsarena.engine.support.MessageLimits;

/**
 * One connection's receive side: Undertow reads each whole message (fragments included) into pool
 * buffers on the I/O thread, then this listener handles it either right there or on the worker
 * pool, depending on the threading model.
 *
 * <p>With a worker pool, the connection's next frame is read only once the worker has queued the
 * replies to the messages it holds. Undertow fails a connection the moment it parses a bad frame
 * (WebSocketChannel.parseFrame sends 1002 there and then, on the I/O thread), and a reply queued
 * after that is never sent: the echo of the message just before the bad frame was lost, which the
 * Autobahn|Testsuite judged non-strict (3.2, 4.2.3, 4.2.4, 5.15). Reading is held only when a frame
 * arrives while a message is still with the worker; a closed-loop client, which waits for each
 * echo, never meets the hold.
 *
 * <p>Text is kept as bytes, like binary: Undertow already checks each text frame's UTF-8 as it
 * reads it, so decoding to a String only to encode it again for the reply would be pure cost.
 */
abstract class MessageListener extends AbstractReceiveListener {

  private final Executor handoff;
  private final HandlerProbe probe;
  /** Messages handed to the worker whose replies are not queued yet. */
  private final AtomicInteger withWorker = new AtomicInteger();
  /** Receives are suspended until {@link #withWorker} drops to zero (guarded by this). */
  private boolean held;

  /**
   * @param handoff where to handle each message, or {@code null} to handle it on the I/O thread
   */
  MessageListener(Executor handoff, HandlerProbe probe) {
    this.handoff = handoff;
    this.probe = probe;
  }

  @Override
  public void handleEvent(WebSocketChannel channel) {
    if (handoff != null && hold(channel)) {
      return;
    }
    super.handleEvent(channel);
  }

  /** On the I/O thread: suspends receives when a message is still with the worker. */
  private synchronized boolean hold(WebSocketChannel channel) {
    if (withWorker.get() == 0) {
      return false;
    }
    held = true;
    channel.suspendReceives();
    return true;
  }

  /** On the worker, once the replies it owed are queued: lets the next frames in. */
  private synchronized void release(WebSocketChannel channel) {
    if (held) {
      held = false;
      channel.resumeReceives();
    }
  }

  @Override
  protected final void onText(WebSocketChannel channel, StreamSourceFrameChannel message) {
    readWhole(message, WebSocketFrameType.TEXT);
  }

  @Override
  protected final void onBinary(WebSocketChannel channel, StreamSourceFrameChannel message) {
    readWhole(message, WebSocketFrameType.BINARY);
  }

  private void readWhole(StreamSourceFrameChannel message, WebSocketFrameType type) {
    new BufferedBinaryMessage(MessageLimits.MAX_MESSAGE_BYTES, true)
        .read(
            message,
            new WebSocketCallback<>() {
              @Override
              public void complete(WebSocketChannel channel, BufferedBinaryMessage whole) {
                dispatch(channel, type, whole.getData());
              }

              @Override
              public void onError(
                  WebSocketChannel channel, BufferedBinaryMessage partial, Throwable error) {
                // Too large, bad UTF-8 or a broken socket: Undertow has sent the close frame.
                partial.getData().close();
                IoUtils.safeClose(channel);
              }
            });
  }

  private void dispatch(
      WebSocketChannel channel, WebSocketFrameType type, Pooled<ByteBuffer[]> data) {
    if (handoff == null) {
      handle(channel, type, data);
      return;
    }
    withWorker.incrementAndGet();
    handoff.execute(
        () -> {
          try {
            handle(channel, type, data);
          } finally {
            if (withWorker.decrementAndGet() == 0) {
              release(channel);
            }
          }
        });
  }

  private void handle(
      WebSocketChannel channel, WebSocketFrameType type, Pooled<ByteBuffer[]> data) {
    probe.messageHandled();
    message(channel, type, data);
  }

  /**
   * Handles one whole message of {@code type} (TEXT or BINARY) held in pool buffers; must free
   * {@code data} once done with it.
   */
  abstract void message(
      WebSocketChannel channel, WebSocketFrameType type, Pooled<ByteBuffer[]> data);
}
