package wsarena.report;

import java.util.ArrayList;
import java.util.List;

/** The Claims checked section: every claim quoted, with its target, measurement, rule, figures and verdict. */
final class ClaimsSection {
  private ClaimsSection() {}

  static String render(Claim.Article article, List<ClaimCheck> claims) {
    StringBuilder sb = new StringBuilder("Every claim of *").append(article.title()).append("*, quoted, beside the measurement that tests it.")
        .append(" **supported** / **contradicted**: every run is / no run is as the claim says (a comparison: every run of one target")
        .append(" is past every run of the other; a sweep's knees differ by more than its precision); **partly**: against some of the targets")
        .append(" it is compared with; **inconclusive**: the runs do not all fall on one side (their lowest–highest ranges overlap),")
        .append(" so the difference is inside the noise; **measured**: the claim states no figure, the one that bears on it is shown;")
        .append(" **untested**: a measurement tests it but this report has no such figure (a feature not tried is untested, never")
        .append(" contradicted); **unmeasurable**: no measurement can test it. Each figure says how many runs it rests on.")
        .append(" The rules and their bounds are the claims file's reading of the article's words.\n\n");
    List<List<String>> rows = new ArrayList<>();
    for (int i = 0; i < claims.size(); i++) {
      ClaimCheck c = claims.get(i);
      Claim claim = c.claim();
      String where = claim.section() == null ? "" : " (" + claim.section() + ")";
      rows.add(List.of(
          Integer.toString(i + 1),
          "“" + ReportMarkdown.escape(claim.quote().strip()) + "”" + ReportMarkdown.escape(where),
          ReportMarkdown.escape(claim.target()),
          c.rule().isEmpty() ? "none" : ReportMarkdown.escape(c.rule()),
          ReportMarkdown.escape(c.figures()),
          "**" + c.verdict().word() + "**"));
    }
    sb.append(ReportMarkdown.textTable(List.of("#", "claim", "target", "measurement and rule", "figures", "verdict"), rows));
    return sb.toString();
  }
}
