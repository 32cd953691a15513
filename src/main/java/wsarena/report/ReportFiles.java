package wsarena.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import wsarena.report.chart.ChartPng;
import wsarena.report.chart.ReportCharts;

/**
 * Writes a report into a folder: {@value #MARKDOWN}, {@value #HTML} (one self-contained page, the
 * pictures inside it) and each picture as its own PNG, as {@code wsarena report --out} and the
 * Compare view's Save report do.
 *
 * <pre>{@code
 * ReportData data = new ReportData(ReportInputs.read(List.of(Path.of("results/shootout"))));
 * ReportFiles.write(data, ClaimsFiles.article(), "wsarena report results/shootout --out report", null, "Measured", dir);
 * }</pre>
 */
public final class ReportFiles {
  public static final String MARKDOWN = "report.md";
  public static final String HTML = "report.html";

  private ReportFiles() {}

  /**
   * Writes the report; the folder is made when missing.
   *
   * @param writtenWith the command that writes this report again from its inputs
   * @param measuredWith the command that measured the inputs; null when not known
   * @return the files written, report.md first
   */
  public static List<Path> write(
      ReportData data, Claim.Article article, String writtenWith, String measuredWith, String title, Path dir) throws IOException {
    Files.createDirectories(dir);
    Map<ReportChart, JFreeChart> charts = ReportCharts.of(data);
    Map<String, byte[]> images = new LinkedHashMap<>();
    List<Path> written = new java.util.ArrayList<>();
    for (Map.Entry<ReportChart, JFreeChart> e : charts.entrySet()) {
      Path png = dir.resolve(e.getKey().fileName());
      ChartPng.write(e.getValue(), png, ReportCharts.LAYOUT);
      images.put(e.getKey().fileName(), Files.readAllBytes(png));
      written.add(png);
    }
    List<ClaimCheck> claims = checked(article, data);
    String markdown = new ReportMarkdown(title, measuredWith, writtenWith, charts.keySet()).render(data, article, claims);
    Path md = dir.resolve(MARKDOWN);
    Path html = dir.resolve(HTML);
    Files.writeString(md, markdown, StandardCharsets.UTF_8);
    Files.writeString(html, ReportHtml.page(title, markdown, images), StandardCharsets.UTF_8);
    written.add(0, html);
    written.add(0, md);
    return written;
  }

  /**
   * The article's claims checked against {@code data}; none when the report measures none of the
   * targets the article speaks of ({@link Claim.Article#appliesTo}).
   */
  public static List<ClaimCheck> checked(Claim.Article article, ReportData data) {
    return article.appliesTo(data.targets()) ? ClaimCheck.all(article, data) : List.of();
  }
}
