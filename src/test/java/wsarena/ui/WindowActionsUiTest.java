package wsarena.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import wsarena.scenario.TargetCatalog;
import wsarena.metrics.Outcome;
import wsarena.ui.run.RunController;
import wsarena.ui.run.RunUpdate;
import wsarena.run.RunSource;
import wsarena.ui.testing.FolderSaveLocation;
import wsarena.ui.testing.Fx;
import wsarena.ui.testing.FxTesting;
import wsarena.ui.testing.ScriptedRun;
import wsarena.ui.testing.StubEngine;

/**
 * The action table in the window (scripted runs, no servers): every key of the table reaches the
 * scene once and nothing else does, the "?" opens the shortcut list the table produces, a menu
 * item's key works only when the item can, Stop ends a whole comparison, Ctrl+Q closes the window.
 */
@ExtendWith(ApplicationExtension.class)
@Timeout(60)
class WindowActionsUiTest {
  static {
    FxTesting.init();
  }

  @TempDir Path settings;
  @TempDir Path exports;

  private static final AtomicReference<RunSource> STARTER = new AtomicReference<>();
  private MainWindow window;
  private Stage stage;

  @Start
  void start(Stage stage) {
    this.stage = stage;
    STARTER.set(ScriptedRun.starter(ScriptedRun.Ending.COMPLETE, 100, 8));
    TargetCatalog catalog = StubEngine.catalog(StubEngine.undertowLike(), StubEngine.jettyLike());
    window =
        new MainWindow(
            stage,
            WindowOptions.none(),
            new UiSettings(settings),
            catalog,
            ScriptedRun.latest(STARTER::get),
            owner -> new FolderSaveLocation(exports));
    window.show();
  }

  @AfterEach
  void stopRun() {
    Fx.get(() -> {
      window.controller().stop();
      return null;
    });
  }

  private void awaitReady() {
    Fx.await(20, () -> !window.dashboard().hostText().startsWith("Detecting"));
  }

  private boolean shortcutListShowing(FxRobot robot) {
    return Fx.get(() -> robot.lookup("#shortcut-list").tryQuery().map(Node::isVisible).orElse(false)
        && robot.lookup("#shortcut-list").query().getScene().getWindow().isShowing());
  }

  @Test
  void theScenesKeysAreExactlyTheTablesKeys() {
    awaitReady();
    Set<KeyCombination> table = new HashSet<>();
    for (Action a : Fx.get(() -> window.actions().all())) {
      for (KeyCombination k : a.keys()) {
        assertThat(table.add(k)).as(Action.keyName(k) + " declared twice").isTrue();
      }
    }

    Set<KeyCombination> registered = Fx.get(() -> Set.copyOf(window.scene().getAccelerators().keySet()));

    assertThat(registered).isEqualTo(table);
    assertThat(table).extracting(Action::keyName).contains("Ctrl+Enter", "F5", "Ctrl+S", "Ctrl+Q", "F1");
  }

  @Test
  void aClickOnTheQuestionMarkOpensTheShortcutListAndEscapeClosesIt(FxRobot robot) {
    awaitReady();

    robot.clickOn("#shortcuts");

    Fx.await(5, () -> shortcutListShowing(robot));
    List<String> texts = Fx.get(() -> robot.lookup("#shortcut-list").queryAs(javafx.scene.layout.GridPane.class)
        .getChildren().stream().map(n -> ((Label) n).getText()).toList());
    for (Action a : Fx.get(() -> window.actions().all())) {
      if (!a.keys().isEmpty()) {
        assertThat(texts).as(a.id()).contains(a.keyText(), a.description());
      }
    }
    assertThat(texts).contains("Ctrl+Enter or F5", "Start the run", "Ctrl+Q", "Quit", "Right click on a chart");

    robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
    Fx.await(5, () -> !shortcutListShowing(robot));

    robot.press(KeyCode.F1).release(KeyCode.F1);
    Fx.await(5, () -> shortcutListShowing(robot));
  }

  @Test
  void aMenuItemsKeyWorksOnlyWhenTheItemCan(FxRobot robot) {
    awaitReady();
    Fx.get(() -> {
      ClipboardContent marker = new ClipboardContent();
      marker.putString("before");
      Clipboard.getSystemClipboard().setContent(marker);
      return null;
    });

    robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.C).release(KeyCode.C, KeyCode.SHIFT, KeyCode.CONTROL);
    // nothing on screen to copy: the key does what the greyed-out item would, nothing
    assertThat(Fx.get(() -> Clipboard.getSystemClipboard().getString())).isEqualTo("before");

    robot.clickOn("#start");
    Fx.await(20, () -> window.dashboard().shownResult() != null);
    robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.C).release(KeyCode.C, KeyCode.SHIFT, KeyCode.CONTROL);

    Fx.await(5, () -> Clipboard.getSystemClipboard().getString().contains("undertow"));
    assertThat(Fx.get(() -> window.notices().text())).isEqualTo("Result copied as Markdown");
  }

  @Test
  void stopDuringCompareModelsEndsEveryModelsRun(FxRobot robot) {
    STARTER.set(ScriptedRun.starter(ScriptedRun.Ending.COMPLETE, 100, 600));
    List<RunUpdate.Started> started = new CopyOnWriteArrayList<>();
    Fx.get(() -> {
      window.controller().addListener(batch -> batch.stream()
          .filter(e -> e instanceof RunUpdate.Started).forEach(e -> started.add((RunUpdate.Started) e)));
      return null;
    });
    awaitReady();

    robot.clickOn("#compare");
    Fx.await(10, () -> window.controller().latestSampleProperty().get() != null);
    robot.clickOn("#stop");

    // idle only once the whole series has ended: no model after the first will start
    Fx.await(10, () -> window.controller().state() == RunController.State.IDLE);
    assertThat(started).extracting(s -> s.scenario().target().label()).containsExactly("undertow-event-loop");
    assertThat(started.getFirst().count()).isEqualTo(3);
    assertThat(Fx.get(() -> window.controller().lastResultProperty().get().outcome())).isEqualTo(Outcome.STOPPED);
    assertThat(Fx.get(() -> window.dashboard().runs().size())).isEqualTo(1);
  }

  @Test
  void ctrlQClosesTheWindowAndKeepsTheScenarioForTheNextLaunch(FxRobot robot) {
    awaitReady();

    robot.press(KeyCode.CONTROL, KeyCode.Q).release(KeyCode.Q, KeyCode.CONTROL);

    Fx.await(5, () -> !stage.isShowing());
    assertThat(Files.isRegularFile(settings.resolve("scenario.json"))).isTrue();
    assertThat(Files.isRegularFile(settings.resolve("window.properties"))).isTrue();
  }
}
