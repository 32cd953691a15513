package wsarena.conformance;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The suite's verdict on one case, by the suite's own words ({@code behavior} in its report).
 * NON-STRICT breaks a SHOULD of RFC 6455 (or a canonical behaviour it leaves open) and is still
 * conformant; FAILED breaks a MUST; INFORMATIONAL cases only record what the server did;
 * UNIMPLEMENTED cases test an extension the server does not offer.
 */
public enum Behavior {
  OK("OK"),
  NON_STRICT("NON-STRICT"),
  INFORMATIONAL("INFORMATIONAL"),
  UNIMPLEMENTED("UNIMPLEMENTED"),
  FAILED("FAILED");

  private final String word;

  Behavior(String word) {
    this.word = word;
  }

  /** As the suite writes it, e.g. {@code NON-STRICT}. */
  @JsonValue
  public String word() {
    return word;
  }

  /**
   * @throws IllegalArgumentException for a word this suite version does not write
   */
  @JsonCreator
  public static Behavior fromWord(String word) {
    for (Behavior b : values()) {
      if (b.word.equals(word)) {
        return b;
      }
    }
    throw new IllegalArgumentException("unknown verdict '" + word + "'");
  }
}
