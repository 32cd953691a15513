package wsarena.metrics;

/**
 * Why an open connection ended while wsarena still wanted it: the server closed it (by the close
 * code it sent), dropped it, or sent something wsarena had to fail the connection over.
 */
public enum ConnectionLoss {
  /** A close frame with 1000: a normal close, but in the middle of the load. */
  CLOSED_NORMALLY("closed normally (1000)"),
  /** 1001: the server is shutting down or restarting. */
  GOING_AWAY("going away (1001)"),
  /** 1002, 1003, 1007, 1009, 1010: the server refused what wsarena sent. */
  REFUSED_MESSAGE("refused a message (1002/1003/1007/1009/1010)"),
  /** 1008: a policy of the server, e.g. a rate limit. */
  POLICY("policy violation (1008)"),
  /** 1011 to 1014: the server failed, is restarting, or is overloaded. */
  SERVER_ERROR("server error (1011–1014)"),
  /** A close frame with no code, or a code not listed here. */
  OTHER_CLOSE_CODE("another close code"),
  /** The TCP connection ended without a close frame (what browsers report as 1006). */
  NO_CLOSE_FRAME("dropped without a close frame"),
  /** The server reset the TCP connection. */
  RESET("reset"),
  /** The server sent a frame that breaks the protocol, so wsarena failed the connection. */
  BAD_FRAME("failed by wsarena on a bad frame"),
  /** Anything else, e.g. a TLS failure after the handshake. */
  OTHER("other");

  private final String label;

  ConnectionLoss(String label) {
    this.label = label;
  }

  /** How a warning or a table names the cause, e.g. {@code server error (1011–1014)}. */
  public String label() {
    return label;
  }

  /** The cause a close frame's status code names; {@code -1} when the frame carried none. */
  public static ConnectionLoss ofCloseCode(int code) {
    return switch (code) {
      case 1000 -> CLOSED_NORMALLY;
      case 1001 -> GOING_AWAY;
      case 1002, 1003, 1007, 1009, 1010 -> REFUSED_MESSAGE;
      case 1008 -> POLICY;
      case 1011, 1012, 1013, 1014 -> SERVER_ERROR;
      default -> OTHER_CLOSE_CODE;
    };
  }
}
