package wsarena.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import wsarena.conformance.CaseSelection;
import wsarena.conformance.CaseVerdict;
import wsarena.conformance.ConformanceFailure;
import wsarena.conformance.ConformanceReport;
import wsarena.conformance.ConformanceSummary;
import wsarena.conformance.TargetConformance;

/** The suite's verdicts as text for the terminal: a table per target, and one row per target. */
public final class ConformanceTable {
  public static final List<String> COLUMNS =
      List.of("target", "OK", "non-strict", "informational", "unimplemented", "failed");

  /** Descriptions and findings longer than this are cut in the terminal; the JSON keeps them whole. */
  private static final int MAX_TEXT = 150;

  private ConformanceTable() {}

  /** One target: its counts, then each FAILED and NON-STRICT case with the suite's words. */
  public static String render(TargetConformance result) {
    StringBuilder out = new StringBuilder();
    switch (result) {
      case ConformanceFailure f ->
          out.append(f.target()).append(": not judged: ").append(f.failure()).append('\n');
      case ConformanceSummary s -> render(s, out);
    }
    return out.toString();
  }

  private static void render(ConformanceSummary s, StringBuilder out) {
    out.append(s.target()).append(": ").append(s.description()).append('\n');
    out.append(context(s)).append(" against ").append(s.url()).append('\n');
    out.append(SummaryTable.text(COLUMNS, List.of(row(s))));
    out.append(casesNotOk(s));
    ids(out, "informational", s.informationalCases());
    ids(out, "unimplemented", s.unimplementedCases());
  }

  /**
   * The verdict in one line, for a run's summary and a comparison row: {@code 298 OK · 0 non-strict
   * · 0 failed} (informational and unimplemented cases judge nothing, and stay in the table).
   */
  public static String oneLine(ConformanceSummary s) {
    return s.ok() + " OK · " + s.nonStrict() + " non-strict · " + s.failed() + " failed";
  }

  /**
   * The verdict in a word or two, where there is room for no more: {@code 12 failed} when any case
   * failed, else {@code 2 non-strict} when any was non-strict, else {@code strict}.
   */
  public static String worst(ConformanceSummary s) {
    return s.failed() > 0 ? s.failed() + " failed" : s.nonStrict() > 0 ? s.nonStrict() + " non-strict" : "strict";
  }

  /**
   * Which suite ran which cases for how long, e.g. {@code Autobahn|Testsuite 0.5.6 (Autobahn
   * 0.6.4), 298 cases (all cases but group 9) in 27.3 s}.
   */
  public static String context(ConformanceSummary s) {
    return String.format(Locale.ROOT, "%s, %d cases (%s) in %.1f s",
        s.suite(), s.total(), new CaseSelection(s.cases(), s.excludedCases()).describe(), s.durationMillis() / 1000.0);
  }

  /** The failed and non-strict cases, each with the suite's words; empty when there are none. */
  public static String casesNotOk(ConformanceSummary s) {
    StringBuilder out = new StringBuilder();
    cases(out, "failed", s.failedCases());
    cases(out, "non-strict", s.nonStrictCases());
    return out.toString();
  }

  /** Every target on one row each, for a call with several targets. */
  public static String overview(ConformanceReport report) {
    List<List<String>> rows = new ArrayList<>();
    for (ConformanceSummary s : report.targets()) {
      rows.add(row(s));
    }
    for (ConformanceFailure f : report.failures()) {
      rows.add(List.of(f.target(), "-", "-", "-", "-", "not judged"));
    }
    return SummaryTable.text(COLUMNS, rows);
  }

  private static List<String> row(ConformanceSummary s) {
    return List.of(
        s.target(),
        Integer.toString(s.ok()),
        Integer.toString(s.nonStrict()),
        Integer.toString(s.informational()),
        Integer.toString(s.unimplemented()),
        Integer.toString(s.failed()));
  }

  private static void cases(StringBuilder out, String heading, List<CaseVerdict> cases) {
    if (cases.isEmpty()) {
      return;
    }
    out.append("  ").append(heading).append(":\n");
    int width = cases.stream().mapToInt(c -> c.id().length()).max().orElse(0);
    String indent = " ".repeat(width + 6);
    for (CaseVerdict c : cases) {
      out.append(String.format(Locale.ROOT, "    %-" + width + "s  %s%n", c.id(), cut(c.description())));
      out.append(indent).append("suite: ").append(cut(c.finding())).append('\n');
      if (c.cause() != null) {
        out.append(indent).append("why: ").append(c.cause()).append('\n');
      }
    }
  }

  private static void ids(StringBuilder out, String heading, List<CaseVerdict> cases) {
    if (!cases.isEmpty()) {
      out.append("  ").append(heading).append(": ")
          .append(String.join(", ", cases.stream().map(CaseVerdict::id).toList())).append('\n');
    }
  }

  private static String cut(String text) {
    return text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT - 1).stripTrailing() + "…";
  }
}
