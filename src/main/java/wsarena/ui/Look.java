package wsarena.ui;

import javafx.application.Application;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.Parent;
import wsarena.report.chart.ChartLook;
import wsarena.report.chart.Hue;

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
  private final ReadOnlyObjectWrapper<ChartLook> chartLook = new ReadOnlyObjectWrapper<>(ChartLook.DARK);

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

  /** The charts' look for this theme and mode: what the window's charts and their pictures are drawn with. */
  ReadOnlyObjectProperty<ChartLook> chartLook() {
    return chartLook.getReadOnlyProperty();
  }

  private void applyTheme() {
    Application.setUserAgentStylesheet(theme.get().userAgentStylesheet());
    for (Theme t : Theme.values()) {
      root.getStyleClass().remove(t.styleClass());
    }
    root.getStyleClass().add(theme.get().styleClass());
    applyChartLook();
  }

  private void applyPresentation() {
    root.getStyleClass().remove(PRESENTATION);
    if (presentation.get()) {
      root.getStyleClass().add(PRESENTATION);
    }
    sidebar.set(!presentation.get());
    applyChartLook();
  }

  /**
   * The chart look of theme and mode, and its colours for the stylesheet: {@code -wsa-run-N} for
   * the runs' swatches and {@code -wsa-hue-NAME} for the legends', one copy of each colour.
   */
  private void applyChartLook() {
    ChartLook look = ChartLook.of(theme.get() == Theme.DARK, presentation.get());
    StringBuilder style = new StringBuilder();
    for (Hue h : Hue.values()) {
      String colour = ChartLook.css(look.colour(h));
      style.append("-wsa-run-").append(h.ordinal()).append(": ").append(colour).append("; ");
      style.append("-wsa-hue-").append(h.name().toLowerCase(java.util.Locale.ROOT)).append(": ").append(colour).append("; ");
    }
    root.setStyle(style.toString());
    chartLook.set(look);
  }
}
