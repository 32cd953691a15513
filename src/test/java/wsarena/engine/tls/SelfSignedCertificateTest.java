package wsarena.engine.tls;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import wsarena.client.CertificatePin;

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
}
