package wsarena.load;

import io.netty.handler.codec.http.websocketx.WebSocketFrame;
import wsarena.scenario.PayloadKind;

/** The id and send time a returned message carries ({@link MessageStamp}). */
record Stamp(long id, long sentAtNanos) {
  /** The stamp at the head of a frame, or null when it carries none. */
  static Stamp of(WebSocketFrame frame, PayloadKind kind) {
    try {
      return new Stamp(MessageStamp.readId(frame.content(), kind), MessageStamp.readTime(frame.content(), kind));
    } catch (NumberFormatException | IndexOutOfBoundsException e) {
      return null;
    }
  }
}
