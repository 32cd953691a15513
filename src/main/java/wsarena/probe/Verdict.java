package wsarena.probe;

import com.fasterxml.jackson.annotation.JsonValue;

/** What trying a feature showed. */
public enum Verdict {
  /** The server did it. */
  YES,
  /** The server did not, or did it wrong; the detail says how. */
  NO,
  /** Could not be tried, e.g. no connection could be opened; the detail says why. */
  UNKNOWN;

  /** The word in tables and JSON: {@code yes}, {@code no}, {@code unknown}. */
  @JsonValue
  public String word() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
