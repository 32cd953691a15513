package wsarena.engine.jetty;

import java.nio.ByteBuffer;
import org.eclipse.jetty.websocket.api.Callback;
import org.eclipse.jetty.websocket.api.Session;
import wsarena.engine.support.HandlerProbe;

/**
 * One {@code /echo} connection: each whole message goes back as received. Jetty reassembles binary
 * fragments; text comes frame by frame, so that Jetty checks its UTF-8 as it arrives, and {@link
 * TextParts} puts it together. Auto-demanding: Jetty reads the next frame only once this one is
 * handled, which keeps replies in order.
 *
 * <p>Public only because Jetty binds endpoint methods through method handles, which need a public
 * class; nothing outside this package creates one.
 */
public final class EchoEndpoint implements Session.Listener.AutoDemanding {

  private final Sending sending;
  private final HandlerProbe probe;
  private final TextParts text = new TextParts();
  private Session session;

  EchoEndpoint(Sending sending, HandlerProbe probe) {
    this.sending = sending;
    this.probe = probe;
  }

  @Override
  public void onWebSocketOpen(Session session) {
    this.session = session;
  }

  /**
   * Jetty has already closed the connection with the right status (e.g. 1007 for bad UTF-8); a
   * client's mistake is not the server's to log, and Jetty would print a warning per connection.
   */
  @Override
  public void onWebSocketError(Throwable cause) {}

  @Override
  public void onWebSocketPartialText(String part, boolean last) {
    text.add(session, part, last).ifPresent(message -> {
      probe.messageHandled();
      sending.text(session, message);
    });
  }

  @Override
  public void onWebSocketBinary(ByteBuffer payload, Callback callback) {
    probe.messageHandled();
    // The received buffer goes straight back out; Jetty reclaims it when the send completes.
    sending.binary(session, payload, callback);
  }
}
