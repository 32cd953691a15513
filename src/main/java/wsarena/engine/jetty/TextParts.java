package wsarena.engine.jetty;

import java.util.Optional;
import org.eclipse.jetty.websocket.api.Callback;
import org.eclipse.jetty.websocket.api.Session;
import org.eclipse.jetty.websocket.api.StatusCode;
import wsarena.engine.support.MessageLimits;

/**
 * One connection's text message, put together from the parts Jetty hands over frame by frame.
 *
 * <p>Why parts: an endpoint that takes whole text messages gets Jetty's StringMessageSink, which
 * checks UTF-8 only once the last frame is in; one that takes parts gets PartialStringMessageSink,
 * which checks each part as it comes ({@code Utf8StringBuilder.takePartialString}), so a message
 * that turns invalid is failed (1007) at that frame, as RFC 6455 asks (the suite's cases 6.4.1-4
 * were non-strict). Jetty enforces its message size only on whole messages, so this counts the
 * UTF-8 bytes of a fragmented message itself, with the same limit.
 */
final class TextParts {
  private StringBuilder pending;
  private long pendingBytes;
  private boolean refused;

  /**
   * @return the whole message once {@code last} is true, else empty; also empty for a message that
   *     grew past {@link MessageLimits#MAX_MESSAGE_BYTES}, which closes the session with 1009
   */
  Optional<String> add(Session session, String part, boolean last) {
    if (refused) {
      refused = !last;
      return Optional.empty();
    }
    if (last && pending == null) {
      // An unfragmented message (the common case): Jetty's frame limit has already bounded it.
      return Optional.of(part);
    }
    pendingBytes += utf8Length(part);
    if (pendingBytes > MessageLimits.MAX_MESSAGE_BYTES) {
      pending = null;
      pendingBytes = 0;
      refused = !last;
      session.close(StatusCode.MESSAGE_TOO_LARGE, "Text message too large", Callback.NOOP);
      return Optional.empty();
    }
    if (pending == null) {
      pending = new StringBuilder(part);
    } else {
      pending.append(part);
    }
    if (!last) {
      return Optional.empty();
    }
    String whole = pending.toString();
    pending = null;
    pendingBytes = 0;
    return Optional.of(whole);
  }

  /** How many bytes {@code s} takes in UTF-8: what a message's size is measured in. */
  static long utf8Length(CharSequence s) {
    long bytes = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x80) {
        bytes += 1;
      } else if (c < 0x800) {
        bytes += 2;
      } else if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
        bytes += 4;
        i++;
      } else {
        bytes += 3;
      }
    }
    return bytes;
  }
}
