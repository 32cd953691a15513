package wsarena.probe;

/**
 * The server's answer to the opening handshake, as it came, before the client judged it.
 *
 * @param status the HTTP status code (101 when the server switched protocols)
 * @param statusLine e.g. {@code 101 Switching Protocols}
 * @param extensions the {@code Sec-WebSocket-Extensions} header, or null
 * @param subprotocol the {@code Sec-WebSocket-Protocol} header, or null
 */
record HandshakeResponse(int status, String statusLine, String extensions, String subprotocol) {
  boolean switchedProtocols() {
    return status == 101;
  }
}
