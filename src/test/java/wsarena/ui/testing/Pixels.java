package wsarena.ui.testing;

import java.awt.image.BufferedImage;
import java.util.HashSet;
import java.util.Set;

/** What an exported picture holds, for asserting that it shows something. */
public final class Pixels {
  private Pixels() {}

  /** How many different colours the image uses (sampled on a grid). */
  public static int distinctColours(BufferedImage image) {
    Set<Integer> colours = new HashSet<>();
    int step = Math.max(1, Math.min(image.getWidth(), image.getHeight()) / 400);
    for (int y = 0; y < image.getHeight(); y += step) {
      for (int x = 0; x < image.getWidth(); x += step) {
        colours.add(image.getRGB(x, y) & 0xffffff);
      }
    }
    return colours.size();
  }

  /** The share of pixels that differ from the top-left (background) pixel. */
  public static double inkShare(BufferedImage image) {
    int background = image.getRGB(0, 0);
    long ink = 0;
    long all = 0;
    for (int y = 0; y < image.getHeight(); y += 2) {
      for (int x = 0; x < image.getWidth(); x += 2) {
        all++;
        if (image.getRGB(x, y) != background) {
          ink++;
        }
      }
    }
    return (double) ink / all;
  }
}
