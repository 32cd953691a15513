package wsarena.probe;

/** What arrived on a probe connection after its handshake, in order. */
sealed interface Inbound {
  record Text(String text) implements Inbound {}

  record Binary(byte[] bytes) implements Inbound {}

  record Ping(byte[] payload) implements Inbound {}

  record Pong(byte[] payload) implements Inbound {}

  /**
   * A close frame.
   *
   * @param code the status code, or -1 when the frame carried none (reported as 1005)
   */
  record Close(int code, String reason) implements Inbound {
    /** {@code 1000}, {@code 1009 "message too big"}, {@code no code}. */
    String describe() {
      if (code < 0) {
        return "a close frame without a code";
      }
      return reason == null || reason.isEmpty()
          ? "close " + code
          : "close " + code + " '" + reason + "'";
    }
  }

  /** The TCP connection ended. */
  record Disconnected() implements Inbound {}

  /** The connection failed, e.g. a frame larger than the client accepts. */
  record Failed(Throwable cause) implements Inbound {}
}
