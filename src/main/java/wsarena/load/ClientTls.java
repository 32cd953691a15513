package wsarena.load;

import io.netty.channel.socket.SocketChannel;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import io.netty.handler.ssl.SslHandler;
import io.netty.handler.ssl.util.FingerprintTrustManagerFactory;
import io.netty.handler.ssl.util.InsecureTrustManagerFactory;
import java.net.URI;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLParameters;

/** The client's TLS for {@code wss://} URIs, or nothing for {@code ws://}. */
final class ClientTls {
  private final SslContext context;
  private final URI uri;
  private final boolean verifyHostName;

  private ClientTls(SslContext context, URI uri, boolean verifyHostName) {
    this.context = context;
    this.uri = uri;
    this.verifyHostName = verifyHostName;
  }

  static ClientTls forUri(URI uri, TlsTrust trust) {
    if (!"wss".equalsIgnoreCase(uri.getScheme())) {
      return new ClientTls(null, uri, false);
    }
    try {
      SslContextBuilder b = SslContextBuilder.forClient();
      boolean verifyHost = false;
      switch (trust) {
        case TlsTrust.SystemDefault _ -> verifyHost = true;
        case TlsTrust.Pinned p ->
            b.trustManager(FingerprintTrustManagerFactory.builder("SHA-256").fingerprints(p.sha256Hex()).build());
        case TlsTrust.AnyCertificate _ -> b.trustManager(InsecureTrustManagerFactory.INSTANCE);
      }
      return new ClientTls(b.build(), uri, verifyHost);
    } catch (SSLException e) {
      throw new IllegalStateException("TLS is not available in this JVM: " + e.getMessage(), e);
    }
  }

  /** Puts the TLS handler first in the pipeline when the URI is {@code wss://}. */
  void addTo(SocketChannel ch) {
    if (context == null) {
      return;
    }
    SslHandler handler = context.newHandler(ch.alloc(), uri.getHost(), Failures.port(uri));
    SSLEngine engine = handler.engine();
    SSLParameters params = engine.getSSLParameters();
    // Host-name checks only make sense for certificates from an authority; a pinned or
    // explicitly trusted certificate is checked by its fingerprint or not at all.
    params.setEndpointIdentificationAlgorithm(verifyHostName ? "HTTPS" : null);
    engine.setSSLParameters(params);
    ch.pipeline().addLast(handler);
  }
}
