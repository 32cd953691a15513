package wsarena.conformance;

import java.net.URI;
import java.time.Instant;
import java.util.List;

/**
 * The suite's verdicts on one target: how many cases of each kind, and every case that is not OK
 * with the suite's words on it. A run result or a comparison can carry it as it is.
 *
 * @param target the target's label, e.g. {@code netty-event-loop}
 * @param description what the target is, e.g. {@code Netty 4.2.18.Final · Single event loop · this process}
 * @param url the endpoint the suite tested
 * @param suite e.g. {@code Autobahn|Testsuite 0.5.6 (Autobahn 0.6.4)}
 * @param cases the case patterns run, as the suite's spec names them
 * @param excludedCases the patterns left out
 * @param startedAt when the suite started on this target
 * @param durationMillis how long the suite took on it
 * @param ok cases the suite judged OK
 * @param nonStrict cases judged NON-STRICT: a SHOULD of RFC 6455 not followed (still conformant)
 * @param informational cases that only record what the server did
 * @param unimplemented cases of an extension the server does not offer
 * @param failed cases judged FAILED: a MUST of RFC 6455 broken
 * @param nonStrictCases the NON-STRICT cases, in case order
 * @param informationalCases the INFORMATIONAL cases
 * @param unimplementedCases the UNIMPLEMENTED cases
 * @param failedCases the FAILED cases
 */
public record ConformanceSummary(
    String target,
    String description,
    URI url,
    String suite,
    List<String> cases,
    List<String> excludedCases,
    Instant startedAt,
    long durationMillis,
    int ok,
    int nonStrict,
    int informational,
    int unimplemented,
    int failed,
    List<CaseVerdict> nonStrictCases,
    List<CaseVerdict> informationalCases,
    List<CaseVerdict> unimplementedCases,
    List<CaseVerdict> failedCases)
    implements TargetConformance {

  public ConformanceSummary {
    cases = List.copyOf(cases);
    excludedCases = List.copyOf(excludedCases);
    nonStrictCases = List.copyOf(nonStrictCases);
    informationalCases = List.copyOf(informationalCases);
    unimplementedCases = List.copyOf(unimplementedCases);
    failedCases = List.copyOf(failedCases);
  }

  /** Counts every verdict by its behaviour; only the cases that are not OK are kept. */
  static ConformanceSummary of(
      String target,
      String description,
      URI url,
      String suite,
      CaseSelection selection,
      Instant startedAt,
      long durationMillis,
      List<CaseVerdict> verdicts) {
    return new ConformanceSummary(
        target,
        description,
        url,
        suite,
        selection.cases(),
        selection.excluded(),
        startedAt,
        durationMillis,
        count(verdicts, Behavior.OK),
        count(verdicts, Behavior.NON_STRICT),
        count(verdicts, Behavior.INFORMATIONAL),
        count(verdicts, Behavior.UNIMPLEMENTED),
        count(verdicts, Behavior.FAILED),
        only(verdicts, Behavior.NON_STRICT),
        only(verdicts, Behavior.INFORMATIONAL),
        only(verdicts, Behavior.UNIMPLEMENTED),
        only(verdicts, Behavior.FAILED));
  }

  /** Every case the suite ran on the target. */
  public int total() {
    return ok + nonStrict + informational + unimplemented + failed;
  }

  /** No case FAILED and none NON-STRICT: what "strict" means in the suite's report. */
  public boolean strict() {
    return failed == 0 && nonStrict == 0;
  }

  private static int count(List<CaseVerdict> verdicts, Behavior b) {
    return (int) verdicts.stream().filter(v -> v.behavior() == b).count();
  }

  private static List<CaseVerdict> only(List<CaseVerdict> verdicts, Behavior b) {
    return verdicts.stream().filter(v -> v.behavior() == b).toList();
  }
}
