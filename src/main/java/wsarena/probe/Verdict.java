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

  /** The word in JSON: {@code yes}, {@code no}, {@code unknown}; saved probes keep it. */
  @JsonValue
  public String word() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  /**
   * The words in tables: {@code yes}, {@code no}, {@code not tried}. A feature that could not be
   * tried is not missing: it reads so, and no verdict is drawn from it.
   */
  public String shown() {
    return this == UNKNOWN ? "not tried" : word();
  }
}
