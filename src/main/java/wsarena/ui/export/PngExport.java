package wsarena.ui.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.Image;
import javax.imageio.ImageIO;

/** Writes a picture of the window as a PNG file; encoding belongs on a background thread. */
public final class PngExport {
  private PngExport() {}

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
