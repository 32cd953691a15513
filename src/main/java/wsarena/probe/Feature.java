package wsarena.probe;

import com.fasterxml.jackson.annotation.JsonValue;

/** What the feature probe tries, in the order of its table. */
public enum Feature {
  TLS("tls", "TLS", "TLS"),
  PERMESSAGE_DEFLATE("permessage-deflate", "permessage-deflate", "permessage-deflate"),
  SUBPROTOCOL("subprotocol", "subprotocol selection", "subprotocol"),
  LARGEST_MESSAGE("largest-message", "largest message echoed", "largest message"),
  FRAGMENTED_MESSAGE("fragmented-message", "fragmented message echoed", "fragments"),
  PING_PONG("ping-pong", "ping answered with pong", "ping"),
  CLOSE_HANDSHAKE("close-handshake", "close handshake (1000)", "close");

  private final String id;
  private final String title;
  private final String word;

  Feature(String id, String title, String word) {
    this.id = id;
    this.title = title;
    this.word = word;
  }

  /** The feature in a word or two, where all are on one line, e.g. {@code fragments}. */
  public String word() {
    return word;
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
