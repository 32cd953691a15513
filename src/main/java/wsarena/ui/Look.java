package wsarena.ui;

import javafx.application.Application;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Parent;

/**
 * How the window looks: light or dark theme, presentation mode (larger text, thicker lines, the
 * scenario folded away) and whether the scenario shows, applied as style classes on the root for
 * {@code app.css}.
 */
final class Look {
  private static final String PRESENTATION = "presentation";

  private final Parent root;
  private final ObjectProperty<Theme> theme;
  private final BooleanProperty presentation;
  private final BooleanProperty sidebar = new SimpleBooleanProperty(true);

  Look(Parent root, Theme theme, boolean presentation) {
    this.root = root;
    this.theme = new SimpleObjectProperty<>(theme);
    this.presentation = new SimpleBooleanProperty(presentation);
    this.theme.addListener((obs, old, now) -> applyTheme());
    this.presentation.addListener((obs, old, now) -> applyPresentation());
    applyTheme();
    applyPresentation();
  }

  ObjectProperty<Theme> theme() {
    return theme;
  }

  BooleanProperty presentation() {
    return presentation;
  }

  /** The scenario and hardware on the left. */
  BooleanProperty sidebar() {
    return sidebar;
  }

  void toggleTheme() {
    theme.set(theme.get().other());
  }

  void togglePresentation() {
    presentation.set(!presentation.get());
  }

  void toggleSidebar() {
    sidebar.set(!sidebar.get());
  }

  private void applyTheme() {
    Application.setUserAgentStylesheet(theme.get().userAgentStylesheet());
    for (Theme t : Theme.values()) {
      root.getStyleClass().remove(t.styleClass());
    }
    root.getStyleClass().add(theme.get().styleClass());
  }

  private void applyPresentation() {
    root.getStyleClass().remove(PRESENTATION);
    if (presentation.get()) {
      root.getStyleClass().add(PRESENTATION);
    }
    sidebar.set(!presentation.get());
  }
}
