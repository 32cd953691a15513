package wsarena.ui.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.Image;
import javafx.scene.image.WritableImage;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.transform.Scale;
import javax.imageio.ImageIO;
import wsarena.ui.Theme;

/**
 * Pictures of the window for slides: a node rendered at twice its size (crisp on a projector),
 * optionally with a title band above and the host line below, so the image explains itself
 * outside the app.
 *
 * <p>{@link #render} and {@link #framed} snapshot the scene graph and must run on the FX thread;
 * {@link #write} encodes the PNG and belongs on a background thread.
 */
public final class PngExport {
  /** Exports are rendered at this multiple of the on-screen size. */
  public static final double SCALE = 2;

  private static final double PAD = 16;
  private static final double TITLE_SIZE = 22;
  private static final double SUBTITLE_SIZE = 15;
  private static final double FOOTER_SIZE = 14;

  private PngExport() {}

  /** The node as it is on screen, {@code scale} times larger. */
  public static WritableImage render(Node node, Theme theme, double scale) {
    SnapshotParameters params = new SnapshotParameters();
    params.setTransform(new Scale(scale, scale));
    params.setFill(theme.background());
    return node.snapshot(params, null);
  }

  /**
   * The node at {@code scale}, under a title band ({@code title}, {@code subtitle}) and above a
   * footer line ({@code footer}, the host).
   */
  public static WritableImage framed(
      Node node, Theme theme, double scale, String title, String subtitle, String footer) {
    WritableImage body = render(node, theme, scale);
    double width = body.getWidth();
    double top = (PAD + TITLE_SIZE * 1.3 + SUBTITLE_SIZE * 1.3 + PAD / 2) * scale;
    double bottom = (PAD / 2 + FOOTER_SIZE * 1.3 + PAD / 2) * scale;
    Canvas canvas = new Canvas(width, top + body.getHeight() + bottom);
    GraphicsContext g = canvas.getGraphicsContext2D();
    g.setFill(theme.background());
    g.fillRect(0, 0, canvas.getWidth(), canvas.getHeight());
    String family = Font.getDefault().getFamily();
    g.setTextBaseline(VPos.TOP);
    g.setFill(theme.foreground());
    g.setFont(Font.font(family, FontWeight.BOLD, TITLE_SIZE * scale));
    g.fillText(title, PAD * scale, PAD * scale, width - 2 * PAD * scale);
    g.setFill(theme.muted());
    g.setFont(Font.font(family, FontWeight.NORMAL, SUBTITLE_SIZE * scale));
    g.fillText(subtitle, PAD * scale, (PAD + TITLE_SIZE * 1.3) * scale, width - 2 * PAD * scale);
    g.drawImage(body, 0, top);
    g.setFont(Font.font(family, FontWeight.NORMAL, FOOTER_SIZE * scale));
    g.fillText(footer, PAD * scale, top + body.getHeight() + PAD / 2 * scale, width - 2 * PAD * scale);
    SnapshotParameters params = new SnapshotParameters();
    params.setFill(theme.background());
    return canvas.snapshot(params, null);
  }

  /**
   * Writes the image as a PNG file, creating its folder when needed. The file appears whole or not
   * at all (written beside it, then moved), so nobody opens half a picture.
   */
  public static void write(Image image, Path file) throws IOException {
    Path target = file.toAbsolutePath();
    Files.createDirectories(target.getParent());
    Path part = target.resolveSibling("." + target.getFileName() + ".part");
    try {
      if (!ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", part.toFile())) {
        throw new IOException("no PNG writer is available in this Java runtime");
      }
      Files.move(part, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(part);
    }
  }
}
