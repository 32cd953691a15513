package wsarena.probe;

import java.util.List;

/** The feature probe's report as a text table, for the terminal and for notes. */
public final class FeatureTable {
  private static final List<String> HEADER = List.of("feature", "result", "detail");

  private FeatureTable() {}

  public static String render(FeatureReport report) {
    int nameWidth = HEADER.get(0).length();
    int verdictWidth = HEADER.get(1).length();
    for (FeatureResult r : report.results()) {
      nameWidth = Math.max(nameWidth, r.name().length());
      verdictWidth = Math.max(verdictWidth, r.verdict().word().length());
    }
    String row = "%-" + nameWidth + "s  %-" + verdictWidth + "s  %s%n";
    StringBuilder out = new StringBuilder();
    out.append("Features of ").append(report.label());
    if (!report.label().equals(report.target())) {
      out.append(" at ").append(report.target());
    }
    out.append(System.lineSeparator());
    out.append(String.format(row, HEADER.toArray()));
    for (FeatureResult r : report.results()) {
      out.append(String.format(row, r.name(), r.verdict().word(), r.detail()));
    }
    return out.toString();
  }
}
