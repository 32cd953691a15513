package wsarena.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report on disk: report.md, a report.html that needs nothing beside it, and the PNGs. */
class ReportFilesTest {
  @TempDir Path out;

  /**
   * Where the report of every input is, written once for the three tests that read it: each
   * writing drew every chart again (3 s apiece).
   */
  @TempDir static Path everything;

  private static final String WRITTEN_WITH = "wsarena report IN --out OUT";

  @BeforeAll
  static void writeTheReportOfEveryInput() throws IOException {
    write(ReportFixtures.everything(Files.createDirectory(everything.resolve("in"))), Files.createDirectory(everything.resolve("out")));
  }

  private static Path everythingOut() {
    return everything.resolve("out");
  }

  private static List<Path> write(Path inputs, Path out) throws IOException {
    ReportData data = new ReportData(ReportInputs.read(List.of(inputs)));
    return ReportFiles.write(data, ClaimsFiles.article(), WRITTEN_WITH, "packaging/report.sh --duration 1s", "Measured", out);
  }

  @Test
  void theHtmlPageRefersToNothingOutsideItself() throws IOException {
    String html = Files.readString(everythingOut().resolve(ReportFiles.HTML));

    // the pictures' base64 may hold "//" and "http" by chance: judge the page without them
    String page = html.replaceAll("data:image/png;base64,[A-Za-z0-9+/=]+", "data:image/png;base64,")
        // code shown as text (Ease of use's servers and their // comments) refers to nothing
        .replaceAll("(?s)<pre>.*?</pre>", "<pre></pre>");
    assertThat(page).doesNotContainIgnoringCase("http:").doesNotContainIgnoringCase("https:").doesNotContain("//", "url(", "@import", "<script", "<link", "<iframe");
    Matcher src = Pattern.compile("src=\"([^\"]*)\"").matcher(html);
    int sources = 0;
    while (src.find()) {
      assertThat(src.group(1)).startsWith("data:image/png;base64,");
      sources++;
    }
    assertThat(sources).as("every picture of the report is in the page").isEqualTo(pngsIn(everythingOut()).size()).isGreaterThanOrEqualTo(2);
    assertThat(page).doesNotContainPattern("href=\"[^#]");
    assertThat(html.length()).as("a page that mails as one file").isLessThan(3 << 20);
  }

  @Test
  void everyEmbeddedPictureDecodesAndIsTheSameAsItsFile() throws IOException {
    String html = Files.readString(everythingOut().resolve(ReportFiles.HTML));

    Matcher src = Pattern.compile("src=\"data:image/png;base64,([^\"]*)\"").matcher(html);
    List<byte[]> embedded = new ArrayList<>();
    while (src.find()) {
      byte[] png = Base64.getDecoder().decode(src.group(1));
      BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
      assertThat(image).as("an embedded picture decodes").isNotNull();
      assertThat(image.getWidth()).isGreaterThan(1000);
      embedded.add(png);
    }
    List<byte[]> files = new ArrayList<>();
    for (Path p : pngsIn(everythingOut())) {
      files.add(Files.readAllBytes(p));
    }
    assertThat(embedded).hasSameSizeAs(files);
    for (byte[] f : files) {
      assertThat(embedded).anySatisfy(e -> assertThat(e).isEqualTo(f));
    }
  }

  @Test
  void everySectionIsFilledWhenEveryInputIsGiven() throws IOException {
    String md = Files.readString(everythingOut().resolve(ReportFiles.MARKDOWN));

    for (String heading : ReportMarkdown.SECTIONS) {
      assertThat(section(md, heading)).as(heading).isNotBlank();
    }
    for (String heading : List.of("Summary", "Latency", "Throughput", "Feature set", "Hardware", "Method")) {
      assertThat(section(md, heading)).as(heading).doesNotContain("Not measured", "Not known");
    }
    assertThat(section(md, "Scalability")).contains("| tornado | 12,000 | 11,990 | 4.20 | 0.96 |");
    assertThat(section(md, "Feature set")).contains("| tornado | yes | no |", "| netty-event-loop |");
    assertThat(section(md, "Ease of use")).contains("*For the author:*");
    assertThat(section(md, "Method")).contains("packaging/report.sh --duration 1s", WRITTEN_WITH, "echo · ");
  }

  @Test
  void aSectionWithoutItsFiguresSaysWhatItLacksAndHowToMeasureIt() throws IOException {
    write(ReportFixtures.conformanceFile(), out);
    String md = Files.readString(out.resolve(ReportFiles.MARKDOWN));

    assertThat(section(md, "Throughput")).startsWith("Not measured: this report was given no echo run").contains("wsarena shootout");
    assertThat(section(md, "Latency"))
        .contains("### At equal load\n\nNot measured: this report was given no open-loop echo runs at one rate", "wsarena bench --rate R")
        .contains("### At saturation (closed loop)\n\nNot measured: this report was given no echo run");
    assertThat(section(md, "Scalability")).contains("Not measured: this report was given no sweep", "no connection storm", "no idle run");
    assertThat(section(md, "Feature set")).contains("Not measured: this report was given no feature probe", "| netty-event-loop |");
    assertThat(section(md, "Hardware")).startsWith("Not known:");
    assertThat(pngsIn(out)).isEmpty();
    assertThat(Files.readString(out.resolve(ReportFiles.HTML))).doesNotContain("<img");
  }

  /** The text under {@code ## heading}, up to the next section. */
  static String section(String md, String heading) {
    int start = md.indexOf("\n## " + heading + "\n");
    assertThat(start).as("section " + heading).isPositive();
    int body = start + heading.length() + 5;
    int end = md.indexOf("\n## ", body);
    return md.substring(body, end < 0 ? md.length() : end).strip();
  }

  private static List<Path> pngsIn(Path dir) throws IOException {
    try (var files = Files.list(dir)) {
      return files.filter(p -> p.toString().endsWith(".png")).sorted().toList();
    }
  }
}
