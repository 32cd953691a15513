package wsarena.probe;

import java.util.HexFormat;
import java.util.Locale;

/** Which server certificates a {@code wss://} probe accepts. */
public sealed interface TrustPolicy {

  /** The JDK's trust store, with the host name checked: the safe default for outside servers. */
  record SystemTrust() implements TrustPolicy {}

  /** Any certificate at all: an explicit choice that always comes with a visible warning. */
  record TrustAny() implements TrustPolicy {}

  /**
   * Exactly the certificate with this SHA-256 fingerprint (64 hex digits; colons and case do not
   * matter): how wsarena trusts the self-signed certificate of its own engines.
   */
  record PinnedSha256(String fingerprint) implements TrustPolicy {
    public PinnedSha256 {
      fingerprint = normalize(fingerprint);
    }

    private static String normalize(String fingerprint) {
      String hex = fingerprint.replace(":", "").strip().toLowerCase(Locale.ROOT);
      if (hex.length() != 64 || !hex.chars().allMatch(HexFormat::isHexDigit)) {
        throw new IllegalArgumentException(
            "a SHA-256 fingerprint is 64 hex digits (colons allowed), not '" + fingerprint + "'");
      }
      return hex;
    }
  }

  static TrustPolicy system() {
    return new SystemTrust();
  }

  static TrustPolicy any() {
    return new TrustAny();
  }

  static TrustPolicy pinned(String sha256) {
    return new PinnedSha256(sha256);
  }
}
