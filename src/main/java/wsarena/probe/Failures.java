package wsarena.probe;

import io.netty.channel.ConnectTimeoutException;
import io.netty.handler.codec.TooLongFrameException;
import io.netty.handler.codec.http.websocketx.CorruptedWebSocketFrameException;
import io.netty.handler.ssl.NotSslRecordException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.security.cert.CertificateException;
import java.util.Locale;
import javax.net.ssl.SSLException;

/** Turns Netty's and the JDK's exceptions into the short phrases the probe's table shows. */
final class Failures {
  private Failures() {}

  static String describe(Throwable cause, HandshakeResponse response, TrustPolicy trust) {
    if (response != null && !response.switchedProtocols()) {
      return "server answered " + response.statusLine() + " instead of 101 Switching Protocols";
    }
    Throwable root = cause;
    for (Throwable t = cause; t != null; t = t.getCause()) {
      if (t instanceof NotSslRecordException) {
        return "the server did not answer in TLS (is it ws:// rather than wss://?)";
      }
      if (t instanceof CertificateException) {
        return certificateProblem(t, trust);
      }
      root = t;
    }
    String message =
        root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    return switch (root) {
      case ConnectTimeoutException _ -> "no TCP connection: " + message;
      case ConnectException _ when message.toLowerCase(Locale.ROOT).contains("refused") ->
          "connection refused";
      case UnknownHostException _ -> "unknown host " + message;
      case SSLException _ -> "TLS handshake failed: " + message;
      default ->
          response != null ? "client rejected the server's handshake answer: " + message : message;
    };
  }

  private static String certificateProblem(Throwable t, TrustPolicy trust) {
    String message = t.getMessage() == null ? "" : t.getMessage();
    return switch (trust) {
      case TrustPolicy.PinnedSha256 _ ->
          "certificate does not match the pinned SHA-256 fingerprint";
      case TrustPolicy.SystemTrust _ when message.contains("PKIX") ->
          "certificate not trusted (pin it with --fingerprint, or skip the check with --insecure)";
      default -> "certificate rejected: " + message;
    };
  }

  /** What broke an open connection, e.g. {@code the server reset the connection}. */
  static String broken(Throwable cause) {
    for (Throwable t = cause; t != null; t = t.getCause()) {
      String message = t.getMessage() == null ? "" : t.getMessage();
      if (message.contains("Connection reset")) {
        return "the server reset the connection";
      }
      if (t instanceof TooLongFrameException || t instanceof CorruptedWebSocketFrameException) {
        return "the client refused the server's frame: " + message;
      }
    }
    return "the connection failed: "
        + (cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage());
  }

  /** True when the failure came from the TLS layer. */
  static boolean isTls(Throwable cause) {
    for (Throwable t = cause; t != null; t = t.getCause()) {
      if (t instanceof SSLException || t instanceof CertificateException) {
        return true;
      }
    }
    return false;
  }
}
