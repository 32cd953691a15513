package wsarena.scenario;

/** The WebSocket frame type of the messages sent. */
public enum PayloadKind {
  TEXT,
  BINARY
}
