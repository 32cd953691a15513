package wsarena.probe;

import java.net.URI;
import javax.net.ssl.SSLSession;
import wsarena.client.ClientTls;
import wsarena.client.TlsTrust;

/**
 * TLS: is the URL {@code wss://}, and did the handshake succeed. Judged on the probe's first
 * connection, which also tells whether the server can be reached at all.
 */
final class TlsCheck {
  private TlsCheck() {}

  /**
   * Over a plain {@code ws://} URL TLS is not tried: the server may well serve {@code wss://} when
   * started with it, and a URL cannot tell. "No" would be a verdict on what was never asked.
   */
  static final String NOT_TRIED = "not tried: a plain ws:// URL (probe the server started with TLS, at its wss:// URL)";

  /** The verdict from an opened connection. */
  static FeatureResult of(URI uri, ProbeConnection connection, TlsTrust trust) {
    if (!ClientTls.isTls(uri)) {
      return FeatureResult.unknown(Feature.TLS, NOT_TRIED);
    }
    return connection
        .tlsSession()
        .map(session -> FeatureResult.yes(Feature.TLS, describe(session, trust)))
        .orElseGet(() -> FeatureResult.no(Feature.TLS, "wss:// URL, but no TLS session"));
  }

  /** The verdict when the first connection failed. */
  static FeatureResult failed(URI uri, ProbeException e) {
    if (!ClientTls.isTls(uri)) {
      return FeatureResult.unknown(Feature.TLS, NOT_TRIED);
    }
    return e.tlsFailure()
        ? FeatureResult.no(Feature.TLS, e.getMessage())
        : FeatureResult.unknown(Feature.TLS, "could not connect: " + e.getMessage());
  }

  private static String describe(SSLSession session, TlsTrust trust) {
    String how =
        switch (trust) {
          case TlsTrust.SystemTrust _ -> "certificate verified by the JDK trust store";
          case TlsTrust.Pinned _ -> "certificate matches the pinned SHA-256 fingerprint";
          case TlsTrust.AnyCertificate _ -> "certificate NOT verified (--insecure)";
        };
    return session.getProtocol() + ", " + session.getCipherSuite() + "; " + how;
  }
}
