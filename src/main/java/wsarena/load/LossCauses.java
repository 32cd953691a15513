package wsarena.load;

import io.netty.handler.codec.TooLongFrameException;
import io.netty.handler.codec.http.websocketx.CorruptedWebSocketFrameException;
import io.netty.handler.codec.http.websocketx.WebSocketCloseStatus;
import java.util.Locale;
import wsarena.metrics.ConnectionLoss;
import wsarena.metrics.ProtocolError;

/**
 * Sorts why an open connection ended, and what was wrong with a frame Netty refused, into the
 * causes a run counts ({@link ConnectionLoss}, {@link ProtocolError}).
 */
final class LossCauses {
  /** No close frame came from the server before the connection ended. */
  static final int NO_CLOSE_FRAME = -2;

  private LossCauses() {}

  /**
   * @param serverCloseCode the status code of the server's close frame, -1 for a close frame
   *     without one, {@link #NO_CLOSE_FRAME} for none
   * @param cause what ended it on the client's side, or null for a plain end of the stream
   */
  static ConnectionLoss of(int serverCloseCode, Throwable cause) {
    if (protocolError(cause) != null) {
      return ConnectionLoss.BAD_FRAME;
    }
    if (serverCloseCode != NO_CLOSE_FRAME) {
      return ConnectionLoss.ofCloseCode(serverCloseCode);
    }
    if (cause == null) {
      return ConnectionLoss.NO_CLOSE_FRAME;
    }
    for (Throwable t = cause; t != null; t = t.getCause() == t ? null : t.getCause()) {
      String text = t.getMessage() == null ? "" : t.getMessage().toLowerCase(Locale.ROOT);
      if (text.contains("connection reset") || text.contains("broken pipe")) {
        return ConnectionLoss.RESET;
      }
    }
    return ConnectionLoss.OTHER;
  }

  /** The kind of bad frame {@code cause} reports, or null when it is not about a frame. */
  static ProtocolError protocolError(Throwable cause) {
    for (Throwable t = cause; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof TooLongFrameException) {
        return ProtocolError.OVERSIZED_FRAME;
      }
      if (t instanceof CorruptedWebSocketFrameException c) {
        return c.closeStatus() != null && c.closeStatus().code() == WebSocketCloseStatus.MESSAGE_TOO_BIG.code()
            ? ProtocolError.OVERSIZED_FRAME
            : ProtocolError.MALFORMED_FRAME;
      }
    }
    return null;
  }

  /** The sentence for a bad frame, in the user's words. */
  static String describe(ProtocolError kind, Throwable cause, int limitBytes) {
    return kind == ProtocolError.OVERSIZED_FRAME
        ? "the server sent a frame over the client's limit of " + String.format(Locale.ROOT, "%,d", limitBytes)
            + " bytes (refused on its header, not read)"
        : "the server sent a malformed frame (" + cause.getMessage() + ")";
  }
}
