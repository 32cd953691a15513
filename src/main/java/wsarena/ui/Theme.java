package wsarena.ui;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.util.Locale;
import javafx.scene.paint.Color;

/**
 * The window's two looks: AtlantaFX's Primer themes, plus a style class on the root so {@code
 * app.css} can pick chart colours that read on a projector in each.
 */
public enum Theme {
  LIGHT("light", new PrimerLight().getUserAgentStylesheet(), "#ffffff", "#1f2328", "#59636e"),
  DARK("dark", new PrimerDark().getUserAgentStylesheet(), "#0d1117", "#e6edf3", "#9198a1");

  private final String name;
  private final String userAgentStylesheet;
  private final String background;
  private final String foreground;
  private final String muted;

  Theme(String name, String userAgentStylesheet, String background, String foreground, String muted) {
    this.name = name;
    this.userAgentStylesheet = userAgentStylesheet;
    this.background = background;
    this.foreground = foreground;
    this.muted = muted;
  }

  /** The page colour (Primer's default background), also behind exported images. */
  public Color background() {
    return Color.web(background);
  }

  /** The text colour of titles drawn into exported images. */
  public Color foreground() {
    return Color.web(foreground);
  }

  /** The colour of secondary text drawn into exported images. */
  public Color muted() {
    return Color.web(muted);
  }

  /** The name on the command line and in the settings file. */
  public String cliName() {
    return name;
  }

  public String userAgentStylesheet() {
    return userAgentStylesheet;
  }

  /** The style class the root gets, e.g. {@code theme-dark}. */
  public String styleClass() {
    return "theme-" + name;
  }

  public Theme other() {
    return this == LIGHT ? DARK : LIGHT;
  }

  public static Theme fromName(String value) {
    for (Theme t : values()) {
      if (t.name.equals(value.strip().toLowerCase(Locale.ROOT))) {
        return t;
      }
    }
    throw new IllegalArgumentException("unknown theme '" + value + "' (known: dark, light)");
  }
}
