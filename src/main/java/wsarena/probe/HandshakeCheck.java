package wsarena.probe;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import wsarena.client.TlsTrust;

/**
 * Whether a WebSocket opening handshake succeeds at a URL: one connection, opened and dropped.
 * Tools that hand the URL to a client which copes badly with a refused handshake ask here first.
 */
public final class HandshakeCheck {
  private HandshakeCheck() {}

  /**
   * @return why the handshake failed, as a short phrase (e.g. {@code server answered 404 Not Found
   *     instead of 101 Switching Protocols}), or empty when the server switched protocols
   */
  public static Optional<String> failure(URI uri, Duration timeout) throws InterruptedException {
    ProbeOptions options =
        new ProbeOptions(timeout, TlsTrust.system(), ProbeOptions.MIN_MESSAGE_BYTES);
    try (ProbeClient client = new ProbeClient(options);
        ProbeConnection connection = client.open(uri, HandshakeOffer.PLAIN)) {
      return Optional.empty();
    } catch (ProbeException e) {
      return Optional.of(e.getMessage());
    }
  }
}
