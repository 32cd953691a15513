package wsarena.ui;

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
import wsarena.scenario.Scenario;
import wsarena.ui.chart.ChartCard;
import wsarena.ui.export.ExportNames;
import wsarena.ui.export.PngExport;
import wsarena.ui.export.SaveLocation;

/**
 * Everything the window writes or copies: a chart or the whole dashboard as a 2× PNG, the run's
 * JSON, CSV and .hgrm files (written by the core's {@link ResultFiles}), and the result as
 * Markdown. Snapshots are taken on the FX thread; files are written off it.
 */
final class Exports implements ChartCard.Exporter {

  private final Dashboard dashboard;
  private final Supplier<Theme> theme;
  private final SaveLocation saves;
  private final Notices notices;
  private final Supplier<Scenario> shownScenario;
  private final Supplier<LocalDateTime> shownSince;
  private final Supplier<RunResult> result;
  private final Consumer<String> status;

  Exports(
      Dashboard dashboard,
      Supplier<Theme> theme,
      SaveLocation saves,
      Notices notices,
      Supplier<Scenario> shownScenario,
      Supplier<LocalDateTime> shownSince,
      Supplier<RunResult> result,
      Consumer<String> status) {
    this.dashboard = dashboard;
    this.theme = theme;
    this.saves = saves;
    this.notices = notices;
    this.shownScenario = shownScenario;
    this.shownSince = shownSince;
    this.result = result;
    this.status = status;
  }

  private String targetLabel() {
    Scenario s = shownScenario.get();
    return s == null || s.target() == null ? "run" : s.target().label();
  }

  private LocalDateTime time() {
    LocalDateTime t = shownSince.get();
    return t == null ? LocalDateTime.now() : t;
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

  /** The run's result.json, samples.csv and latency.hgrm, named after target and time. */
  void saveResults() {
    RunResult r = result.get();
    if (r == null) {
      notices.info("Run a scenario first: there is no result to save yet");
      return;
    }
    Optional<Path> folder = saves.folder("Save the run's JSON, CSV and .hgrm files");
    if (folder.isEmpty()) {
      return;
    }
    LocalDateTime started =
        r.startedAt() == null ? time() : LocalDateTime.ofInstant(r.startedAt(), ZoneId.systemDefault());
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
    RunResult r = result.get();
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
