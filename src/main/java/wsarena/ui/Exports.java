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
import wsarena.report.MarkdownSummary;
import wsarena.report.ResultFiles;
import wsarena.report.ResultJson;
import wsarena.ui.compare.ComparisonMarkdown;
import wsarena.ui.dashboard.Dashboard;
import wsarena.scenario.Scenario;
import wsarena.ui.chart.ChartCard;
import wsarena.ui.export.ExportNames;
import wsarena.ui.export.PngExport;
import wsarena.ui.export.SaveLocation;

/**
 * Everything the window writes or copies: a chart or the whole dashboard as a 2× PNG; the run on
 * screen as a {@code .wsarena} file (the result JSON, which the window opens again), as JSON, CSV
 * and .hgrm files (written by the core's {@link ResultFiles}) and as Markdown; the runs side by
 * side as a Markdown report. Snapshots are taken on the FX thread; files are written off it.
 */
final class Exports implements ChartCard.Exporter {
  /** The extension of a run saved by the window: the same JSON, named so the OS can associate it. */
  static final String RUN_EXTENSION = "wsarena";

  private final Dashboard dashboard;
  private final Supplier<Theme> theme;
  private final SaveLocation saves;
  private final Notices notices;
  private final Supplier<Scenario> formScenario;
  private final Consumer<String> status;

  /**
   * @param formScenario names exports before anything is on screen
   */
  Exports(
      Dashboard dashboard,
      Supplier<Theme> theme,
      SaveLocation saves,
      Notices notices,
      Supplier<Scenario> formScenario,
      Consumer<String> status) {
    this.dashboard = dashboard;
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

  private WritableImage framedCard(ChartCard card) {
    card.setToolsVisible(false);
    try {
      return PngExport.framed(
          card.snapshotNode(),
          theme.get(),
          PngExport.SCALE,
          dashboard.titleText(),
          dashboard.subtitleText(),
          dashboard.hostText());
    } finally {
      card.setToolsVisible(true);
    }
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

  /** The whole dashboard (its header names the target, its footer the host) at 2×. */
  void saveDashboard() {
    Optional<Path> file =
        saves.file("Save the dashboard as PNG", ExportNames.png(targetLabel(), null, time()), "PNG image", "png");
    file.ifPresent(f -> {
      dashboard.cards().forEach(c -> c.setToolsVisible(false));
      try {
        write(PngExport.render(dashboard, theme.get(), PngExport.SCALE), f);
      } finally {
        dashboard.cards().forEach(c -> c.setToolsVisible(true));
      }
    });
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
        failure -> notices.error("Could not save " + file.getFileName() + ": " + Background.reason(failure)));
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
        failure -> notices.error("Could not save " + file.getFileName() + ": " + Background.reason(failure)));
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
        failure -> notices.error("Could not save the result files: " + Background.reason(failure)));
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
