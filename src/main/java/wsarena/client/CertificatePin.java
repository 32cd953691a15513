package wsarena.client;

import java.net.Socket;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.HexFormat;
import java.util.Locale;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.X509ExtendedTrustManager;

/**
 * Client-side trust in exactly one certificate, named by its SHA-256 fingerprint.
 *
 * <p>This is how a client trusts an embedded target's self-signed certificate: not "trust
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
   * A fingerprint as 64 lowercase hex digits; colons and upper case are accepted, as browsers and
   * {@code openssl x509 -fingerprint} print them.
   *
   * @throws IllegalArgumentException with a sentence when it is not a SHA-256 fingerprint
   */
  public static String normalize(String sha256) {
    String hex = sha256 == null ? "" : sha256.replace(":", "").strip().toLowerCase(Locale.ROOT);
    if (hex.length() != 64 || !hex.chars().allMatch(HexFormat::isHexDigit)) {
      throw new IllegalArgumentException(
          "a SHA-256 fingerprint is 64 hex digits (colons allowed), not '" + sha256 + "'");
    }
    return hex;
  }

  /** A trust manager that accepts a server whose leaf certificate has this fingerprint and no other. */
  public static X509ExtendedTrustManager trustManager(String sha256) {
    return new PinnedTrustManager(normalize(sha256));
  }

  /** The server showed another certificate than the pinned one. */
  public static final class Mismatch extends CertificateException {
    public Mismatch(String actual) {
      super("the server's certificate is not the pinned one (its SHA-256 fingerprint is " + actual + ")");
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
        throw new Mismatch(actual);
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
