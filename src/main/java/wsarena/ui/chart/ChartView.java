package wsarena.ui.chart;

import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Region;
import javafx.scene.shape.Rectangle;
import org.jfree.chart.JFreeChart;

/**
 * A JFreeChart chart on a card, drawn at the card's size: the same chart object that the card's
 * export and the command line draw at theirs. No zoom, pan or tooltips: a chart on a projector
 * stays as the run draws it.
 *
 * <p>The chart belongs to the {@link ChartThread} once the view has it: the FX thread hands its
 * changes over ({@link #change}), the chart thread makes them and draws the chart with Java2D
 * ({@link ChartPixels}), and the FX thread copies the finished pixels to the screen. Changes
 * handed over while a drawing is under way wait for it and go together into the next one, so a
 * chart is drawn at most once per frame it can show, and never twice for one change. A resize
 * draws the chart anew at the new size; until then the last picture stays at its own size, cut
 * by the view's edge, never stretched.
 *
 * <p>Not JFreeChart's own {@code ChartCanvas}: that one collects an entity (an object and a hotspot
 * shape) for every point of every line on each redraw, for tooltips and clicks this view has none
 * of, and draws on the FX thread.
 */
public final class ChartView extends Region {
  private static final PixelFormat<java.nio.IntBuffer> ARGB = PixelFormat.getIntArgbPreInstance();

  private final ImageView shown = new ImageView();
  private final Rectangle clip = new Rectangle();
  /** The chart thread's: the chart, and the pixels it draws into. */
  private JFreeChart chart;
  private final ChartPixels pixels = new ChartPixels();
  /** The FX thread's: the changes not yet handed over, each with its FX-thread follow-up. */
  private List<Supplier<Runnable>> pending = new ArrayList<>();
  private boolean drawing;
  private double drawnWidth = -1;
  private double drawnHeight = -1;
  private double drawnScale = -1;
  private WritableImage image;
  private Rectangle2D plotArea = new Rectangle2D.Double();

  public ChartView(JFreeChart chart) {
    this.chart = chart;
    getStyleClass().add("chart-view");
    shown.setManaged(false);
    shown.setSmooth(true);
    getChildren().add(shown);
    setClip(clip);
    setMinSize(0, 0);
  }

  @Override
  protected void layoutChildren() {
    clip.setWidth(getWidth());
    clip.setHeight(getHeight());
    shown.relocate(0, 0);
    draw();
  }

  /** Draws {@code next} instead (a chart built anew, e.g. the bars of another metric); the FX thread leaves it alone after. */
  public void setChart(JFreeChart next) {
    change(() -> chart = next);
  }

  /** Makes {@code change} to the chart (or its datasets) on the chart thread, then draws it. */
  public void change(Runnable change) {
    pending.add(() -> {
      change.run();
      return null;
    });
    draw();
  }

  /**
   * Makes {@code change} on the chart thread, then hands what it found to {@code then} on the FX
   * thread once the drawing that shows it is on screen (how many points the lines hold, say).
   */
  public <T> void change(Supplier<T> change, Consumer<T> then) {
    pending.add(() -> {
      T found = change.get();
      return () -> then.accept(found);
    });
    draw();
  }

  /**
   * Asks the chart thread about the chart as last drawn, and waits for the answer: for an export's
   * copy of it, or a check of how it was drawn. See {@link #settled()}.
   */
  public <T> T read(Function<JFreeChart, T> question) {
    return ChartThread.ask(() -> question.apply(chart));
  }

  /** True when what is on screen shows every change handed over, at the view's size. */
  public boolean settled() {
    return !drawing && pending.isEmpty() && !resized();
  }

  /** The area inside the axes where the lines were last drawn, in this view's coordinates; empty before the first drawing. */
  public Rectangle2D plotArea() {
    return plotArea;
  }

  private boolean resized() {
    return snapSizeX(getWidth()) != drawnWidth || snapSizeY(getHeight()) != drawnHeight || outputScale() != drawnScale;
  }

  /** Hands the pending changes over for one drawing, unless one is under way: its end hands them over. */
  private void draw() {
    if (drawing || (pending.isEmpty() && !resized())) {
      return;
    }
    drawing = true;
    List<Supplier<Runnable>> batch = pending;
    pending = new ArrayList<>();
    drawnWidth = snapSizeX(getWidth());
    drawnHeight = snapSizeY(getHeight());
    drawnScale = outputScale();
    double width = drawnWidth;
    double height = drawnHeight;
    double scale = drawnScale;
    ChartThread.run(() -> {
      Drawn drawn = paint(batch, pixels, width, height, scale);
      Platform.runLater(() -> show(drawn.frame(), drawn.then(), true));
    });
  }

  /**
   * Draws the chart now, at the view's size and {@code scale} pixels per unit, and waits for it:
   * for a snapshot of the view laid out in an export (a snapshot does not wait for the chart thread).
   * The window's next layout draws it at the screen's size again.
   */
  public void drawNow(double scale) {
    List<Supplier<Runnable>> batch = pending;
    pending = new ArrayList<>();
    drawnWidth = snapSizeX(getWidth());
    drawnHeight = snapSizeY(getHeight());
    drawnScale = scale;
    double width = drawnWidth;
    double height = drawnHeight;
    // its own pixels: the view's may still wait for the FX thread to copy them
    ChartPixels picture = new ChartPixels();
    Drawn drawn = ChartThread.ask(() -> paint(batch, picture, width, height, scale));
    show(drawn.frame(), drawn.then(), false);
  }

  /** One drawing's pixels (none at no size) and the follow-ups of the changes it shows. */
  private record Drawn(ChartPixels.Frame frame, List<Runnable> then) {}

  /** On the chart thread: the batch's changes, then one drawing into {@code into}. */
  private Drawn paint(List<Supplier<Runnable>> batch, ChartPixels into, double width, double height, double scale) {
    List<Runnable> then = new ArrayList<>();
    ChartPixels.Frame frame = null;
    try {
      for (Supplier<Runnable> change : batch) {
        Runnable next = change.get();
        if (next != null) {
          then.add(next);
        }
      }
      if (chart != null && width >= 1 && height >= 1) {
        frame = into.draw(chart, width, height, scale);
      }
    } catch (RuntimeException e) {
      // a chart that cannot be drawn must not stop the others: the thread goes on with the next
      System.err.println("wsarena: a chart could not be drawn: " + e);
    }
    return new Drawn(frame, then);
  }

  /**
   * On the FX thread: the finished pixels to the screen, then the changes' follow-ups; {@code
   * ended} says the drawing was the one under way, and the next may start.
   */
  private void show(ChartPixels.Frame frame, List<Runnable> then, boolean ended) {
    if (frame != null) {
      if (image == null || image.getWidth() != frame.width() || image.getHeight() != frame.height()) {
        image = new WritableImage(frame.width(), frame.height());
        shown.setImage(image);
      }
      image.getPixelWriter().setPixels(0, 0, frame.width(), frame.height(), ARGB, frame.argb(), 0, frame.width());
      shown.setFitWidth(frame.width() / frame.scale());
      shown.setFitHeight(frame.height() / frame.scale());
      plotArea = frame.plotArea();
    }
    then.forEach(Runnable::run);
    if (ended) {
      drawing = false;
      draw();
    }
  }

  private double outputScale() {
    return getScene() == null || getScene().getWindow() == null ? 1 : getScene().getWindow().getRenderScaleX();
  }
}
