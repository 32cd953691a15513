package wsarena.client;

/** Which server certificates a client accepts for {@code wss://}. */
public sealed interface TlsTrust {

  /** The JVM's trusted authorities and a host-name check: the right choice for outside servers. */
  record SystemTrust() implements TlsTrust {}

  /**
   * Exactly the certificate with this SHA-256 fingerprint: how wsarena trusts the self-signed
   * certificate of its own engines, also across processes.
   *
   * @param sha256 64 hex digits, as {@link CertificatePin#normalize} writes them
   */
  record Pinned(String sha256) implements TlsTrust {
    public Pinned {
      sha256 = CertificatePin.normalize(sha256);
    }
  }

  /** Any certificate, unchecked: only on the user's explicit request, and the result says so. */
  record AnyCertificate() implements TlsTrust {}

  static TlsTrust system() {
    return new SystemTrust();
  }

  /**
   * @throws IllegalArgumentException with a sentence when {@code sha256} is not a SHA-256
   *     fingerprint
   */
  static TlsTrust pinned(String sha256) {
    return new Pinned(sha256);
  }

  static TlsTrust any() {
    return new AnyCertificate();
  }
}
