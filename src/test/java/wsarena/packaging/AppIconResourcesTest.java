package wsarena.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The window loads the app icon from the class path at {@code /wsarena/icons/wsarena-<size>.png};
 * the pom copies them there from icons/, where icons/render.sh renders them from the SVG.
 */
class AppIconResourcesTest {

  @ParameterizedTest
  @ValueSource(ints = {16, 24, 32, 48, 64, 128, 256, 512})
  void eachSizeIsOnTheClassPathAtItsOwnSize(int size) throws IOException {
    BufferedImage icon = load(size);
    assertThat(icon.getWidth()).isEqualTo(size);
    assertThat(icon.getHeight()).isEqualTo(size);
  }

  @ParameterizedTest
  @ValueSource(ints = {16, 24, 32, 48, 64, 128, 256, 512})
  void eachSizeIsARoundedTileOverTransparency(int size) throws IOException {
    BufferedImage icon = load(size);
    assertThat(icon.getColorModel().hasAlpha()).as("alpha channel").isTrue();
    // the corner lies outside the tile's rounded corner: the desktop shows through
    assertThat(alpha(icon, 0, 0)).as("corner alpha").isLessThan(128);
    // the middle is the drawn tile, arrows and all
    assertThat(alpha(icon, size / 2, size / 2)).as("centre alpha").isEqualTo(255);
  }

  private static BufferedImage load(int size) throws IOException {
    String path = "/wsarena/icons/wsarena-" + size + ".png";
    try (InputStream in = AppIconResourcesTest.class.getResourceAsStream(path)) {
      assertThat(in).as(path + " on the class path").isNotNull();
      BufferedImage image = ImageIO.read(in);
      assertThat(image).as(path + " decodes").isNotNull();
      return image;
    }
  }

  private static int alpha(BufferedImage image, int x, int y) {
    return image.getRGB(x, y) >>> 24;
  }
}
