package wsarena.ui;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.image.Image;

/** The app icon in every size the build ships; none at all is fine (the OS shows its default). */
final class AppIcons {
  private static final int[] SIZES = {16, 24, 32, 48, 64, 128, 256, 512};

  private AppIcons() {}

  static List<Image> load() {
    List<Image> icons = new ArrayList<>();
    for (int size : SIZES) {
      try (InputStream in = AppIcons.class.getResourceAsStream("/wsarena/icons/wsarena-" + size + ".png")) {
        if (in != null) {
          Image image = new Image(in);
          if (!image.isError()) {
            icons.add(image);
          }
        }
      } catch (IOException e) {
        // a missing or broken size is skipped
      }
    }
    return icons;
  }
}
