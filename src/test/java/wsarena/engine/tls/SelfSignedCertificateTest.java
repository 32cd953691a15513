package wsarena.engine.tls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.KeyStore;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SelfSignedCertificateTest {

  private final SelfSignedCertificate generated = SelfSignedCertificate.generate();

  @Test
  void namesLocalhostAndBothLoopbackAddresses() throws Exception {
    X509Certificate cert = generated.certificate();
    cert.checkValidity();
    cert.verify(cert.getPublicKey()); // self-signed
    assertThat(cert.getSubjectX500Principal().getName()).contains("CN=localhost");
    Set<String> alternativeNames =
        cert.getSubjectAlternativeNames().stream()
            .map(n -> String.valueOf(n.get(1)))
            .collect(Collectors.toSet());
    assertThat(alternativeNames).contains("localhost", "127.0.0.1");
    assertThat(alternativeNames).anyMatch(n -> n.equals("0:0:0:0:0:0:0:1") || n.equals("::1"));
    assertThat(cert.getExtendedKeyUsage()).contains("1.3.6.1.5.5.7.3.1"); // serverAuth
    assertThat(cert.getBasicConstraints()).isEqualTo(-1); // not a CA
  }

  @Test
  void fingerprintIsTheSha256OfTheCertificateIn64LowercaseHexDigits() {
    assertThat(generated.sha256Fingerprint())
        .matches("[0-9a-f]{64}")
        .isEqualTo(CertificatePin.sha256Of(generated.certificate()));
  }

  @Test
  void everyCertificateIsNew() {
    assertThat(SelfSignedCertificate.generate().sha256Fingerprint())
        .isNotEqualTo(generated.sha256Fingerprint());
  }

  @Test
  void keyStoreHoldsTheKeyAndCertificate() throws Exception {
    KeyStore store = generated.keyStore();
    assertThat(
            store.getKey(
                SelfSignedCertificate.KEY_ALIAS,
                SelfSignedCertificate.KEY_STORE_PASSWORD.toCharArray()))
        .isEqualTo(generated.privateKey());
    assertThat(store.getCertificate(SelfSignedCertificate.KEY_ALIAS))
        .isEqualTo(generated.certificate());
    assertThat(generated.serverSslContext().getProtocol()).isEqualTo("TLS");
  }

  @Test
  void aPinnedTrustManagerAcceptsOnlyThatCertificate() throws Exception {
    var trust = CertificatePin.trustManager(generated.sha256Fingerprint());
    trust.checkServerTrusted(new X509Certificate[] {generated.certificate()}, "ECDHE_ECDSA");

    X509Certificate other = SelfSignedCertificate.generate().certificate();
    assertThatThrownBy(() -> trust.checkServerTrusted(new X509Certificate[] {other}, "ECDHE_ECDSA"))
        .isInstanceOf(CertificateException.class)
        .hasMessageContaining("not the pinned one");
    assertThatThrownBy(() -> trust.checkServerTrusted(new X509Certificate[0], "ECDHE_ECDSA"))
        .isInstanceOf(CertificateException.class);
  }

  @Test
  void pinsMayBeWrittenWithColonsAndCapitals() throws Exception {
    String fingerprint = generated.sha256Fingerprint();
    List<String> pairs = List.of(fingerprint.toUpperCase().split("(?<=\\G..)"));
    var trust = CertificatePin.trustManager(String.join(":", pairs));
    trust.checkServerTrusted(new X509Certificate[] {generated.certificate()}, "ECDHE_ECDSA");
  }

  @Test
  void aMalformedPinIsRefusedWithASentence() {
    assertThatThrownBy(() -> CertificatePin.trustManager("abc"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a SHA-256 certificate fingerprint has 64 hex digits, got 'abc'");
  }
}
