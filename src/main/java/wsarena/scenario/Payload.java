package wsarena.scenario;

/**
 * The messages the generator sends: their size in bytes on the wire (the WebSocket payload, not
 * counting frame headers) and their kind.
 *
 * <p>Every message carries its intended send time and an id, so it has a minimum size: {@link
 * #MIN_TEXT_BYTES} for text (hex digits) and {@link #MIN_BINARY_BYTES} for binary.
 */
public record Payload(int sizeBytes, PayloadKind kind) {
  public static final int MIN_BINARY_BYTES = 16;
  public static final int MIN_TEXT_BYTES = 32;
  /** 16 MiB: the largest message the generator will send. */
  public static final int MAX_BYTES = 16 * 1024 * 1024;

  public static Payload defaults() {
    return new Payload(64, PayloadKind.TEXT);
  }

  public int minimumBytes() {
    return kind == PayloadKind.TEXT ? MIN_TEXT_BYTES : MIN_BINARY_BYTES;
  }
}
