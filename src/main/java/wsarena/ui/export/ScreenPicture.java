package wsarena.ui.export;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Paint;
import javafx.scene.transform.Scale;
import wsarena.ui.chart.ChartView;

/**
 * A part of the window as it is on screen (a page for Ctrl+E, a card that is not one chart),
 * taken at the screen's pixel density: what the audience saw, never laid out again. The charts in
 * it are drawn at that density, so they stay sharp; a chart exported on its own is drawn anew at
 * the picture's size instead ({@link wsarena.report.chart.ChartPng}).
 *
 * <p>On the FX thread.
 */
public final class ScreenPicture {
  private ScreenPicture() {}

  /**
   * {@code node} on {@code background} (a card's rounded corners show the page's colour), each
   * chart in it with every change it was handed: a snapshot does not wait for the chart thread.
   */
  public static WritableImage of(Node node, Paint background) {
    double scale = node.getScene() == null || node.getScene().getWindow() == null ? 1 : node.getScene().getWindow().getOutputScaleX();
    // laid out first, as the snapshot will lay it out: a chart drawn at an older size would be cut
    node.applyCss();
    if (node instanceof Parent parent) {
      parent.layout();
    }
    node.lookupAll(".chart-view").forEach(view -> ((ChartView) view).drawNow(scale));
    SnapshotParameters params = new SnapshotParameters();
    params.setTransform(new Scale(scale, scale));
    params.setFill(background);
    return node.snapshot(params, null);
  }
}
