package wsarena.metrics;

/** What was wrong with something the server sent: each one is an error of the run. */
public enum ProtocolError {
  /** Reserved bits, an unknown opcode, a masked frame, a broken fragment sequence. */
  MALFORMED_FRAME("malformed frame"),
  /** A frame or message longer than any answer can be: refused on its header, never buffered. */
  OVERSIZED_FRAME("frame over the limit"),
  /** A message without wsarena's stamp: nothing wsarena sent. */
  NOT_SENT_BY_WSARENA("message wsarena never sent"),
  /** An answer whose length, kind or content differs from the message sent. */
  ALTERED("altered answer"),
  /**
   * An answer whose stamp carries another send time than its message was sent with: a server that
   * rewrites it would otherwise be believed about its own latency.
   */
  ALTERED_STAMP("altered send time"),
  /** An answer naming a message that was never sent, or a publisher that does not exist. */
  UNKNOWN_MESSAGE("answer to no message sent"),
  /** The same message answered twice. */
  DUPLICATE("duplicate answer"),
  /** A pong that does not carry its ping's payload. */
  WRONG_PONG("wrong pong");

  private final String label;

  ProtocolError(String label) {
    this.label = label;
  }

  /** How a warning or a table names the kind, e.g. {@code frame over the limit}. */
  public String label() {
    return label;
  }
}
