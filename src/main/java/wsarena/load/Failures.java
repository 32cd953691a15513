package wsarena.load;

import io.netty.channel.ConnectTimeoutException;
import io.netty.handler.codec.http.websocketx.WebSocketClientHandshakeException;
import io.netty.handler.codec.http.websocketx.WebSocketHandshakeException;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.channels.ClosedChannelException;
import javax.net.ssl.SSLException;

/** Turns what Netty throws into a sentence a user can act on. */
public final class Failures {
  private Failures() {}

  public static String describe(Throwable t, URI uri) {
    Throwable root = rootCause(t);
    String target = uri.getHost() + ":" + port(uri);
    String text = String.valueOf(root.getMessage());
    if (text.contains("Too many open files")) {
      return "the OS refused more connections (too many open files): lower the connection count, or run the target in its own process";
    }
    return switch (root) {
      case ConnectTimeoutException _ -> "connecting to " + target + " timed out: is the server up and reachable?";
      case ConnectException _ -> "nothing accepts connections at " + target + " (" + text + "): is the server running on that port?";
      case UnknownHostException _ -> "the host '" + uri.getHost() + "' is unknown: check the URL";
      case WebSocketClientHandshakeException h -> "the server at " + uri + " refused the WebSocket handshake: " + h.getMessage();
      case WebSocketHandshakeException h -> "the WebSocket handshake with " + uri + " failed: " + h.getMessage();
      case SSLException s -> "the TLS handshake with " + target + " failed: " + s.getMessage();
      case ClosedChannelException _ -> "the server at " + target + " closed the connection";
      default -> root.getClass().getSimpleName().equals("HandshakeTimeoutException") || text.contains("handshake timed out")
          ? "the WebSocket handshake with " + uri + " timed out: is this a WebSocket endpoint?"
          : "connection to " + target + " failed: " + text;
    };
  }

  static int port(URI uri) {
    if (uri.getPort() > 0) {
      return uri.getPort();
    }
    return "wss".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
  }

  private static Throwable rootCause(Throwable t) {
    Throwable c = t;
    while (c.getCause() != null && c.getCause() != c) {
      if (c instanceof SSLException || c instanceof WebSocketHandshakeException) {
        return c;
      }
      c = c.getCause();
    }
    return c;
  }
}
