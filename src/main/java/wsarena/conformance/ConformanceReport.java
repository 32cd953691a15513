package wsarena.conformance;

import java.time.Instant;
import java.util.List;

/**
 * One {@code wsarena conformance} call: every target the suite judged, and those it could not,
 * in the order they were given. What {@code conformance.json} holds.
 *
 * @param wsarena wsarena's version
 * @param suite e.g. {@code Autobahn|Testsuite 0.5.6 (Autobahn 0.6.4)}
 * @param createdAt when the call started
 * @param targets the targets the suite judged
 * @param failures the targets it could not judge, each with the sentence why
 */
public record ConformanceReport(
    String wsarena,
    String suite,
    Instant createdAt,
    List<ConformanceSummary> targets,
    List<ConformanceFailure> failures) {

  public ConformanceReport {
    targets = List.copyOf(targets);
    failures = List.copyOf(failures);
  }

  /** The results of one call, split into the targets judged and those that could not be. */
  public static ConformanceReport of(String wsarena, String suite, Instant createdAt, List<TargetConformance> results) {
    return new ConformanceReport(
        wsarena,
        suite,
        createdAt,
        results.stream().filter(ConformanceSummary.class::isInstance).map(ConformanceSummary.class::cast).toList(),
        results.stream().filter(ConformanceFailure.class::isInstance).map(ConformanceFailure.class::cast).toList());
  }
}
