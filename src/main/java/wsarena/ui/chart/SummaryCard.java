package wsarena.ui.chart;

import java.util.List;
import javafx.geometry.HPos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import wsarena.metrics.Outcome;
import wsarena.metrics.RunResult;
import java.util.Optional;
import wsarena.metrics.Sample;
import wsarena.metrics.SweepResult;
import wsarena.metrics.SweepStep;
import wsarena.metrics.Totals;
import wsarena.report.Machines;
import wsarena.report.MarkdownSummary;
import wsarena.report.SweepSummary;
import wsarena.text.Units;
import wsarena.scenario.Scenario;
import wsarena.scenario.Workload;

/**
 * The run in figures ({@link ResultFigures} picks them by workload): the latest interval while it
 * runs, the totals of the measured phase when it ends (p50 … max, msgs/s, MB/s, errors,
 * connections, CPU and context switches per message; a storm's handshakes, an idle run's memory
 * per connection), its warnings, and the machine it was
 * measured on (a saved run's may be another than this one). Several runs side by side are the
 * comparison card's.
 */
public final class SummaryCard extends ChartCard {
  private final Label status = new Label("Press Start to measure.");
  private final GridPane tiles = new GridPane();
  private final Label warnings = new Label();
  /** What became of every measured message, and the closed loop's estimate: sentences from the core. */
  private final Label accounting = new Label();
  private final Label explanation = new Label();
  private final Label host = new Label();
  private final Button copy = new Button("Copy as Markdown", new FontIcon(Feather.CLIPBOARD));
  private RunResult result;
  private String shownFrom;
  private boolean shownOnOtherMachine;
  /** Several runs are side by side: their table has most figures, so the tiles keep the rest. */
  private boolean compact;
  private final Tile[][] slots = new Tile[4][3];
  private final boolean[][] filled = new boolean[4][3];
  private int shownTiles;
  /** The workload of the run going on, whose figures the live tiles show. */
  private Workload workload;

  public SummaryCard(Runnable copyMarkdown) {
    super("Result", "summary", "");
    setPlaceholderVisible(false);
    copy.setId("copy-markdown");
    copy.getStyleClass().addAll("flat", "card-tool");
    copy.setTooltip(new Tooltip("Copy the result as a Markdown table (Ctrl+Shift+C)"));
    copy.setOnAction(e -> copyMarkdown.run());
    copy.setDisable(true);
    addTool(copy);

    status.getStyleClass().add("summary-status");
    status.setWrapText(true);
    status.setId("summary-status");
    tiles.getStyleClass().add("summary-tiles");
    for (int i = 0; i < 3; i++) {
      ColumnConstraints c = new ColumnConstraints();
      c.setPercentWidth(100 / 3.0);
      c.setHgrow(Priority.ALWAYS);
      tiles.getColumnConstraints().add(c);
    }
    for (int r = 0; r < slots.length; r++) {
      for (int c = 0; c < slots[r].length; c++) {
        Label v = new Label();
        Label cap = new Label();
        cap.getStyleClass().add("tile-caption");
        // "CPU client / target" on two lines in a narrow tile, never "CPU client / t…"
        cap.setWrapText(true);
        VBox box = new VBox(v, cap);
        box.getStyleClass().add("tile");
        GridPane.setHalignment(box, HPos.LEFT);
        tiles.add(box, c, r);
        slots[r][c] = new Tile(box, v, cap);
        FitText.fit(v, box);
      }
    }
    clearTiles();
    hideUnfilledTiles();
    accounting.getStyleClass().add("summary-accounting");
    accounting.setId("summary-accounting");
    accounting.setWrapText(true);
    showAccounting(null);
    warnings.getStyleClass().add("summary-warnings");
    warnings.setWrapText(true);
    warnings.setManaged(false);
    warnings.setVisible(false);
    host.getStyleClass().add("summary-host");
    host.setId("summary-host");
    host.setWrapText(true);
    showLines(null, null, false);
    explanation.getStyleClass().add("summary-explanation");
    explanation.setWrapText(true);
    explanation.setId("summary-explanation");
    // on a short card the least important lines give way whole (warnings stay longest after the
    // figures), rather than every line ending in "…"; warnings too long for the room left show
    // their first lines, cut (whole in their tooltip), and the lines after them give way
    WholeLines content = new WholeLines(8, List.of(status, tiles, accounting, host, warnings, explanation),
        List.of(tiles, status, warnings, accounting, host, explanation), warnings);
    // the figures, always drawn, are cut at the card's edge on a very short card rather than drawn over the next
    javafx.scene.shape.Rectangle clip = new javafx.scene.shape.Rectangle();
    clip.widthProperty().bind(content.widthProperty());
    clip.heightProperty().bind(content.heightProperty());
    content.setClip(clip);
    content.getStyleClass().add("summary-content");
    addChart(content, 1);
  }

  /** Before the first run: what pressing Start will do. */
  public void showIdle(String hint) {
    if (result == null) {
      status.setText(hint);
    }
  }

  /** One line on what is being measured, e.g. how the engine spends its threads. */
  public void setExplanation(String text) {
    explanation.setText(text);
  }

  @Override
  public void reset(Scenario scenario) {
    workload = scenario.workload();
    result = null;
    copy.setDisable(true);
    status.getStyleClass().removeAll("failed");
    status.setText("Running " + (scenario.target() == null ? "" : scenario.target().label()) + " …");
    clearTiles();
    hideUnfilledTiles();
    showWarnings(List.of());
    showAccounting(null);
    showLines(null, null, false);
  }

  @Override
  public void append(List<Sample> samples, TimeWindow window) {
    if (samples.isEmpty() || result != null) {
      return;
    }
    clearTiles();
    ResultFigures.live(samples.getLast(), workload).forEach(this::tile);
    hideUnfilledTiles();
  }

  /**
   * Shows a finished run: its totals, warnings and host, as when it had just finished.
   *
   * @param from where it was opened from (a file name), or null for a run of this session
   * @param otherMachine its host is not this machine: the card names that machine
   */
  public void showResult(RunResult result, String from, boolean otherMachine) {
    this.result = result;
    this.shownFrom = from;
    this.shownOnOtherMachine = otherMachine;
    copy.setDisable(false);
    Totals t = result.totals();
    status.getStyleClass().removeAll("failed");
    String measured = t == null ? "" : Units.elapsed(t.measuredMillis() / 1000.0) + " measured";
    String label = result.target() != null ? result.target().label() : result.scenario().target().label();
    status.setText(
        switch (result.outcome()) {
          case COMPLETED -> "Completed · " + measured + " · " + label;
          case STOPPED -> "Stopped · " + measured + " · " + label;
          case FAILED -> "Failed: " + result.failure();
          case STALLED -> "Stalled: more than " + Units.share(Outcome.STALLED_SHARE) + " of its messages timed out · "
              + measured + " · " + label;
        });
    if (result.outcome() == Outcome.FAILED) {
      status.getStyleClass().add("failed");
    }
    clearTiles();
    ResultFigures.finished(result, compact).forEach(this::tile);
    hideUnfilledTiles();
    showAccounting(t);
    showWarnings(result.warnings() == null ? List.of() : result.warnings());
    showLines(from, result.host(), otherMachine);
    if (result.hosts().size() > 1) {
      // a run merged from segments: its load machines, each one in the tooltip
      host.setText("Merged from " + Units.plural(result.hosts().size(), "load machine"));
      host.setTooltip(new Tooltip(Machines.summaryLine(result.hosts())));
    }
  }

  /** Every measured message's fate as a sum, and the closed loop's estimate named as one. */
  private void showAccounting(Totals t) {
    List<String> lines = new java.util.ArrayList<>();
    if (t != null && t.fates().intended() > 0) {
      lines.add("Messages: " + MarkdownSummary.fates(t));
    }
    if (t != null && t.corrected() != null) {
      lines.add(MarkdownSummary.correctedView(t));
    }
    accounting.setText(String.join("\n", lines));
    accounting.setVisible(!lines.isEmpty());
    accounting.setManaged(!lines.isEmpty());
  }

  /**
   * Shows a finished sweep: its knee and why it stopped, the knee step's figures, and the host.
   *
   * @param from where it was opened from (a file name), or null for a sweep of this session
   * @param otherMachine its host is not this machine
   */
  public void showSweep(SweepResult sweep, String from, boolean otherMachine) {
    this.result = null;
    copy.setDisable(false);
    status.getStyleClass().removeAll("failed");
    status.setText("Sweep · " + SweepSummary.stopped(sweep) + " · " + Units.plural(sweep.steps().size(), "step") + " · "
        + sweep.target().label());
    clearTiles();
    Optional<SweepStep> knee = sweep.knee();
    tile(0, 0, sweep.maxSustainableRate() == null ? "none" : Units.perSecond(sweep.maxSustainableRate()), "max sustainable", true);
    tile(1, 0, knee.map(k -> Units.latency(k.p99Micros())).orElse("–"), "p99 at the knee", true);
    tile(2, 0, Units.latency(sweep.plan().bounds().p99().toNanos() / 1000), "p99 bound", true);
    knee.ifPresent(k -> {
      tile(0, 1, Units.perSecond(k.achievedRate()), "achieved there", false);
      tile(1, 1, Units.whole(k.timedOut() + k.notSent()), "timed out + not sent", false);
      tile(2, 1, Units.percent(k.clientCpuPercent()) + " / " + Units.percent(k.targetCpuPercent()), "CPU client / target", false);
    });
    hideUnfilledTiles();
    List<String> lines = new java.util.ArrayList<>();
    lines.add(capital(SweepSummary.headline(sweep)) + ": " + sweep.stopExplanation() + ".");
    sweep.notes().forEach(n -> lines.add(capital(n) + "."));
    accounting.setText(String.join("\n", lines));
    accounting.setVisible(true);
    accounting.setManaged(true);
    showWarnings(List.of());
    showLines(from, sweep.host(), otherMachine);
  }

  private void tile(int column, int row, String value, String caption, boolean headline) {
    tile(new ResultFigures.Figure(column, row, value, caption, headline));
  }

  private static String capital(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  /**
   * Fewer tiles while several runs are side by side: their table already lists p50, max, errors
   * and CPU for every run, so the card keeps room for the warnings and the host.
   */
  public void setCompact(boolean several) {
    if (compact == several) {
      return;
    }
    compact = several;
    if (result != null) {
      showResult(result, shownFrom, shownOnOtherMachine);
    }
  }

  /** Shows a run that ended without a result (it could not start). */
  public void showCrash(String message) {
    result = null;
    copy.setDisable(true);
    showAccounting(null);
    showLines(null, null, false);
    clearTiles();
    hideUnfilledTiles();
    status.setText(message);
    status.getStyleClass().add("failed");
  }

  /**
   * Fills one tile of the grid. The tiles' nodes are made once and reused, so a live update only
   * changes texts.
   */
  private void tile(ResultFigures.Figure f) {
    Tile t = slots[f.row()][f.column()];
    filled[f.row()][f.column()] = true;
    t.value.setText(f.value());
    t.caption.setText(f.caption());
    String style = f.headline() ? "tile-value-large" : "tile-value";
    if (!t.value.getStyleClass().equals(java.util.List.of(style))) {
      t.value.getStyleClass().setAll(style);
    }
    shownTiles++;
  }

  /** Starts filling the tiles; {@link #hideUnfilledTiles} ends it. */
  private void clearTiles() {
    for (boolean[] row : filled) {
      java.util.Arrays.fill(row, false);
    }
    shownTiles = 0;
  }

  /** Hides the tiles not filled since {@link #clearTiles}; filled ones stay as they are. */
  private void hideUnfilledTiles() {
    for (int r = 0; r < slots.length; r++) {
      for (int c = 0; c < slots[r].length; c++) {
        slots[r][c].box.setVisible(filled[r][c]);
        slots[r][c].box.setManaged(filled[r][c]);
      }
    }
  }

  private record Tile(VBox box, Label value, Label caption) {}

  private void showWarnings(List<String> list) {
    warnings.setText(String.join("\n", list.stream().map(w -> "⚠ " + w).toList()));
    // a short window cuts long warnings: the whole text stays a hover away
    warnings.setTooltip(list.isEmpty() ? null : new Tooltip(warnings.getText()));
    warnings.setVisible(!list.isEmpty());
    warnings.setManaged(!list.isEmpty());
  }

  /**
   * The run's host: named in full when it is another machine than this one (the footer and the
   * sidebar show this one). A saved run's origin is in the dashboard's header.
   */
  private void showLines(String from, wsarena.host.HostInfo measuredOn, boolean otherMachine) {
    host.setText(
        measuredOn == null
            ? ""
            : otherMachine
                ? "Another machine: " + Machines.shortName(measuredOn)
                : "Measured on this machine (" + measuredOn.cpuModel() + ", " + Units.plural(measuredOn.logicalThreads(), "thread") + ")");
    host.setTooltip(measuredOn == null ? null : new Tooltip(Machines.summaryLine(measuredOn)));
    host.getStyleClass().remove("other-machine");
    if (otherMachine) {
      host.getStyleClass().add("other-machine");
    }
    host.setVisible(measuredOn != null);
    host.setManaged(measuredOn != null);
  }

  @Override
  public int pointCount() {
    return shownTiles;
  }

  /** The finished run shown, or null while running or before any run. */
  public RunResult result() {
    return result;
  }
}
