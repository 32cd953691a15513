package wsarena.probe;

import java.util.List;

/** The feature probe's report as a text table, for the terminal and for notes. */
public final class FeatureTable {
  private static final String SEPARATOR = " · ";

  private static final List<String> HEADER = List.of("feature", "result", "detail");

  private FeatureTable() {}

  public static String render(FeatureReport report) {
    int nameWidth = HEADER.get(0).length();
    int verdictWidth = HEADER.get(1).length();
    for (FeatureResult r : report.results()) {
      nameWidth = Math.max(nameWidth, r.name().length());
      verdictWidth = Math.max(verdictWidth, r.verdict().shown().length());
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
      out.append(String.format(row, r.name(), r.verdict().shown(), r.detail()));
    }
    return out.toString();
  }

  /**
   * Every verdict on one line, for a run's summary and a comparison row, e.g. {@code TLS no ·
   * permessage-deflate yes · subprotocol no · largest message 16 MiB · fragments yes · ping yes ·
   * close yes}; the sentence why when the target could not be reached.
   */
  public static String oneLine(FeatureReport report) {
    if (report.unreachable().isPresent()) {
      return "not probed: " + report.unreachable().get();
    }
    StringBuilder line = new StringBuilder();
    for (FeatureResult r : report.results()) {
      if (!line.isEmpty()) {
        line.append(SEPARATOR);
      }
      line.append(r.feature().word()).append(' ');
      boolean sized = r.feature() == Feature.LARGEST_MESSAGE && r.bytes() != null && r.bytes() > 0;
      line.append(sized ? Sizes.bytes(r.bytes()) : r.verdict().shown());
    }
    return line.toString();
  }
}
