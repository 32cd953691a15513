package wsarena.probe;

import java.util.Optional;

/**
 * A probe connection could not be opened. The message is a short phrase for a table cell, e.g.
 * {@code connection refused}.
 */
final class ProbeException extends Exception {
  private final transient HandshakeResponse response;
  private final boolean tlsFailure;

  ProbeException(String message, HandshakeResponse response, boolean tlsFailure, Throwable cause) {
    super(message, cause);
    this.response = response;
    this.tlsFailure = tlsFailure;
  }

  /** The server's handshake answer when one arrived before the failure. */
  Optional<HandshakeResponse> response() {
    return Optional.ofNullable(response);
  }

  /** The TLS handshake itself failed (certificate, protocol), as opposed to TCP or HTTP. */
  boolean tlsFailure() {
    return tlsFailure;
  }
}
