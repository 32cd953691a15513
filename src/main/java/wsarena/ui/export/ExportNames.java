package wsarena.ui.export;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * Default names of exported files: the target with its model, the chart, and the run's start
 * time, e.g. {@code wsarena-undertow-event-loop-latency-20261103-142233.png}, so a folder of
 * exports sorts by target and then by time.
 */
public final class ExportNames {
  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

  private ExportNames() {}

  /** The base name of a run's files, without extension. */
  public static String base(String targetLabel, LocalDateTime time) {
    return "wsarena-" + safe(targetLabel) + "-" + STAMP.format(time);
  }

  /** The name of a chart's PNG, or of the whole dashboard's when {@code chart} is null. */
  public static String png(String targetLabel, String chart, LocalDateTime time) {
    String part = chart == null ? "" : "-" + safe(chart);
    return "wsarena-" + safe(targetLabel) + part + "-" + STAMP.format(time) + ".png";
  }

  /**
   * The name of a saved run, e.g. {@code undertow-event-loop-20261103-142233.wsarena}: the
   * extension already says it is wsarena's.
   */
  public static String result(String targetLabel, LocalDateTime time, String extension) {
    return safe(targetLabel) + "-" + STAMP.format(time) + "." + extension;
  }

  /** The name of a comparison report, e.g. {@code wsarena-comparison-20261103-142233.md}. */
  public static String comparison(LocalDateTime time) {
    return "wsarena-comparison-" + STAMP.format(time) + ".md";
  }

  /** Keeps letters, digits, dots, dashes and underscores; anything else becomes a dash. */
  static String safe(String text) {
    String s = text == null || text.isBlank() ? "run" : text.strip();
    s = s.replaceAll("[^A-Za-z0-9._-]+", "-").replaceAll("-{2,}", "-");
    s = s.replaceAll("^[-.]+|[-.]+$", "");
    return s.isEmpty() ? "run" : s;
  }
}
