package wsarena.client;

import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import io.netty.handler.ssl.util.InsecureTrustManagerFactory;
import java.net.URI;
import javax.net.ssl.SSLException;

/** The client side of {@code wss://}: a Netty TLS context that trusts what a {@link TlsTrust} says. */
public final class ClientTls {
  private ClientTls() {}

  /** True for {@code wss://}. */
  public static boolean isTls(URI uri) {
    return "wss".equalsIgnoreCase(uri.getScheme());
  }

  /** The URI's port, or the scheme's default (443 for {@code wss://}, 80 for {@code ws://}). */
  public static int port(URI uri) {
    if (uri.getPort() > 0) {
      return uri.getPort();
    }
    return isTls(uri) ? 443 : 80;
  }

  /**
   * A client context for {@code trust}. The host name is checked only against an authority's
   * certificate: a pinned certificate is named by its fingerprint (so 127.0.0.1 may serve one made
   * for "localhost"), and an unchecked one is not checked at all.
   *
   * @throws SSLException when this JVM cannot make a TLS context
   */
  public static SslContext context(TlsTrust trust) throws SSLException {
    SslContextBuilder builder = SslContextBuilder.forClient();
    switch (trust) {
      case TlsTrust.SystemTrust _ -> builder.endpointIdentificationAlgorithm("HTTPS");
      case TlsTrust.Pinned pinned ->
          builder.trustManager(CertificatePin.trustManager(pinned.sha256())).endpointIdentificationAlgorithm(null);
      case TlsTrust.AnyCertificate _ ->
          builder.trustManager(InsecureTrustManagerFactory.INSTANCE).endpointIdentificationAlgorithm(null);
    }
    return builder.build();
  }
}
