package wsarena.ui.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
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
import javafx.scene.text.Text;
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
   * footer line ({@code footer}, the host). Long lines get a smaller font, then wrap, but are never
   * squeezed.
   */
  public static WritableImage framed(
      Node node, Theme theme, double scale, String title, String subtitle, String footer) {
    WritableImage body = render(node, theme, scale);
    double width = body.getWidth();
    double textWidth = width - 2 * PAD * scale;
    Block titleBlock = Block.fit(title, FontWeight.BOLD, TITLE_SIZE * scale, textWidth);
    Block subtitleBlock = Block.fit(subtitle, FontWeight.NORMAL, SUBTITLE_SIZE * scale, textWidth);
    Block footerBlock = Block.fit(footer, FontWeight.NORMAL, FOOTER_SIZE * scale, textWidth);
    double top = PAD * scale + titleBlock.height() + subtitleBlock.height() + PAD / 2 * scale;
    double bottom = PAD / 2 * scale + footerBlock.height() + PAD / 2 * scale;
    Canvas canvas = new Canvas(width, top + body.getHeight() + bottom);
    GraphicsContext g = canvas.getGraphicsContext2D();
    g.setFill(theme.background());
    g.fillRect(0, 0, canvas.getWidth(), canvas.getHeight());
    g.setTextBaseline(VPos.TOP);
    double y = PAD * scale;
    y = titleBlock.draw(g, theme.foreground(), PAD * scale, y);
    subtitleBlock.draw(g, theme.muted(), PAD * scale, y);
    g.drawImage(body, 0, top);
    footerBlock.draw(g, theme.muted(), PAD * scale, top + body.getHeight() + PAD / 2 * scale);
    SnapshotParameters params = new SnapshotParameters();
    params.setFill(theme.background());
    return canvas.snapshot(params, null);
  }

  /** Lines of text in one font, fitted to a width: first smaller (down to 75 %), then wrapped. */
  private record Block(List<String> lines, Font font) {
    private static final double LINE = 1.3;

    static Block fit(String text, FontWeight weight, double size, double width) {
      String family = Font.getDefault().getFamily();
      for (double s = size; s >= size * 0.75; s -= size * 0.05) {
        Font font = Font.font(family, weight, s);
        if (widthOf(text, font) <= width) {
          return new Block(List.of(text), font);
        }
      }
      Font font = Font.font(family, weight, size * 0.75);
      // break between the " · " parts first, so "in this process" stays together
      List<String> lines = wrap(List.of(text.split(" · ")), " · ", font, width);
      List<String> fitted = new ArrayList<>();
      for (String line : lines) {
        fitted.addAll(widthOf(line, font) <= width ? List.of(line) : wrap(List.of(line.split(" ")), " ", font, width));
      }
      return new Block(fitted, font);
    }

    private static List<String> wrap(List<String> parts, String separator, Font font, double width) {
      List<String> lines = new ArrayList<>();
      String line = "";
      for (String part : parts) {
        String candidate = line.isEmpty() ? part : line + separator + part;
        if (!line.isEmpty() && widthOf(candidate, font) > width) {
          lines.add(line);
          line = part;
        } else {
          line = candidate;
        }
      }
      if (!line.isEmpty()) {
        lines.add(line);
      }
      return lines;
    }

    private static double widthOf(String text, Font font) {
      Text t = new Text(text);
      t.setFont(font);
      return t.getLayoutBounds().getWidth();
    }

    double height() {
      return lines.size() * font.getSize() * LINE;
    }

    /** Draws the lines from {@code y} down and returns the y below them. */
    double draw(GraphicsContext g, javafx.scene.paint.Color colour, double x, double y) {
      g.setFill(colour);
      g.setFont(font);
      for (String line : lines) {
        g.fillText(line, x, y);
        y += font.getSize() * LINE;
      }
      return y;
    }
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
