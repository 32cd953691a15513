package wsarena.engine.tls;

import java.io.IOException;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import wsarena.client.CertificatePin;

/**
 * A key pair and a self-signed certificate for {@code CN=localhost} (SAN localhost, 127.0.0.1,
 * ::1), made in memory when an engine starts with TLS: nothing is written to disk, and each server
 * gets its own key. Clients trust it by pinning {@link #sha256Fingerprint()} (see {@link
 * CertificatePin}), which also works across processes.
 *
 * <p>EC P-256 rather than RSA: generating it takes about a millisecond, so starting a wss:// server
 * stays quick, and every TLS 1.2/1.3 client accepts it.
 *
 * <pre>{@code
 * SelfSignedCertificate cert = SelfSignedCertificate.generate();
 * SSLContext server = cert.serverSslContext();     // Undertow
 * KeyStore keys = cert.keyStore();                  // Jetty: with KEY_STORE_PASSWORD
 * PrivateKey key = cert.privateKey();               // Netty: with certificate()
 * String pin = cert.sha256Fingerprint();            // what the client trusts
 * }</pre>
 */
public final class SelfSignedCertificate {

  /** The password of {@link #keyStore()} and of its key entry; it never leaves the process. */
  public static final String KEY_STORE_PASSWORD = "wsarena";

  public static final String KEY_ALIAS = "wsarena-server";

  private static final Duration BACKDATE = Duration.ofDays(1);
  private static final Duration VALIDITY = Duration.ofDays(365);

  private final PrivateKey privateKey;
  private final X509Certificate certificate;

  private SelfSignedCertificate(PrivateKey privateKey, X509Certificate certificate) {
    this.privateKey = privateKey;
    this.certificate = certificate;
  }

  /** A fresh key pair and certificate. */
  public static SelfSignedCertificate generate() {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
      generator.initialize(new ECGenParameterSpec("secp256r1"), new SecureRandom());
      KeyPair keyPair = generator.generateKeyPair();
      return new SelfSignedCertificate(keyPair.getPrivate(), sign(keyPair));
    } catch (GeneralSecurityException | OperatorCreationException | IOException e) {
      // The JDK always has EC P-256 and SHA256withECDSA; failing here means a broken runtime.
      throw new IllegalStateException(
          "cannot create a self-signed certificate: " + e.getMessage(), e);
    }
  }

  private static X509Certificate sign(KeyPair keyPair)
      throws OperatorCreationException, GeneralSecurityException, IOException {
    X500Name name = new X500Name("CN=localhost,O=wsarena");
    Instant now = Instant.now();
    X509v3CertificateBuilder builder =
        new JcaX509v3CertificateBuilder(
            name,
            new BigInteger(64, new SecureRandom()).add(BigInteger.ONE),
            Date.from(now.minus(BACKDATE)),
            Date.from(now.plus(VALIDITY)),
            name,
            keyPair.getPublic());
    builder.addExtension(
        Extension.subjectAlternativeName,
        false,
        new GeneralNames(
            new GeneralName[] {
              new GeneralName(GeneralName.dNSName, "localhost"),
              new GeneralName(GeneralName.iPAddress, "127.0.0.1"),
              new GeneralName(GeneralName.iPAddress, "::1")
            }));
    builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
    builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature));
    builder.addExtension(
        Extension.extendedKeyUsage, false, new ExtendedKeyUsage(KeyPurposeId.id_kp_serverAuth));
    var signer = new JcaContentSignerBuilder("SHA256withECDSA").build(keyPair.getPrivate());
    return new JcaX509CertificateConverter().getCertificate(builder.build(signer));
  }

  public PrivateKey privateKey() {
    return privateKey;
  }

  public X509Certificate certificate() {
    return certificate;
  }

  /** SHA-256 of the DER-encoded certificate: 64 lowercase hex digits. */
  public String sha256Fingerprint() {
    return CertificatePin.sha256Of(certificate);
  }

  /** A PKCS#12 key store in memory holding the key under {@link #KEY_ALIAS}. */
  public KeyStore keyStore() {
    try {
      KeyStore store = KeyStore.getInstance("PKCS12");
      store.load(null, null);
      store.setKeyEntry(
          KEY_ALIAS, privateKey, KEY_STORE_PASSWORD.toCharArray(), new Certificate[] {certificate});
      return store;
    } catch (GeneralSecurityException | IOException e) {
      throw new IllegalStateException("cannot build an in-memory key store: " + e.getMessage(), e);
    }
  }

  /** A server-side TLS context that presents this certificate. */
  public SSLContext serverSslContext() {
    try {
      KeyManagerFactory keyManagers =
          KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
      keyManagers.init(keyStore(), KEY_STORE_PASSWORD.toCharArray());
      SSLContext context = SSLContext.getInstance("TLS");
      context.init(keyManagers.getKeyManagers(), null, new SecureRandom());
      return context;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("cannot build a TLS context: " + e.getMessage(), e);
    }
  }
}
