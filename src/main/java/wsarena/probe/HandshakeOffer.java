package wsarena.probe;

import java.util.List;

/**
 * What a probe connection asks for in its opening handshake.
 *
 * @param permessageDeflate offer permessage-deflate
 * @param subprotocols subprotocols to offer in order of preference; empty offers none
 */
record HandshakeOffer(boolean permessageDeflate, List<String> subprotocols) {
  static final HandshakeOffer PLAIN = new HandshakeOffer(false, List.of());

  HandshakeOffer {
    subprotocols = List.copyOf(subprotocols);
  }

  static HandshakeOffer deflate() {
    return new HandshakeOffer(true, List.of());
  }

  static HandshakeOffer subprotocols(List<String> subprotocols) {
    return new HandshakeOffer(false, subprotocols);
  }

  /** The {@code Sec-WebSocket-Protocol} value, or null when none is offered. */
  String subprotocolHeader() {
    return subprotocols.isEmpty() ? null : String.join(", ", subprotocols);
  }
}
