package wsarena.ui.export;

import javafx.scene.image.WritableImage;

/**
 * A picture the window exports and the title drawn in it ("12 runs side by side"; for a page or a
 * card copied from the screen, what it is called there).
 */
public record Picture(WritableImage image, String title) {}
