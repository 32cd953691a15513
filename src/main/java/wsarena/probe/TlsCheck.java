package wsarena.probe;

import java.net.URI;
import javax.net.ssl.SSLSession;

/**
 * TLS: is the URL {@code wss://}, and did the handshake succeed. Judged on the probe's first
 * connection, which also tells whether the server can be reached at all.
 */
final class TlsCheck {
  private TlsCheck() {}

  static boolean wantsTls(URI uri) {
    return "wss".equalsIgnoreCase(uri.getScheme());
  }

  /** The verdict from an opened connection. */
  static FeatureResult of(URI uri, ProbeConnection connection, TrustPolicy trust) {
    if (!wantsTls(uri)) {
      return FeatureResult.no(Feature.TLS, "plain ws:// URL");
    }
    return connection
        .tlsSession()
        .map(session -> FeatureResult.yes(Feature.TLS, describe(session, trust)))
        .orElseGet(() -> FeatureResult.no(Feature.TLS, "wss:// URL, but no TLS session"));
  }

  /** The verdict when the first connection failed. */
  static FeatureResult failed(URI uri, ProbeException e) {
    if (!wantsTls(uri)) {
      return FeatureResult.no(Feature.TLS, "plain ws:// URL");
    }
    return e.tlsFailure()
        ? FeatureResult.no(Feature.TLS, e.getMessage())
        : FeatureResult.unknown(Feature.TLS, "could not connect: " + e.getMessage());
  }

  private static String describe(SSLSession session, TrustPolicy trust) {
    String how =
        switch (trust) {
          case TrustPolicy.SystemTrust _ -> "certificate verified by the JDK trust store";
          case TrustPolicy.PinnedSha256 _ -> "certificate matches the pinned SHA-256 fingerprint";
          case TrustPolicy.TrustAny _ -> "certificate NOT verified (--insecure)";
        };
    return session.getProtocol() + ", " + session.getCipherSuite() + "; " + how;
  }
}
