package wsarena.conformance;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * What the suite said about one case, in its own words, from its report.
 *
 * @param id the case id, e.g. {@code 7.9.1}
 * @param behavior the verdict on the case as a whole
 * @param behaviorClose the verdict on the closing handshake alone, e.g. {@code WRONG CODE}
 * @param description what the case does (the suite's text, markup removed)
 * @param expectation what the suite expects the server to do
 * @param result the suite's remark on the messages and events it saw
 * @param resultClose the suite's remark on the closing handshake
 * @param remoteCloseCode the close code the server sent, or null when it sent none
 * @param durationMillis how long the case ran
 * @param cause why a case that is not OK cannot be mended in wsarena's code (the library's own
 *     behaviour, with the source or issue that shows it), or null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CaseVerdict(
    String id,
    Behavior behavior,
    String behaviorClose,
    String description,
    String expectation,
    String result,
    String resultClose,
    Integer remoteCloseCode,
    long durationMillis,
    String cause) {

  /** What the suite saw that makes this case not OK, in one phrase for a table. */
  public String finding() {
    if (!"OK".equals(behaviorClose) && resultClose != null) {
      return resultClose;
    }
    // The suite writes this generic line whenever the events matched one of several outcomes it
    // allows, the non-strict one included; its expectation then says what the strict one was.
    if (result == null || result.startsWith("Actual events match at least one expected")) {
      return "expected: " + expectation;
    }
    return result;
  }

  CaseVerdict withCause(String cause) {
    return new CaseVerdict(
        id, behavior, behaviorClose, description, expectation, result, resultClose, remoteCloseCode,
        durationMillis, cause);
  }
}
