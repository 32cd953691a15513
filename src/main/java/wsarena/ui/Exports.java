package wsarena.ui;

import wsarena.host.WholeFile;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.image.WritableImage;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import wsarena.metrics.RunResult;
import wsarena.report.ClaimsFiles;
import wsarena.report.Contender;
import wsarena.report.MarkdownSummary;
import wsarena.report.ReportData;
import wsarena.report.ReportFiles;
import wsarena.report.ReportInputs;
import wsarena.report.ResultFiles;
import wsarena.report.ResultJson;
import wsarena.ui.compare.ComparisonMarkdown;
import wsarena.ui.dashboard.Dashboard;
import wsarena.scenario.Scenario;
import wsarena.ui.chart.ChartCard;
import wsarena.ui.export.ExportNames;
import wsarena.ui.export.Picture;
import wsarena.ui.export.PngExport;
import wsarena.ui.export.ScreenPicture;
import javafx.embed.swing.SwingFXUtils;
import wsarena.report.chart.ChartLook;
import wsarena.report.chart.ChartTitles;
import wsarena.report.chart.ExportLayout;
import wsarena.ui.export.SaveLocation;
import wsarena.text.Sentences;

/**
 * Everything the window writes or copies: a chart as a PNG of its own, the chart itself drawn again
 * at the picture's size (16:9, 1600×900 at 2×, or square) under a title that says what it shows,
 * the runs table drawn for a slide, a page (Ctrl+E) as it is on screen without its cards' buttons;
 * the run on screen as a {@code .wsarena} file
 * (the result JSON, which the window opens again), as JSON, CSV and .hgrm files (written by the
 * core's {@link ResultFiles}) and as Markdown; the runs side by side as a Markdown report.
 * Snapshots are taken on the FX thread; files are written off it.
 */
final class Exports implements ChartCard.Exporter {
  /** The extension of a run saved by the window: the same JSON, named so the OS can associate it. */
  static final String RUN_EXTENSION = "wsarena";

  private final Dashboard dashboard;
  private final wsarena.ui.compare.CompareView compare;
  private final Supplier<Theme> theme;
  private final SaveLocation saves;
  private final Notices notices;
  private final Supplier<Scenario> formScenario;
  private final Consumer<String> status;
  private final java.util.Map<ChartCard, Supplier<Words>> words = new java.util.IdentityHashMap<>();
  private final javafx.beans.property.BooleanProperty square = new javafx.beans.property.SimpleBooleanProperty();

  /** The words around a chart's picture: its title, the scenario under it, the host at the bottom. */
  record Words(String title, String subtitle, String footer) {}

  /**
   * @param formScenario names exports before anything is on screen
   */
  Exports(
      Dashboard dashboard,
      wsarena.ui.compare.CompareView compare,
      Supplier<Theme> theme,
      SaveLocation saves,
      Notices notices,
      Supplier<Scenario> formScenario,
      Consumer<String> status) {
    this.dashboard = dashboard;
    this.compare = compare;
    this.theme = theme;
    this.saves = saves;
    this.notices = notices;
    this.formScenario = formScenario;
    this.status = status;
  }

  private String targetLabel() {
    Scenario s = dashboard.scenario() != null ? dashboard.scenario() : formScenario.get();
    return s == null || s.target() == null ? "run" : s.target().label();
  }

  private LocalDateTime time() {
    LocalDateTime t = dashboard.shownSince();
    return t == null ? LocalDateTime.now() : t;
  }

  private static LocalDateTime started(RunResult r, LocalDateTime otherwise) {
    return r.startedAt() == null ? otherwise : LocalDateTime.ofInstant(r.startedAt(), ZoneId.systemDefault());
  }

  /** Square pictures (1080×1080 at 2×) instead of 16:9. */
  javafx.beans.property.BooleanProperty square() {
    return square;
  }

  ExportLayout layout() {
    return square.get() ? ExportLayout.SQUARE : ExportLayout.WIDE;
  }

  /** What a picture of {@code card} says above and below it; otherwise the dashboard's run. */
  void describe(ChartCard card, Supplier<Words> text) {
    words.put(card, text);
  }

  private Words wordsFor(ChartCard card) {
    Supplier<Words> given = words.get(card);
    if (given != null) {
      return given.get();
    }
    return new Words(
        ChartTitles.of(card.title(), List.of(targetLabel())), dashboard.subtitleText(), dashboard.hostText());
  }

  /**
   * The picture of {@code card}: its chart (or the runs table) drawn again at the export's size, as
   * the card draws it on screen; a card that is not one chart (the result tiles, the checks) as it
   * is on screen, without its buttons.
   */
  Picture picture(ChartCard card) {
    Words words = wordsFor(card);
    ChartLook look = ChartLook.of(theme.get() == Theme.DARK, false);
    java.awt.image.BufferedImage drawn = card.pictureImage(layout(), words.title(), nonNull(words.subtitle()), nonNull(words.footer()), look);
    if (drawn != null) {
      return new Picture(SwingFXUtils.toFXImage(drawn, null), card.pictureTitle(words.title()));
    }
    return onScreen(card, List.of(card), card.title());
  }

  /** {@code node} as it is on screen, the buttons of {@code cards} left out for the moment it is taken. */
  private Picture onScreen(javafx.scene.Node node, List<ChartCard> cards, String title) {
    cards.forEach(c -> c.setToolsVisible(false));
    try {
      return new Picture(ScreenPicture.of(node, theme.get().background()), title);
    } finally {
      cards.forEach(c -> c.setToolsVisible(true));
    }
  }

  private static String nonNull(String text) {
    return text == null ? "" : text;
  }

  private WritableImage framedCard(ChartCard card) {
    return picture(card).image();
  }

  @Override
  public void savePng(ChartCard card) {
    Optional<Path> file =
        saves.file("Save " + card.title() + " as PNG", ExportNames.png(targetLabel(), card.slug(), time()), "PNG image", "png");
    file.ifPresent(f -> write(framedCard(card), f));
  }

  @Override
  public void copyImage(ChartCard card) {
    ClipboardContent content = new ClipboardContent();
    content.putImage(framedCard(card));
    Clipboard.getSystemClipboard().setContent(content);
    notices.info(card.title() + " copied as an image");
  }

  /**
   * Ctrl+E: the page on screen as a picture. The Compare page draws the Compare view (it drew the
   * hidden dashboard: a picture of one colour, "Saved"), the Run page the dashboard.
   */
  void savePage(Page page) {
    if (page == Page.COMPARE) {
      Optional<Path> file = saves.file("Save the Compare page as PNG", ExportNames.png("compare", null, LocalDateTime.now()), "PNG image", "png");
      file.ifPresent(f -> write(comparePicture().image(), f));
    } else {
      saveDashboard();
    }
  }

  /** The Compare view as it is on screen, its cards' buttons left out. */
  Picture comparePicture() {
    List<ChartCard> cards = new java.util.ArrayList<>(compare.charts());
    cards.addAll(compare.liveCharts());
    return onScreen(compare, cards, "Compare");
  }

  /**
   * The whole dashboard (its header names the target, its footer the host) as it is on screen,
   * every card's buttons left out.
   */
  void saveDashboard() {
    Optional<Path> file =
        saves.file("Save the dashboard as PNG", ExportNames.png(targetLabel(), null, time()), "PNG image", "png");
    file.ifPresent(f -> write(dashboardPicture().image(), f));
  }

  Picture dashboardPicture() {
    List<ChartCard> cards = new java.util.ArrayList<>(dashboard.cards());
    cards.add(dashboard.comparison());
    return onScreen(dashboard, cards, dashboard.titleText());
  }

  private void write(WritableImage image, Path file) {
    status.accept("Saving " + file.getFileName() + " …");
    Background.run(
        "export",
        () -> {
          PngExport.write(image, file);
          return file;
        },
        saved -> {
          notices.info("Saved " + saved.getFileName() + " in " + saved.toAbsolutePath().getParent());
          status.accept("Saved " + saved.toAbsolutePath());
        },
        failure -> notices.error("Could not save " + file.getFileName() + ": " + Sentences.of(failure)));
  }

  /**
   * The run on screen as {@code <target>-<time>.wsarena}: the result JSON, which "Open results"
   * (or a double-click, once installed) shows again.
   */
  void saveRun() {
    RunResult r = dashboard.shownResult();
    if (r == null) {
      notices.info("Run a scenario first (or wait for it to end): there is no result to save yet");
      return;
    }
    String name = ExportNames.result(r.target().label(), started(r, time()), RUN_EXTENSION);
    Optional<Path> file = saves.file("Save the run", name, "wsarena run result", RUN_EXTENSION);
    file.ifPresent(f -> writeText("the run", f, () -> ResultJson.write(r)));
  }

  /** The runs side by side as a Markdown report: scenario, table, warnings, hardware. */
  void saveComparison() {
    List<RunResult> results = dashboard.runs().results();
    if (results.size() < 2) {
      notices.info("A comparison needs two runs or more: run another, or open saved runs (Ctrl+O)");
      return;
    }
    String name = ExportNames.comparison(LocalDateTime.now());
    Optional<Path> file = saves.file("Save the comparison as Markdown", name, "Markdown", "md");
    file.ifPresent(f -> writeText("the comparison", f, () -> ComparisonMarkdown.of(results)));
  }

  /** Writes text made off the FX thread (JSON of a long run takes a moment) to {@code file}. */
  private void writeText(String what, Path file, java.util.concurrent.Callable<String> text) {
    status.accept("Saving " + file.getFileName() + " …");
    Background.run(
        "export",
        () -> {
          WholeFile.writeString(file, text.call());
          return file;
        },
        saved -> {
          notices.info("Saved " + saved.getFileName() + " in " + saved.toAbsolutePath().getParent());
          status.accept("Saved " + what + " as " + saved.toAbsolutePath());
        },
        failure -> notices.error("Could not save " + file.getFileName() + ": " + Sentences.of(failure)));
  }

  /**
   * The last shootout as {@code wsarena shootout --out} leaves it: a folder of its runs with its
   * {@code shootout.json} (which Open results reads back as a comparison) and its report.
   */
  void saveShootout(wsarena.metrics.ShootoutResult result) {
    if (result == null) {
      notices.info("Compare targets first (the Compare page's Start): there is no shootout to save yet");
      return;
    }
    Optional<Path> folder = saves.folder("Save the shootout: a folder of its runs, shootout.json and report.md");
    if (folder.isEmpty()) {
      return;
    }
    Path dir = folder.get().resolve(ExportNames.base("shootout", LocalDateTime.ofInstant(result.startedAt(), ZoneId.systemDefault())));
    Background.run(
        "export",
        () -> {
          wsarena.report.ShootoutFiles.write(result, dir);
          WholeFile.writeString(dir.resolve("report.md"), wsarena.report.ShootoutReport.markdown("wsarena shootout", result));
          return dir;
        },
        saved -> {
          notices.info("Saved the shootout in " + saved.toAbsolutePath() + " (open its shootout.json to compare it again)");
          status.accept("Saved the shootout in " + saved.toAbsolutePath());
        },
        failure -> notices.error("Could not save the shootout: " + Sentences.of(failure)));
  }

  /**
   * The report a reviewer publishes of the runs in the Compare view, each under its name there:
   * report.md, a self-contained report.html and the PNGs, with the article's claims checked, as
   * {@code wsarena report} writes it.
   */
  void saveReport(List<Contender> contenders) {
    if (contenders.isEmpty()) {
      notices.info("Compare targets first, or open saved runs (Ctrl+O): there is nothing to report yet");
      return;
    }
    Optional<Path> folder = saves.folder("Save the report: report.md, report.html and its pictures");
    if (folder.isEmpty()) {
      return;
    }
    Path dir = folder.get().resolve(ExportNames.base("report", LocalDateTime.now()));
    status.accept("Writing the report …");
    Background.run(
        "export",
        () -> {
          ReportFiles.write(new ReportData(ReportInputs.ofContenders(contenders)), ClaimsFiles.article(),
              "wsarena's Compare view, Export › Save report (or: wsarena report SAVED-RUNS... --out DIR)", null, "WebSocket servers, measured", dir);
          return dir;
        },
        saved -> {
          notices.info("Saved the report in " + saved.toAbsolutePath() + " (open its report.html in a browser)");
          status.accept("Saved the report in " + saved.toAbsolutePath());
        },
        failure -> notices.error("Could not save the report: " + Sentences.of(failure)));
  }

  /** The run's result.json, samples.csv and latency.hgrm, named after target and time. */
  void saveResults() {
    RunResult r = dashboard.shownResult();
    if (r == null) {
      notices.info("Run a scenario first (or wait for it to end): there is no result to save yet");
      return;
    }
    Optional<Path> folder = saves.folder("Save the run's JSON, CSV and .hgrm files");
    if (folder.isEmpty()) {
      return;
    }
    LocalDateTime started = started(r, time());
    String base = ExportNames.base(r.scenario().target().label(), started);
    Path dir = folder.get();
    Background.run(
        "export",
        () -> {
          ResultFiles.writeJson(r, dir.resolve(base + ".json"));
          ResultFiles.writeCsv(r, dir.resolve(base + ".csv"));
          ResultFiles.writeHgrm(r, dir.resolve(base + ".hgrm"));
          return List.of(base + ".json", base + ".csv", base + ".hgrm");
        },
        names -> {
          notices.info("Saved " + String.join(", ", names) + " in " + dir.toAbsolutePath());
          status.accept("Saved " + base + ".{json,csv,hgrm} in " + dir.toAbsolutePath());
        },
        failure -> notices.error("Could not save the result files: " + Sentences.of(failure)));
  }

  /** The result as a Markdown table on the clipboard, ready for an issue or a README. */
  void copyMarkdown() {
    RunResult r = dashboard.shownResult();
    if (r == null) {
      notices.info("Run a scenario first: there is no result to copy yet");
      return;
    }
    ClipboardContent content = new ClipboardContent();
    content.putString(MarkdownSummary.of(r));
    Clipboard.getSystemClipboard().setContent(content);
    notices.info("Result copied as Markdown");
  }
}
