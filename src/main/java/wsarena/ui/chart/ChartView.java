package wsarena.ui.chart;

import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
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
 * <p>A view no one can see (on the page not shown, on a card out of the grid, in a part hidden
 * while nothing runs) still has its changes made, so its chart and readouts stay current, but is
 * not drawn: it is drawn once, when it shows again.
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
  /** True from handing a batch to the chart thread until what it did is shown. */
  private boolean drawing;
  /** What the chart thread did, oldest first, for the FX thread to show in that order. */
  private final Queue<Drawn> done = new ConcurrentLinkedQueue<>();
  /** The size and scale of the picture on screen; a width of -1 when none shows every change. */
  private double drawnWidth = -1;
  private double drawnHeight = -1;
  private double drawnScale = -1;
  private WritableImage image;
  private Rectangle2D plotArea = new Rectangle2D.Double();
  /** Draws a view that shows again (its page or card back) with what it missed while hidden. */
  private final Runnable drawIfShown = this::draw;

  public ChartView(JFreeChart chart) {
    this.chart = chart;
    getStyleClass().add("chart-view");
    shown.setManaged(false);
    shown.setSmooth(true);
    getChildren().add(shown);
    setClip(clip);
    setMinSize(0, 0);
    // no event says that a parent was shown again: the scene's pulse, after its layout, asks
    sceneProperty().addListener((obs, old, now) -> {
      if (old != null) {
        old.removePostLayoutPulseListener(drawIfShown);
      }
      if (now != null) {
        now.addPostLayoutPulseListener(drawIfShown);
      }
    });
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

  /**
   * True when every change handed over is made and its follow-ups are done, and what is on screen
   * shows them at the view's size; a hidden view shows nothing, and is not drawn until it shows.
   */
  public boolean settled() {
    return !drawing && pending.isEmpty() && (!resized() || !seen());
  }

  /** The area inside the axes where the lines were last drawn, in this view's coordinates; empty before the first drawing. */
  public Rectangle2D plotArea() {
    return plotArea;
  }

  private boolean resized() {
    return snapSizeX(getWidth()) != drawnWidth || snapSizeY(getHeight()) != drawnHeight || outputScale() != drawnScale;
  }

  /**
   * True when the view can be seen: in a window on screen, it and every parent visible. A hidden
   * view's drawing would be thrown away, and cost the chart thread (and, through the memory it
   * churns, the FX thread's pauses) as much as a shown one's.
   */
  private boolean seen() {
    Scene scene = getScene();
    if (scene == null || scene.getWindow() == null || !scene.getWindow().isShowing()) {
      return false;
    }
    for (Node n = this; n != null; n = n.getParent()) {
      if (!n.isVisible()) {
        return false;
      }
    }
    return true;
  }

  /**
   * Hands the pending changes over, drawn when the view can be seen, unless a drawing is under way:
   * its end hands them over.
   */
  private void draw() {
    if (drawing || (pending.isEmpty() && !resized())) {
      return;
    }
    boolean seen = seen();
    if (pending.isEmpty() && !seen) {
      return;
    }
    Job job = seen ? take(outputScale(), pixels) : take(-1, null);
    drawing = true;
    ChartThread.run(() -> {
      done.add(paint(job));
      Platform.runLater(this::showDone);
    });
  }

  /**
   * Draws the chart now, at the view's size and {@code scale} pixels per unit, and waits for it:
   * for a snapshot of the view laid out in an export (a snapshot does not wait for the chart thread).
   * A drawing under way is shown first, with its follow-ups, so the export and the readouts beside
   * it show every change. The window's next layout draws it at the screen's size again.
   */
  public void drawNow(double scale) {
    // its own pixels: the view's may still wait for the FX thread to copy them
    Job job = take(scale, new ChartPixels());
    // the chart thread does one thing at a time: the drawing under way is done before this one
    done.add(ChartThread.ask(() -> paint(job)));
    showDone();
  }

  /**
   * One batch of changes handed to the chart thread, and the picture to draw after them: at
   * {@code scale} into {@code into}, or none ({@code into} null) for a view that cannot be seen.
   */
  private record Job(List<Supplier<Runnable>> batch, ChartPixels into, double width, double height, double scale) {}

  /** Takes the pending changes for one drawing at the view's size; notes what will be on screen after it. */
  private Job take(double scale, ChartPixels into) {
    List<Supplier<Runnable>> batch = pending;
    pending = new ArrayList<>();
    double width = snapSizeX(getWidth());
    double height = snapSizeY(getHeight());
    drawnWidth = into == null ? -1 : width;
    drawnHeight = into == null ? -1 : height;
    drawnScale = scale;
    return new Job(batch, into, width, height, scale);
  }

  /** One drawing's pixels (none at no size or when not drawn) and the follow-ups of the changes it shows. */
  private record Drawn(ChartPixels.Frame frame, List<Runnable> then) {}

  /** On the chart thread: the batch's changes, then one drawing, unless the job draws none. */
  private Drawn paint(Job job) {
    List<Runnable> then = new ArrayList<>();
    ChartPixels.Frame frame = null;
    try {
      for (Supplier<Runnable> change : job.batch()) {
        Runnable next = change.get();
        if (next != null) {
          then.add(next);
        }
      }
      if (job.into() != null && chart != null && job.width() >= 1 && job.height() >= 1) {
        frame = job.into().draw(chart, job.width(), job.height(), job.scale());
      }
    } catch (RuntimeException e) {
      // a chart that cannot be drawn must not stop the others: the thread goes on with the next
      System.err.println("wsarena: a chart could not be drawn: " + e);
    }
    return new Drawn(frame, then);
  }

  /**
   * On the FX thread: what the chart thread did, in the order it did it (the last pixels stay on
   * screen), each drawing's follow-ups after it; then the changes handed over since, if any.
   */
  private void showDone() {
    boolean any = false;
    for (Drawn drawn = done.poll(); drawn != null; drawn = done.poll()) {
      show(drawn);
      any = true;
    }
    if (any) {
      drawing = false;
      draw();
    }
  }

  private void show(Drawn drawn) {
    ChartPixels.Frame frame = drawn.frame();
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
    drawn.then().forEach(Runnable::run);
  }

  private double outputScale() {
    return getScene() == null || getScene().getWindow() == null ? 1 : getScene().getWindow().getRenderScaleX();
  }
}
