package wsarena.probe;

import com.fasterxml.jackson.annotation.JsonValue;

/** What the feature probe tries, in the order of its table. */
public enum Feature {
  TLS("tls", "TLS"),
  PERMESSAGE_DEFLATE("permessage-deflate", "permessage-deflate"),
  SUBPROTOCOL("subprotocol", "subprotocol selection"),
  LARGEST_MESSAGE("largest-message", "largest message echoed"),
  FRAGMENTED_MESSAGE("fragmented-message", "fragmented message echoed"),
  PING_PONG("ping-pong", "ping answered with pong"),
  CLOSE_HANDSHAKE("close-handshake", "close handshake (1000)");

  private final String id;
  private final String title;

  Feature(String id, String title) {
    this.id = id;
    this.title = title;
  }

  /** The key in JSON, e.g. {@code permessage-deflate}. */
  @JsonValue
  public String id() {
    return id;
  }

  /** The name in the table, e.g. {@code ping answered with pong}. */
  public String title() {
    return title;
  }
}
