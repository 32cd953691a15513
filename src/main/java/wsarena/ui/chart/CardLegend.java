package wsarena.ui.chart;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import wsarena.report.chart.ExportLayout;

/**
 * A card's legend and where it goes: where the core's rule puts it for the card's size and its
 * number of entries ({@link ExportLayout#placement}): above the plot for a few, beside or below it
 * for more, scrolling rather than ever covering the plot; below rather than beside when a name
 * would be cut in the side column (presentation mode's larger type). An export forces a place.
 */
final class CardLegend {
  /** Beside the plot the legend takes at most this share of the card's width; below it, of its height. */
  private static final double SHARE = 0.32;
  /** A vertical scroll bar's width, and a little more. */
  private static final double SCROLL_BAR = 16;

  private final Region card;
  private final List<Node> items = new ArrayList<>();
  private final FlowPane top = new FlowPane();
  private final VBox side = new VBox();
  private final ScrollPane sideScroll = new ScrollPane(side);
  private final FlowPane bottom = new FlowPane();
  private final ScrollPane bottomScroll = new ScrollPane(bottom);
  private ExportLayout.LegendPlacement placement = ExportLayout.LegendPlacement.TOP;

  /** @param slug names the side column's id, e.g. {@code latency-legend-side} */
  CardLegend(Region card, String slug) {
    this.card = card;
    top.getStyleClass().add("card-legend");
    bottom.getStyleClass().add("card-legend");
    side.getStyleClass().add("card-legend-side");
    for (ScrollPane scroll : List.of(sideScroll, bottomScroll)) {
      scroll.getStyleClass().addAll("card-legend-scroll", "edge-to-edge");
      scroll.setFitToWidth(true);
      scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
      scroll.setVisible(false);
      scroll.setManaged(false);
    }
    sideScroll.setId(slug + "-legend-side");
    sideScroll.maxWidthProperty().bind(card.widthProperty().multiply(SHARE));
    sideScroll.setMinWidth(0);
    bottomScroll.maxHeightProperty().bind(card.heightProperty().multiply(SHARE));
    bottomScroll.setMinHeight(0);
    bottomScroll.setFitToHeight(false);
    // a ScrollPane asks its content's height at no width, which a FlowPane answers for its
    // preferred wrap length (400 px): on a narrower card the rows past that length's count were
    // hidden under a scroll bar ("max" of the latency chart at 1366×768). Its wrap length follows
    // the room it has, less a scroll bar's width, so the pane is as tall as its rows.
    bottom.prefWrapLengthProperty().bind(Bindings.max(0, bottomScroll.widthProperty().subtract(SCROLL_BAR)));
    card.widthProperty().addListener(o -> place());
    card.heightProperty().addListener(o -> place());
  }

  /** The rows above the plot. */
  Node top() {
    return top;
  }

  /** The column beside the plot. */
  Node side() {
    return sideScroll;
  }

  /** The rows below the plot. */
  Node bottom() {
    return bottomScroll;
  }

  int size() {
    return items.size();
  }

  void add(Node item) {
    items.add(item);
    container(placement).getChildren().add(item);
    place();
  }

  void clear() {
    items.clear();
    for (ExportLayout.LegendPlacement p : ExportLayout.LegendPlacement.values()) {
      container(p).getChildren().clear();
    }
    place();
  }

  /** True when the longest entry fits the column beside the plot. */
  private boolean fitsBeside() {
    double widest = 0;
    for (Node item : items) {
      widest = Math.max(widest, item.prefWidth(-1));
    }
    // the side column's own padding and a scroll bar's width
    return widest + 24 <= card.getWidth() * SHARE;
  }

  private Pane container(ExportLayout.LegendPlacement p) {
    return switch (p) {
      case RIGHT -> side;
      case BOTTOM -> bottom;
      case TOP, NONE -> top;
    };
  }

  /** Moves the entries to where the rule puts them for this size; a single entry stays above. */
  private void place() {
    ExportLayout.LegendPlacement next = ExportLayout.placement(items.size(), card.getWidth(), card.getHeight());
    if (next == ExportLayout.LegendPlacement.NONE) {
      next = ExportLayout.LegendPlacement.TOP;
    }
    if (next == ExportLayout.LegendPlacement.RIGHT && !fitsBeside()) {
      // larger type (presentation mode): a name would be cut beside the plot, below it is whole
      next = ExportLayout.LegendPlacement.BOTTOM;
    }
    if (next != placement) {
      container(placement).getChildren().clear();
      placement = next;
      container(placement).getChildren().setAll(items);
    } else if (container(placement).getChildren().size() != items.size()) {
      container(placement).getChildren().setAll(items);
    }
    boolean beside = placement == ExportLayout.LegendPlacement.RIGHT;
    boolean below = placement == ExportLayout.LegendPlacement.BOTTOM;
    sideScroll.setVisible(beside);
    sideScroll.setManaged(beside);
    bottomScroll.setVisible(below);
    bottomScroll.setManaged(below);
    top.setVisible(!beside && !below);
    top.setManaged(!beside && !below);
  }
}
