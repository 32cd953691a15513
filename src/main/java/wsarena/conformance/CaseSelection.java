package wsarena.conformance;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Which of the suite's cases run, as the suite's own spec names them: case ids with {@code *}
 * wildcards ({@code "1.*"}, {@code "7.9.1"}, {@code "*"}), and ids to leave out.
 *
 * <p>{@link #quick()} is every case but group 9, whose large messages take two to three minutes
 * per server: the rest finishes in well under a minute. {@link #full()} is every case.
 */
public record CaseSelection(List<String> cases, List<String> excluded) {
  private static final Pattern CASE_PATTERN = Pattern.compile("\\*|\\d+(\\.(\\d+|\\*))*");
  private static final String PERFORMANCE_GROUP = "9.*";

  public CaseSelection {
    cases = List.copyOf(cases);
    excluded = List.copyOf(excluded);
  }

  public static CaseSelection quick() {
    return new CaseSelection(List.of("*"), List.of(PERFORMANCE_GROUP));
  }

  public static CaseSelection full() {
    return new CaseSelection(List.of("*"), List.of());
  }

  /**
   * Reads {@code --cases}: comma-separated case ids or patterns, e.g. {@code "1.*,2.*,7.9.1"}.
   *
   * @throws IllegalArgumentException with a sentence when a pattern is not a case id
   */
  public static CaseSelection parse(String text) {
    List<String> patterns = new ArrayList<>();
    for (String part : text.split(",")) {
      String p = part.strip();
      if (p.isEmpty()) {
        continue;
      }
      if (!CASE_PATTERN.matcher(p).matches()) {
        throw new IllegalArgumentException(
            "'" + p + "' is not a case of the suite: give case ids or patterns such as 1.*, 7.9.1 or 6.4.*");
      }
      patterns.add(p);
    }
    if (patterns.isEmpty()) {
      throw new IllegalArgumentException("--cases names no case: give ids or patterns such as 1.*,2.*");
    }
    return new CaseSelection(patterns, List.of());
  }

  /** True when group 9 (large messages, minutes per server) is in the selection. */
  public boolean hasPerformanceCases() {
    boolean named = cases.stream().anyMatch(p -> p.equals("*") || p.equals("9") || p.startsWith("9."));
    return named && !excluded.contains(PERFORMANCE_GROUP);
  }

  /**
   * How long the suite may take per target before it is stopped: generous against what it took on
   * a loaded 2-core machine (the quick set 15-30 s, group 9 alone 130-145 s).
   */
  public Duration defaultTimeout() {
    return hasPerformanceCases() ? Duration.ofMinutes(12) : Duration.ofMinutes(3);
  }

  /** e.g. {@code all cases but group 9}, {@code all cases}, {@code 1.*, 2.*} */
  public String describe() {
    if (cases.equals(List.of("*"))) {
      return excluded.isEmpty() ? "all cases" : "all cases but " + groups(excluded);
    }
    return String.join(", ", cases) + (excluded.isEmpty() ? "" : " but " + groups(excluded));
  }

  private static String groups(List<String> patterns) {
    return String.join(", ", patterns.stream()
        .map(p -> p.endsWith(".*") && p.indexOf('.') == p.length() - 2 ? "group " + p.substring(0, p.length() - 2) : p)
        .toList());
  }
}
