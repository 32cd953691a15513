package wsarena.load;

/** Which server certificates the generator accepts for {@code wss://}. */
public sealed interface TlsTrust {

  /** The JVM's trusted authorities and a host-name check: the right choice for external servers. */
  record SystemDefault() implements TlsTrust {}

  /** Exactly one certificate, by its SHA-256 fingerprint: how embedded targets are trusted. */
  record Pinned(String sha256Hex) implements TlsTrust {}

  /** Any certificate, unchecked: only on the user's explicit request, and the result says so. */
  record AnyCertificate() implements TlsTrust {}
}
