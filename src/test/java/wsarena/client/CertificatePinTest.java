package wsarena.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import org.junit.jupiter.api.Test;
import wsarena.engine.tls.SelfSignedCertificate;

/** The one SHA-256 pin check, which the load generator, the feature probe and the tests use. */
class CertificatePinTest {
  private static final String HEX =
      "3f0c1d2e4a5b6c7d8e9f00112233445566778899aabbccddeeff001122334455";

  private final SelfSignedCertificate generated = SelfSignedCertificate.generate();

  @Test
  void aPinnedTrustManagerAcceptsOnlyThatCertificate() throws Exception {
    var trust = CertificatePin.trustManager(generated.sha256Fingerprint());
    trust.checkServerTrusted(new X509Certificate[] {generated.certificate()}, "ECDHE_ECDSA");

    SelfSignedCertificate other = SelfSignedCertificate.generate();
    assertThatThrownBy(() -> trust.checkServerTrusted(new X509Certificate[] {other.certificate()}, "ECDHE_ECDSA"))
        .isInstanceOf(CertificatePin.Mismatch.class)
        .hasMessage(
            "the server's certificate is not the pinned one (its SHA-256 fingerprint is "
                + other.sha256Fingerprint() + ")");
    assertThatThrownBy(() -> trust.checkServerTrusted(new X509Certificate[0], "ECDHE_ECDSA"))
        .isInstanceOf(CertificateException.class)
        .hasMessage("the server presented no certificate");
  }

  @Test
  void pinsMayBeWrittenWithColonsAndCapitals() throws Exception {
    String withColons = generated.sha256Fingerprint().toUpperCase().replaceAll("(..)(?!$)", "$1:");
    var trust = CertificatePin.trustManager(withColons);
    trust.checkServerTrusted(new X509Certificate[] {generated.certificate()}, "ECDHE_ECDSA");

    assertThat(((TlsTrust.Pinned) TlsTrust.pinned(HEX.toUpperCase().replaceAll("(..)(?!$)", "$1:"))).sha256())
        .isEqualTo(HEX);
  }

  @Test
  void aPinThatIsNotSha256IsRefusedWithOneSentenceWhereverItIsGiven() {
    String sentence = "a SHA-256 fingerprint is 64 hex digits (colons allowed), not 'abc'";
    assertThatThrownBy(() -> CertificatePin.trustManager("abc"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(sentence);
    assertThatThrownBy(() -> TlsTrust.pinned("abc"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(sentence);
    assertThatThrownBy(() -> TlsTrust.pinned(HEX.substring(1) + "g"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
