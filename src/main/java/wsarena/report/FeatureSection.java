package wsarena.report;

import wsarena.text.Units;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import wsarena.conformance.CaseSelection;
import wsarena.conformance.ConformanceFailure;
import wsarena.conformance.ConformanceSummary;
import wsarena.probe.Feature;
import wsarena.probe.FeatureReport;
import wsarena.probe.FeatureResult;
import wsarena.probe.Verdict;

/**
 * The Feature set section: what the feature probe found on each target (TLS, permessage-deflate,
 * subprotocols, the largest message, fragments, ping, close) and the Autobahn|Testsuite's
 * verdicts per target.
 */
final class FeatureSection {
  private FeatureSection() {}

  static String render(ReportData data) {
    return "### Feature probe\n\n" + probe(data.inputs().features()) + "\n### Conformance\n\n"
        + conformance(data.inputs().conformance(), data.inputs().notJudged());
  }

  private static String probe(Map<String, FeatureReport> features) {
    if (features.isEmpty()) {
      return "Not measured: this report was given no feature probe. Probe each target with"
          + " `wsarena features --engine E --model M --out features/LABEL.json` (or `--url`), and pass the folder.\n";
    }
    List<String> columns = new ArrayList<>(List.of("target"));
    for (Feature f : Feature.values()) {
      columns.add(f.title());
    }
    List<List<String>> rows = new ArrayList<>();
    List<String> unreachable = new ArrayList<>();
    List<String> notTried = new ArrayList<>();
    features.keySet().stream().sorted().forEach(label -> {
      FeatureReport r = features.get(label);
      if (r.unreachable().isPresent()) {
        unreachable.add("- " + label + ": could not be probed: " + r.unreachable().get());
        return;
      }
      List<String> row = new ArrayList<>(List.of(label));
      for (Feature f : Feature.values()) {
        FeatureResult fr = r.result(f);
        row.add(f == Feature.LARGEST_MESSAGE && fr.bytes() != null ? Units.bytes(fr.bytes()) : fr.verdict().shown());
        if (fr.verdict() == Verdict.UNKNOWN) {
          notTried.add("- " + label + ", " + f.title() + ": " + ReportMarkdown.escape(fr.detail()));
        }
      }
      rows.add(row);
    });
    StringBuilder sb = new StringBuilder("Each feature tried on the wire, the way a user gets it (TLS on the target started with TLS,")
        .append(" permessage-deflate on the target started with it offered): yes, no, or not tried (with why; a claim on it is then untested).\n\n");
    if (!rows.isEmpty()) {
      sb.append(ReportMarkdown.textTable(columns, rows));
    }
    if (!notTried.isEmpty()) {
      sb.append("\n").append(String.join("\n", notTried)).append("\n");
    }
    if (!unreachable.isEmpty()) {
      sb.append("\n").append(String.join("\n", unreachable)).append("\n");
    }
    return sb.toString();
  }

  private static String conformance(Map<String, ConformanceSummary> results, List<ConformanceFailure> notJudged) {
    if (results.isEmpty() && notJudged.isEmpty()) {
      return "Not measured: this report was given no conformance results. Run the Autobahn|Testsuite with"
          + " `wsarena conformance --engine undertow,netty,jetty --peer tornado,autobahn --out DIR` and pass DIR.\n";
    }
    StringBuilder sb = new StringBuilder();
    if (!results.isEmpty()) {
      ConformanceSummary first = results.values().iterator().next();
      sb.append("Verdicts of ").append(first.suite()).append(" on ")
          .append(new CaseSelection(first.cases(), first.excludedCases()).describe()).append(": OK, non-strict (a SHOULD of RFC 6455 not followed, still conformant),")
          .append(" informational, unimplemented (an extension not offered) and failed (a MUST broken). Strict: no case failed or non-strict.\n\n");
      List<List<String>> rows = new ArrayList<>();
      results.keySet().stream().sorted().forEach(label -> {
        ConformanceSummary s = results.get(label);
        rows.add(List.of(label, Integer.toString(s.total()), Integer.toString(s.ok()), Integer.toString(s.nonStrict()),
            Integer.toString(s.informational()), Integer.toString(s.unimplemented()), Integer.toString(s.failed()), s.strict() ? "yes" : "no"));
      });
      sb.append(SummaryTable.markdown(List.of("target", "cases", "OK", "non-strict", "informational", "unimplemented", "failed", "strict"), rows));
      results.keySet().stream().sorted().forEach(label -> {
        ConformanceSummary s = results.get(label);
        if (!s.failedCases().isEmpty()) {
          sb.append("\n").append(label).append(" failed ")
              .append(String.join(", ", s.failedCases().stream().map(c -> c.id()).toList())).append(".");
        }
      });
      sb.append("\n");
    }
    for (ConformanceFailure f : notJudged.stream().filter(f -> !results.containsKey(f.target())).toList()) {
      sb.append("\n- ").append(f.target()).append(": not judged: ").append(ReportMarkdown.escape(f.failure()));
    }
    return sb.append("\n").toString();
  }
}
