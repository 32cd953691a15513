package wsarena.engine.tls;

import java.net.Socket;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.security.cert.CertificateEncodingException;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.HexFormat;
import java.util.Locale;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509ExtendedTrustManager;

/**
 * Client-side trust in exactly one certificate, named by its SHA-256 fingerprint.
 *
 * <p>This is how a client trusts an embedded target's {@link SelfSignedCertificate}: not "trust
 * everything", but "trust the one certificate this server told us it generated", which also works
 * when the server runs in a child process and reports its fingerprint.
 *
 * <pre>{@code
 * X509ExtendedTrustManager trust = CertificatePin.trustManager(server.certificateSha256().orElseThrow());
 * SslContext netty = SslContextBuilder.forClient().trustManager(trust).build();
 * }</pre>
 */
public final class CertificatePin {

  private CertificatePin() {}

  /** SHA-256 of the DER-encoded certificate, as 64 lowercase hex digits. */
  public static String sha256Of(X509Certificate certificate) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded());
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException | CertificateEncodingException e) {
      throw new IllegalStateException("cannot fingerprint a certificate: " + e.getMessage(), e);
    }
  }

  /**
   * A trust manager that accepts a server whose leaf certificate has this fingerprint and rejects
   * any other. Colons and upper case in {@code sha256} are accepted (as browsers print them).
   */
  public static X509ExtendedTrustManager trustManager(String sha256) {
    String expected = sha256.replace(":", "").toLowerCase(Locale.ROOT);
    if (!expected.matches("[0-9a-f]{64}")) {
      throw new IllegalArgumentException(
          "a SHA-256 certificate fingerprint has 64 hex digits, got '" + sha256 + "'");
    }
    return new PinnedTrustManager(expected);
  }

  /** A client TLS context that trusts only the pinned certificate. */
  public static SSLContext clientSslContext(String sha256) {
    try {
      SSLContext context = SSLContext.getInstance("TLS");
      context.init(null, new TrustManager[] {trustManager(sha256)}, new SecureRandom());
      return context;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("cannot build a TLS context: " + e.getMessage(), e);
    }
  }

  private static final class PinnedTrustManager extends X509ExtendedTrustManager {
    private final String expected;

    PinnedTrustManager(String expected) {
      this.expected = expected;
    }

    private void check(X509Certificate[] chain) throws CertificateException {
      if (chain == null || chain.length == 0) {
        throw new CertificateException("the server presented no certificate");
      }
      String actual = sha256Of(chain[0]);
      if (!actual.equals(expected)) {
        throw new CertificateException(
            "the server's certificate (SHA-256 "
                + actual
                + ") is not the pinned one ("
                + expected
                + ")");
      }
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType)
        throws CertificateException {
      check(chain);
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket)
        throws CertificateException {
      check(chain);
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
        throws CertificateException {
      check(chain);
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType)
        throws CertificateException {
      throw new CertificateException("a pinned client trust manager does not authenticate clients");
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket)
        throws CertificateException {
      checkClientTrusted(chain, authType);
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
        throws CertificateException {
      checkClientTrusted(chain, authType);
    }

    @Override
    public X509Certificate[] getAcceptedIssuers() {
      return new X509Certificate[0];
    }
  }
}
