package wsarena.engine.jetty;

import java.nio.ByteBuffer;
import java.util.Set;
import org.eclipse.jetty.websocket.api.Callback;
import org.eclipse.jetty.websocket.api.Session;
import wsarena.engine.support.HandlerProbe;

/**
 * One {@code /broadcast} connection: each message goes to every open subscriber, itself included.
 * Public only because Jetty binds endpoint methods through method handles.
 */
public final class BroadcastEndpoint implements Session.Listener.AutoDemanding {

  private final Set<Session> subscribers;
  private final Sending sending;
  private final HandlerProbe probe;
  private final TextParts text = new TextParts();
  private Session session;

  /**
   * @param subscribers the open {@code /broadcast} sessions of this server, shared by its endpoints
   */
  BroadcastEndpoint(Set<Session> subscribers, Sending sending, HandlerProbe probe) {
    this.subscribers = subscribers;
    this.sending = sending;
    this.probe = probe;
  }

  @Override
  public void onWebSocketOpen(Session session) {
    this.session = session;
    subscribers.add(session);
  }

  @Override
  public void onWebSocketClose(int statusCode, String reason) {
    subscribers.remove(session);
  }

  /** Jetty closes the connection itself; without this method it would also log a warning. */
  @Override
  public void onWebSocketError(Throwable cause) {
    subscribers.remove(session);
  }

  @Override
  public void onWebSocketPartialText(String part, boolean last) {
    text.add(session, part, last).ifPresent(message -> {
      probe.messageHandled();
      for (Session subscriber : subscribers) {
        sending.text(subscriber, message);
      }
    });
  }

  @Override
  public void onWebSocketBinary(ByteBuffer payload, Callback callback) {
    probe.messageHandled();
    // One copy, so the received buffer goes back to Jetty now rather than after the slowest
    // subscriber; each send reads its own view of the copy.
    ByteBuffer message = ByteBuffer.allocate(payload.remaining()).put(payload).flip();
    callback.succeed();
    for (Session subscriber : subscribers) {
      sending.binary(subscriber, message.slice(), Sending.closeOnFailure(subscriber));
    }
  }
}
