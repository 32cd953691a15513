package wsarena.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.OptionalInt;

/**
 * The report a reviewer publishes, in Markdown, under the article's headings: Summary, Latency,
 * Throughput, Scalability, Feature set, Ease of use, Hardware, Method and Claims checked. Every
 * section is measured or says what it lacks and the command that would measure it; {@link
 * ReportHtml} renders the same text as one page.
 *
 * @param title the report's title, e.g. {@code Tornado, Autobahn|Twisted and the JVM servers, measured}
 * @param measuredWith the command that measured the inputs, e.g. {@code packaging/report.sh --duration 30s}; null when not known
 * @param writtenWith the command that wrote the report from them
 * @param charts the charts drawn beside the report
 */
public record ReportMarkdown(String title, String measuredWith, String writtenWith, Set<ReportChart> charts) {
  /** Every section's heading, in order: the article's, then what a measured report adds. */
  public static final List<String> SECTIONS =
      List.of("Summary", "Latency", "Throughput", "Scalability", "Feature set", "Ease of use", "Hardware", "Method", "Claims checked");

  public ReportMarkdown {
    charts = Set.copyOf(charts);
  }

  /**
   * @param claims the article's claims checked; empty when the report measures none of the targets
   *     the article speaks of, and then it has no Claims checked section
   */
  public String render(ReportData data, Claim.Article article, List<ClaimCheck> claims) {
    boolean applies = !claims.isEmpty();
    StringBuilder sb = new StringBuilder("# ").append(title).append("\n\n");
    if (applies) {
      sb.append("The headings of *").append(article.title()).append("*, each measured by wsarena, and every claim it makes quoted")
          .append(" beside the figure that supports or contradicts it.");
    } else {
      sb.append("Each target measured by wsarena, under the headings a comparison of WebSocket servers reads by.");
    }
    sb.append(" Each figure is the median of a target's runs, with the lowest and highest run in brackets where there were repeats.\n\n");
    PerformanceSections perf = new PerformanceSections(data, this);
    section(sb, "Summary", perf.summary(claims) + (applies ? "" : "\n**Claims:** none checked: " + noClaims(article) + "\n"));
    section(sb, "Latency", perf.latency());
    section(sb, "Throughput", perf.throughput());
    section(sb, "Scalability", new ScalabilitySection(data, this).render());
    section(sb, "Feature set", FeatureSection.render(data));
    section(sb, "Ease of use", EaseOfUseSection.render());
    MethodSection method = new MethodSection(data, this);
    section(sb, "Hardware", method.hardware());
    section(sb, "Method", method.method(applies ? article : null));
    if (applies) {
      section(sb, "Claims checked", ClaimsSection.render(article, claims));
    }
    return withoutRawHtml(sb.toString());
  }

  /**
   * The report with every {@code <} outside its fenced code blocks written {@code &lt;}: labels,
   * hosts, claims and failures come from files and servers, and a Markdown engine that passes HTML
   * through (many publish it) would otherwise run what they hold. The report's own text has no
   * HTML. Fences are told as CommonMark tells them (a run of three or more backticks or tildes,
   * closed by a run of the same character at least as long), so a fence inside a label closes
   * nothing this pass leaves open.
   */
  static String withoutRawHtml(String markdown) {
    StringBuilder out = new StringBuilder(markdown.length());
    String fence = null;
    for (String line : markdown.split("\n", -1)) {
      String lead = line.stripLeading();
      boolean indentedLess = line.length() - lead.length() <= 3;
      String run = indentedLess ? fenceRun(lead) : null;
      if (fence == null && run != null) {
        fence = run;
        out.append(line);
      } else if (fence != null) {
        if (run != null && run.charAt(0) == fence.charAt(0) && run.length() >= fence.length() && lead.strip().equals(run)) {
          fence = null;
        }
        out.append(line);
      } else {
        out.append(line.replace("<", "&lt;"));
      }
      out.append('\n');
    }
    out.setLength(out.length() - 1);
    return out.toString();
  }

  /** The run of backticks or tildes opening a fence at the start of {@code lead}, or null. */
  private static String fenceRun(String lead) {
    if (lead.isEmpty() || (lead.charAt(0) != '`' && lead.charAt(0) != '~')) {
      return null;
    }
    int n = 0;
    while (n < lead.length() && lead.charAt(n) == lead.charAt(0)) {
      n++;
    }
    // a backtick fence's info string may hold no backtick
    return n >= 3 && !(lead.charAt(0) == '`' && lead.indexOf('`', n) >= 0) ? lead.substring(0, n) : null;
  }

  /** Why a report has no claims section, and how to give it one. */
  public static String noClaims(Claim.Article article) {
    return "the claims of *" + article.title() + "* speak of " + String.join(", ", article.targets())
        + ", and this report measures none of them. Check an article's claims about these targets by writing them in a claims file"
        + " and passing it: `wsarena report DIR --claims my-article.claims.yaml --out OUT`.";
  }

  private static void section(StringBuilder sb, String heading, String body) {
    sb.append("## ").append(heading).append("\n\n").append(body.strip()).append("\n\n");
  }

  /** The picture as Markdown, or nothing when it was not drawn. */
  String chart(ReportChart chart) {
    return charts.contains(chart) ? "![" + chart.alt() + "](" + chart.fileName() + ")\n\n" : "";
  }

  // ---- the table helpers every section uses

  /** A median with its lowest–highest in brackets when there were repeats; the best in bold. */
  static String cell(MetricTable table, int index, Metric metric) {
    String median = table.cell(index, metric);
    String range = table.range(index, metric);
    OptionalInt best = table.best(metric);
    String shown = best.isPresent() && best.getAsInt() == index ? "**" + median + "**" : median;
    return range.isEmpty() ? shown : shown + " (" + range + ")";
  }

  /** A table of {@code metrics} over the contenders: target, isolation, runs, then each metric. */
  static String metricTable(MetricTable table, List<Metric> metrics) {
    List<Metric> shown = metrics.stream().filter(table.metrics()::contains).toList();
    List<String> columns = new ArrayList<>(List.of("target", "isolation", "runs"));
    shown.forEach(m -> columns.add(m.column()));
    List<List<String>> rows = new ArrayList<>();
    for (int i = 0; i < table.contenders().size(); i++) {
      Contender c = table.contenders().get(i);
      List<String> row = new ArrayList<>(List.of(c.name(), c.isolation(), MetricTable.runs(c)));
      for (Metric m : shown) {
        row.add(cell(table, i, m));
      }
      rows.add(row);
    }
    StringBuilder sb = new StringBuilder(SummaryTable.markdown(columns, rows));
    if (!table.failures().isEmpty()) {
      sb.append("\n");
      table.failures().forEach(f -> sb.append("- ").append(escape(f)).append(" (never ranked)\n"));
    }
    return sb.toString();
  }

  /** A table of words: every column left-aligned (a claim, a reason), unlike {@link SummaryTable#markdown}'s figures. */
  static String textTable(List<String> columns, List<List<String>> rows) {
    StringBuilder sb = new StringBuilder();
    sb.append("| ").append(String.join(" | ", columns)).append(" |\n");
    sb.append("|").append(" --- |".repeat(columns.size())).append("\n");
    rows.forEach(row -> sb.append("| ").append(String.join(" | ", row)).append(" |\n"));
    return sb.toString();
  }

  /** Text safe inside a Markdown table cell: no pipe or line break ends it early. */
  static String escape(String text) {
    return text == null ? "" : text.replace("|", "\\|").replace("\r", " ").replace("\n", " ");
  }
}
