package wsarena.metrics;

/** Why a connection attempt failed, as a storm counts it. */
public enum ConnectFailure {
  /** Nothing accepted the connection: no listener, or a full accept queue on some systems. */
  REFUSED("refused"),
  /** The server reset the connection, or closed it before answering the upgrade. */
  RESET("reset"),
  /** The TCP connect or the WebSocket upgrade took longer than the generator waits. */
  TIMED_OUT("timed out"),
  /** The server answered the upgrade with something other than 101 Switching Protocols. */
  REJECTED_UPGRADE("upgrade rejected"),
  /** The client ran out of source ports (every address:port pair in use or in TIME_WAIT). */
  OUT_OF_PORTS("out of ports"),
  /** The client ran out of file descriptors (the open-files limit). */
  OUT_OF_FILES("out of files"),
  /** Anything else, e.g. a TLS failure. */
  OTHER("other");

  private final String label;

  ConnectFailure(String label) {
    this.label = label;
  }

  /** How a table or a warning names the cause, e.g. {@code out of ports}. */
  public String label() {
    return label;
  }

  /** True when the client itself ran short, not the target: retrying at once cannot help. */
  public boolean clientExhausted() {
    return this == OUT_OF_PORTS || this == OUT_OF_FILES;
  }
}
