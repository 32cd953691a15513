package wsarena.ui.chart;

import java.util.List;
import java.util.Objects;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import wsarena.metrics.Sample;
import org.jfree.chart.JFreeChart;
import wsarena.report.chart.ChartLook;
import wsarena.report.chart.ExportLayout;
import wsarena.scenario.Scenario;

/**
 * One tile of the dashboard or the Compare view: a title, a legend that reads out the latest
 * values, and one or more charts. The legend goes where the core's rule puts it for the tile's
 * size and its number of entries ({@link CardLegend}), never over the plot. The card is what a
 * PNG export of the chart shows, laid out for the export; its context menu saves it.
 */
public abstract class ChartCard extends VBox {

  /** What the card's menu does with it; the window decides where files go. */
  public interface Exporter {
    void savePng(ChartCard card);

    void copyImage(ChartCard card);
  }

  /** Below this height a chart's axis labels crowd its lines out. */
  private static final double MIN_CHART_HEIGHT = 80;

  private String title;
  private final String slug;

  private final HBox header = new HBox();
  private final Label titleLabel = new Label();
  private final CardLegend legend;
  private final GridPane body = new GridPane();
  private final List<Double> weights = new java.util.ArrayList<>();
  private final List<Region> charts = new java.util.ArrayList<>();
  private final java.util.Set<Region> optional = new java.util.HashSet<>();
  private final Label placeholder = new Label();
  private final String emptyHint;
  private Exporter exporter;
  /** The look the card's charts are drawn in: the window binds it to its theme and mode. */
  private final javafx.beans.property.ObjectProperty<ChartLook> look =
      new javafx.beans.property.SimpleObjectProperty<>(ChartLook.DARK);

  /**
   * @param slug names the chart in exported file names, e.g. {@code latency}
   */
  protected ChartCard(String title, String slug, String emptyHint) {
    this.title = title;
    this.slug = slug;
    getStyleClass().add("chart-card");
    setId(slug + "-card");

    titleLabel.setText(title);
    titleLabel.getStyleClass().add("card-title");
    titleLabel.setMinWidth(Region.USE_PREF_SIZE);
    Region spacer = new Region();
    HBox.setHgrow(spacer, Priority.ALWAYS);
    header.getChildren().addAll(titleLabel, spacer);
    header.setAlignment(Pos.CENTER_LEFT);
    header.getStyleClass().add("card-header");

    legend = new CardLegend(this, slug);
    body.getStyleClass().add("card-body");
    ColumnConstraints column = new ColumnConstraints();
    column.setPercentWidth(100);
    column.setHgrow(Priority.ALWAYS);
    body.getColumnConstraints().add(column);
    body.setMinSize(0, 0);
    body.heightProperty().addListener((obs, old, now) -> {
      if (!optional.isEmpty() && (old.doubleValue() >= charts.size() * MIN_CHART_HEIGHT) != (now.doubleValue() >= charts.size() * MIN_CHART_HEIGHT)) {
        layoutCharts();
      }
    });

    this.emptyHint = emptyHint;
    placeholder.setText(emptyHint);
    placeholder.getStyleClass().add("card-placeholder");
    placeholder.setMouseTransparent(true);
    placeholder.setWrapText(true);
    StackPane stack = new StackPane(body, placeholder);
    HBox.setHgrow(stack, Priority.ALWAYS);
    stack.setMinSize(0, 0);
    HBox middle = new HBox(stack, legend.side());
    middle.setMinSize(0, 0);
    VBox.setVgrow(middle, Priority.ALWAYS);
    getChildren().addAll(header, legend.top(), middle, legend.bottom());

    MenuItem save = new MenuItem("Save as PNG…", new FontIcon(Feather.IMAGE));
    save.setOnAction(e -> exporter.savePng(this));
    MenuItem copy = new MenuItem("Copy image", new FontIcon(Feather.COPY));
    copy.setOnAction(e -> exporter.copyImage(this));
    ContextMenu menu = new ContextMenu(save, copy);
    setOnContextMenuRequested(
        e -> {
          showMenu(menu, e.getScreenX(), e.getScreenY());
          e.consume();
        });
    // some platforms (and headless test robots) send no context-menu request for a right click
    setOnMousePressed(
        e -> {
          if (e.getButton() == javafx.scene.input.MouseButton.SECONDARY) {
            showMenu(menu, e.getScreenX(), e.getScreenY());
          }
        });
  }

  private void showMenu(ContextMenu menu, double screenX, double screenY) {
    if (exporter != null && !menu.isShowing()) {
      menu.show(this, screenX, screenY);
    }
  }

  /** The look of the card's charts; the window binds it to its theme and presentation mode. */
  public javafx.beans.property.ObjectProperty<ChartLook> lookProperty() {
    return look;
  }

  /**
   * The card's chart as a picture of {@code layout}, drawn by JFreeChart as the card draws it on
   * screen; null for a card that is not one chart (tiles, checks), which its export takes as it is on screen.
   */
  public JFreeChart picture(ExportLayout layout, String title, String subtitle, String footer, ChartLook look) {
    return null;
  }

  /** The title its picture carries, given the export's: the same, unless the card names itself. */
  public String pictureTitle(String given) {
    return given;
  }

  /** {@link #picture} drawn at the layout's size and scale; null for a card taken as it is on screen instead. */
  public java.awt.image.BufferedImage pictureImage(ExportLayout layout, String title, String subtitle, String footer, ChartLook look) {
    JFreeChart chart = picture(layout, title, subtitle, footer, look);
    return chart == null ? null : wsarena.report.chart.ChartPng.image(chart, layout);
  }

  public void setExporter(Exporter exporter) {
    this.exporter = Objects.requireNonNull(exporter);
  }

  /** Lets the title end in "…" on a narrow card rather than push the card's tools off it. */
  protected void shrinkableTitle() {
    titleLabel.setMinWidth(0);
  }

  /** Changes the title on screen (its export and file names keep {@link #title()}), e.g. to the metric drawn. */
  protected void showTitle(String text) {
    titleLabel.setText(text);
  }

  /** The card's title, also drawn into its exported image. */
  public String title() {
    return title;
  }

  /** Names what the card shows now, e.g. the latency of handshakes rather than of messages. */
  protected void retitle(String text) {
    title = text;
    titleLabel.setText(text);
  }

  /** The chart's part of exported file names, e.g. {@code latency}. */
  public String slug() {
    return slug;
  }

  /** A note beside the title, e.g. which run the card is about; it stays in exported pictures. */
  protected void addTitleNote(Node note) {
    note.getStyleClass().add("card-title-note");
    header.getChildren().add(1, note);
  }

  protected void addTool(Node tool) {
    tool.getStyleClass().add("card-tool-node");
    header.getChildren().add(tool);
  }

  /**
   * Hides the card's buttons (scale switch, copy, clear) without moving anything, for a picture
   * of the card: an exported chart shows the chart, not the controls.
   */
  public void setToolsVisible(boolean visible) {
    for (Node n : header.getChildren()) {
      if (n.getStyleClass().contains("card-tool-node")) {
        n.setVisible(visible);
      }
    }
  }

  /** How many entries the card's legend holds, for the export's placement. */
  public int legendSize() {
    return legend.size();
  }

  protected void addLegend(Node item) {
    legend.add(item);
  }

  protected void clearLegend() {
    legend.clear();
  }

  /** Adds a chart under the others; {@code weight} is its share of the card's height. */
  protected void addChart(Region chart, double weight) {
    chart.setMinSize(0, 0);
    chart.setPrefSize(100, 100);
    body.add(chart, 0, weights.size());
    charts.add(chart);
    weights.add(weight);
    layoutCharts();
  }

  /**
   * Adds a chart that gives way when the card is too short for all of its charts (presentation
   * mode beside the runs side by side): its lines' readouts stay in the legend.
   */
  protected void addOptionalChart(Region chart, double weight) {
    optional.add(chart);
    addChart(chart, weight);
  }

  /** Shares the card's height among the charts shown: the optional ones only when each has room. */
  private void layoutCharts() {
    double height = body.getHeight();
    boolean roomy = height <= 0 || height >= charts.size() * MIN_CHART_HEIGHT;
    double total = 0;
    for (int i = 0; i < charts.size(); i++) {
      total += roomy || !optional.contains(charts.get(i)) ? weights.get(i) : 0;
    }
    body.getRowConstraints().clear();
    for (int i = 0; i < charts.size(); i++) {
      Region chart = charts.get(i);
      boolean shown = roomy || !optional.contains(chart);
      chart.setVisible(shown);
      chart.setManaged(shown);
      RowConstraints row = new RowConstraints();
      row.setPercentHeight(shown ? 100 * weights.get(i) / total : 0);
      row.setVgrow(shown ? Priority.ALWAYS : Priority.NEVER);
      body.getRowConstraints().add(row);
    }
  }

  /**
   * Says over the chart that the run failed: over an empty chart, or over every chart when nothing
   * got through at all, so no flat line reads as a measurement.
   */
  public void showFailed(boolean nothingHappened) {
    placeholder.setText("The run failed: " + (nothingHappened ? "nothing was measured" : "no more was measured"));
    if (nothingHappened) {
      placeholder.setVisible(true);
    }
  }

  /**
   * A run is starting: the empty chart says its figures are on the way, not "Press Start" (between
   * the targets of Compare models, say). The next {@link #clearFailed} puts the idle hint back.
   */
  public void awaitSamples() {
    placeholder.setText("Starting: the first figures arrive within a second or two");
  }

  /** Back to the hint for the next run. */
  public void clearFailed() {
    placeholder.setText(emptyHint);
  }

  /** Shows or hides the hint drawn over empty charts. */
  protected void setPlaceholderVisible(boolean visible) {
    placeholder.setVisible(visible);
  }

  protected void setPlaceholderText(String text) {
    placeholder.setText(text);
  }

  /** Forgets the last run's lines; {@code scenario} is the run about to start. */
  public abstract void reset(Scenario scenario);

  /** Draws a batch of new samples, oldest first. */
  public abstract void append(List<Sample> samples, TimeWindow window);

  /** How many points the card's lines hold now: zero until data arrives. */
  public abstract int pointCount();
}
