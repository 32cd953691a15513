package wsarena.report;

import java.util.Arrays;
import java.util.Optional;

/** How a claim's figure becomes its verdict. */
public enum ClaimRule {
  /** The target's figure is at least {@link Claim#value()}. */
  AT_LEAST("at-least"),
  /** The target's figure is at most {@link Claim#value()}. */
  AT_MOST("at-most"),
  /** The target's figure is better than each of {@link Claim#than()}'s. */
  BETTER_THAN("better-than"),
  /** The target's figure is worse than each of {@link Claim#than()}'s. */
  WORSE_THAN("worse-than"),
  /** The target's figure is the best of every target measured by it. */
  BEST("best"),
  /** The target's figure is the worst of every target measured by it. */
  WORST("worst"),
  /** A yes-or-no measurement (a feature, strict conformance) is yes. */
  YES("yes"),
  /** No verdict: the claim states no figure to judge, and the report shows the one that bears on it. */
  REPORT("report");

  private final String id;

  ClaimRule(String id) {
    this.id = id;
  }

  public String id() {
    return id;
  }

  public static Optional<ClaimRule> parse(String id) {
    return Arrays.stream(values()).filter(r -> r.id.equalsIgnoreCase(id == null ? "" : id.strip())).findFirst();
  }

  /** Every id, for a sentence that lists them. */
  public static String ids() {
    return String.join(", ", Arrays.stream(values()).map(ClaimRule::id).toList());
  }
}
