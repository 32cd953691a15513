package wsarena.client;

import io.netty.channel.ConnectTimeoutException;
import io.netty.handler.codec.TooLongFrameException;
import io.netty.handler.codec.http.websocketx.CorruptedWebSocketFrameException;
import io.netty.handler.codec.http.websocketx.WebSocketClientHandshakeException;
import io.netty.handler.codec.http.websocketx.WebSocketHandshakeException;
import io.netty.handler.ssl.NotSslRecordException;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.channels.ClosedChannelException;
import java.security.cert.CertificateException;
import java.util.Locale;
import javax.net.ssl.SSLException;

/**
 * Turns what Netty and the JDK throw when a WebSocket connection fails into the end of a sentence a
 * user can act on, e.g. {@code nothing accepts connections at 127.0.0.1:8080: is the server
 * running on that port?}. The load generator writes it after "could not connect: ", the feature
 * probe after "cannot probe URL: " and in its table, so a failure reads the same in both.
 */
public final class ConnectFailures {
  private ConnectFailures() {}

  /** Why a connection to {@code uri} could not be opened, or broke while it opened. */
  public static String describe(Throwable cause, URI uri) {
    String target = uri.getHost() + ":" + ClientTls.port(uri);
    for (Throwable t = cause; t != null; t = t.getCause()) {
      switch (t) {
        case NotSslRecordException _ -> {
          return "the server at " + target + " did not answer in TLS: is it ws:// rather than wss://?";
        }
        case CertificatePin.Mismatch m -> {
          return m.getMessage();
        }
        case CertificateException c when isPkix(c) -> {
          return notTrusted(target);
        }
        case CertificateException c -> {
          return "the server's certificate was rejected: " + message(c);
        }
        // Netty says "handshake timed out" through the same exception as a rejected answer
        case WebSocketHandshakeException h when String.valueOf(h.getMessage()).contains("timed out") -> {
          return handshakeTimedOut(uri);
        }
        case WebSocketClientHandshakeException h when h.response() != null && h.response().status().code() != 101 -> {
          return refused(h.response().status().toString(), uri);
        }
        default -> {}
      }
    }
    Throwable root = rootCause(cause);
    String text = message(root);
    if (text.contains("Too many open files")) {
      return "the OS refused more connections (too many open files): lower the connection count, or run the target in its own process";
    }
    if (text.contains("Address already in use") || text.contains("Cannot assign requested address")) {
      return "the client had no free source port to connect from (every address:port pair in use or in TIME_WAIT)";
    }
    if (text.contains("Connection reset")) {
      return "the server at " + target + " reset the connection";
    }
    return switch (root) {
      case ConnectTimeoutException _ -> "connecting to " + target + " timed out: is the server up and reachable?";
      case ConnectException _ when text.toLowerCase(Locale.ROOT).contains("refused") ->
          "nothing accepts connections at " + target + ": is the server running on that port?";
      case ConnectException _ -> "cannot connect to " + target + ": " + text;
      case UnknownHostException _ -> "the host '" + uri.getHost() + "' is unknown: check the URL";
      case WebSocketClientHandshakeException h -> "the client rejected the server's handshake answer: " + h.getMessage();
      case WebSocketHandshakeException h -> "the WebSocket handshake with " + uri + " failed: " + h.getMessage();
      case SSLException s when text.contains("timed out") ->
          "the server at " + target + " never answered the TLS handshake (timed out): is it ws:// rather than wss://?";
      case SSLException s -> "the TLS handshake with " + target + " failed: " + message(s);
      case ClosedChannelException _ -> "the server at " + target + " closed the connection";
      default -> root.getClass().getSimpleName().equals("HandshakeTimeoutException") || text.contains("handshake timed out")
          ? handshakeTimedOut(uri)
          : "connection to " + target + " failed: " + text;
    };
  }

  private static String handshakeTimedOut(URI uri) {
    return "the server at " + uri.getHost() + ":" + ClientTls.port(uri) + " accepted the connection but never answered the"
        + " WebSocket handshake (timed out): is " + uri + " a WebSocket endpoint?";
  }

  /** The server answered the handshake with another status than 101, e.g. {@code 404 Not Found}. */
  public static String refused(String statusLine, URI uri) {
    String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
    return "the server answered " + statusLine + " instead of 101 Switching Protocols: is " + path + " a WebSocket endpoint?";
  }

  /** True when no authority this JVM trusts signed the server's certificate (a self-signed one, say). */
  public static boolean isUntrusted(Throwable cause) {
    for (Throwable t = cause; t != null; t = t.getCause()) {
      if (t instanceof CertificateException c && isPkix(c)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isPkix(CertificateException c) {
    return !(c instanceof CertificatePin.Mismatch) && message(c).contains("PKIX");
  }

  private static String notTrusted(String target) {
    return "the certificate of " + target + " is not signed by an authority this JVM trusts (self-signed?)";
  }

  /** What broke a connection that was open, e.g. {@code the server reset the connection}. */
  public static String broken(Throwable cause) {
    for (Throwable t = cause; t != null; t = t.getCause()) {
      if (message(t).contains("Connection reset")) {
        return "the server reset the connection";
      }
      if (t instanceof TooLongFrameException || t instanceof CorruptedWebSocketFrameException) {
        return "the client refused the server's frame: " + message(t);
      }
    }
    return "the connection failed: " + message(cause);
  }

  /** True when the failure came from the TLS layer. */
  public static boolean isTls(Throwable cause) {
    for (Throwable t = cause; t != null; t = t.getCause()) {
      if (t instanceof SSLException || t instanceof CertificateException) {
        return true;
      }
    }
    return false;
  }

  private static String message(Throwable t) {
    return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
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
