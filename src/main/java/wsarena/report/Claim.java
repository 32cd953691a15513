package wsarena.report;

import java.util.List;

/**
 * One claim of an article, as a claims file states it: the words quoted, the target they speak
 * of, the measurement that tests them and the rule that turns its figure into a verdict. A claim
 * no measurement can test names none and says why.
 *
 * <pre>{@code
 * - quote: "minimal context-switching overhead"
 *   section: Latency · Tornado
 *   target: tornado
 *   measurement: target-context-switches-per-message
 *   rule: better-than
 *   than: ["*-reactor-workers"]
 * }</pre>
 *
 * @param quote the article's words, quoted as they are
 * @param section where the article says it, e.g. {@code Latency · Tornado}; may be null
 * @param target the label of the target it speaks of, e.g. {@code tornado}
 * @param measurement a {@link Measurement} id, e.g. {@code handshakes-per-second}; null when none
 *     tests the claim
 * @param rule a {@link ClaimRule} id, e.g. {@code at-least}; null with no measurement
 * @param than for {@code better-than} and {@code worse-than}: the targets compared with, labels or
 *     patterns with {@code *}
 * @param value for {@code at-least} and {@code at-most}: the bound, in the measurement's base unit
 *     (msgs/s, µs, bytes, cores)
 * @param why with no measurement: why none can test the claim
 */
public record Claim(
    String quote, String section, String target, String measurement, String rule, List<String> than, Double value, String why) {
  public Claim {
    than = than == null ? List.of() : List.copyOf(than);
  }

  /**
   * The claims an article makes, as one file holds them.
   *
   * @param targets the targets the article speaks of, labels or patterns with {@code *} (e.g.
   *     {@code tornado}); when the file names none, the targets of its claims
   */
  public record Article(String title, String source, List<String> targets, List<Claim> claims) {
    public Article {
      claims = claims == null ? List.of() : List.copyOf(claims);
      targets = targets == null || targets.isEmpty()
          ? claims.stream().filter(c -> c != null && c.target() != null).map(Claim::target).distinct().toList()
          : List.copyOf(targets);
    }

    /** An article whose targets are those its claims name. */
    public Article(String title, String source, List<Claim> claims) {
      this(title, source, null, claims);
    }

    /**
     * True when any of {@code labels} (the report's targets) is one the article speaks of: only
     * then do its claims belong in the report. An Undertow-only comparison checked against an
     * article on Tornado would list every claim untested, under that article's name.
     */
    public boolean appliesTo(java.util.Collection<String> labels) {
      return labels.stream().anyMatch(l -> targets.stream().anyMatch(t -> ClaimCheck.matches(t, l)));
    }
  }
}
