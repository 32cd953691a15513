package wsarena.ui;

import atlantafx.base.theme.Styles;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Separator;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The toolbar, built from the action table: Start, Stop and Compare models on the left; Open
 * results, the Export menu and the view switches (scenario, theme, presentation, full screen,
 * shortcuts) on the right. Each button and menu item takes its text, icon, tooltip, key and
 * enabled state from its {@link Action}.
 */
final class Toolbar {
  private Toolbar() {}

  static ToolBar of(
      WindowActions actions, Look look, ShortcutList shortcuts, javafx.beans.property.ObjectProperty<Page> page,
      BooleanProperty squarePictures) {
    Button start = button(actions.start);
    start.getStyleClass().addAll(Styles.ACCENT, "start-button");
    Button stop = button(actions.stop);
    stop.getStyleClass().addAll(Styles.DANGER, "stop-button");
    Button compare = button(actions.compare);
    compare.getStyleClass().add("compare-button");
    Button sweep = button(actions.sweep);
    sweep.getStyleClass().add("sweep-button");

    MenuButton export = new MenuButton("Export", new FontIcon(Feather.DOWNLOAD));
    export.setId("export");
    List<List<Action>> sections = actions.exportMenu();
    for (List<Action> section : sections) {
      if (section != sections.getFirst()) {
        export.getItems().add(new SeparatorMenuItem());
      }
      section.forEach(a -> export.getItems().add(menuItem(a)));
    }
    javafx.scene.control.CheckMenuItem square = new javafx.scene.control.CheckMenuItem("Square pictures (1080×1080) instead of 16:9");
    square.setId("export-square");
    square.selectedProperty().bindBidirectional(squarePictures);
    export.getItems().addAll(new SeparatorMenuItem(), square);

    // the two pages: one run on the dashboard, or many side by side
    SegmentedChoice<Page> pages = new SegmentedChoice<>(Page::label, Page.values());
    pages.setId("pages-switch");
    pages.getStyleClass().add("pages-switch");
    pages.valueProperty().bindBidirectional(page);
    pages.button(Page.RUN).setTooltip(new Tooltip(actions.runPage.tooltip()));
    pages.button(Page.COMPARE).setTooltip(new Tooltip(actions.comparePage.tooltip()));

    Button theme = iconButton(actions.theme);
    // the icon shows the theme a click gives
    theme.graphicProperty().bind(Bindings.createObjectBinding(
        () -> new FontIcon(look.theme().get() == Theme.DARK ? Feather.SUN : Feather.MOON), look.theme()));
    Button help = iconButton(actions.shortcuts);
    help.getStyleClass().add("shortcuts-help");

    Label brand = new Label("wsarena");
    brand.getStyleClass().add("brand");
    Region spacer = new Region();
    HBox.setHgrow(spacer, Priority.ALWAYS);
    ToolBar bar = new ToolBar(
        brand, pages, new Separator(), start, stop, compare, sweep, spacer, button(actions.open), export, new Separator(),
        toggle(actions.sidebar, look.sidebar()), theme, toggle(actions.presentation, look.presentation()),
        iconButton(actions.fullScreen), help);
    bar.getStyleClass().add("main-toolbar");
    shortcuts.anchorTo(help, bar);
    Button open = (Button) bar.getItems().get(bar.getItems().indexOf(spacer) + 1);
    // too narrow for every name (1280×720 in presentation mode): the secondary actions keep their
    // icons (and tooltips) so nothing hides behind the overflow's "»"; Start and Stop keep their names
    List<javafx.scene.control.Labeled> shrinkable = List.of(compare, sweep, open, export);
    Runnable fit = () -> fitToWidth(bar, shrinkable);
    bar.widthProperty().addListener(o -> fit.run());
    look.presentation().addListener(o -> javafx.application.Platform.runLater(fit));
    return bar;
  }

  /** Names on the secondary buttons while they fit the bar's width, icons only when they do not. */
  private static void fitToWidth(ToolBar bar, List<javafx.scene.control.Labeled> shrinkable) {
    if (bar.getWidth() <= 0 || bar.getSkin() == null) {
      return;
    }
    shrinkable.forEach(b -> b.setContentDisplay(javafx.scene.control.ContentDisplay.LEFT));
    bar.applyCss();
    double need = bar.getInsets().getLeft() + bar.getInsets().getRight();
    for (javafx.scene.Node n : bar.getItems()) {
      need += n.prefWidth(-1) + 8; // the bar's spacing between items
    }
    // a margin for the overflow button the bar adds once anything does not fit
    boolean tight = need + 40 > bar.getWidth();
    shrinkable.forEach(b -> b.setContentDisplay(tight ? javafx.scene.control.ContentDisplay.GRAPHIC_ONLY : javafx.scene.control.ContentDisplay.LEFT));
  }

  private static Button button(Action a) {
    Button b = new Button(a.label(), a.icon() == null ? null : new FontIcon(a.icon()));
    b.setOnAction(e -> a.run());
    return decorate(b, a);
  }

  private static Button iconButton(Action a) {
    Button b = button(a);
    b.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
    return b;
  }

  /** A switch: pressed while {@code state} holds; a click flips the state, as the action's keys do. */
  private static ToggleButton toggle(Action a, BooleanProperty state) {
    ToggleButton b = new ToggleButton(null, new FontIcon(a.icon()));
    b.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
    b.selectedProperty().bindBidirectional(state);
    return decorate(b, a);
  }

  private static <B extends ButtonBase> B decorate(B b, Action a) {
    b.setId(a.id());
    b.setTooltip(new Tooltip(a.tooltip()));
    b.disableProperty().bind(Bindings.createBooleanBinding(() -> !a.enabled().get(), a.enabled()));
    return b;
  }

  /** A menu item; its first key is its accelerator, which the menu shows and JavaFX registers. */
  private static MenuItem menuItem(Action a) {
    MenuItem item = new MenuItem(a.label(), a.icon() == null ? null : new FontIcon(a.icon()));
    item.setId(a.id());
    item.setOnAction(e -> a.run());
    item.disableProperty().bind(Bindings.createBooleanBinding(() -> !a.enabled().get(), a.enabled()));
    if (!a.keys().isEmpty()) {
      item.setAccelerator(a.keys().getFirst());
    }
    return item;
  }
}
