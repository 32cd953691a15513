package wsarena.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.TransferMode;
import wsarena.ui.compare.ComparedRuns;
import wsarena.ui.dashboard.Dashboard;
import wsarena.ui.open.OpenLocation;
import wsarena.report.SavedRun;
import wsarena.text.Units;
import wsarena.ui.open.ResultOpener;

/**
 * Saved runs brought into the window: picked in the Open dialog, dropped on the window or given on
 * the command line. They are read off the FX thread, laid side by side on the dashboard and named
 * in the status line (a saved shootout opens in the Compare view, each target with its repeats);
 * files that are not results are named in one sentence, and the window stays as it was.
 */
final class OpenedResults implements ResultOpener.Outcome {
  private static final PseudoClass DROP_TARGET = PseudoClass.getPseudoClass("drop-target");

  private final OpenLocation dialog;
  private final Dashboard dashboard;
  private final Notices notices;
  private final StatusLine status;
  private final ResultOpener opener = new ResultOpener(this);
  private Screenshot screenshot;

  private final javafx.beans.property.ObjectProperty<Page> page;
  /** The page was asked for on the command line: an opened shootout does not move it. */
  private boolean pageFixed;

  /** @param page switched to the Compare view when a saved shootout is opened */
  OpenedResults(OpenLocation dialog, Dashboard dashboard, Notices notices, StatusLine status, javafx.beans.property.ObjectProperty<Page> page) {
    this.page = page;
    this.dialog = dialog;
    this.dashboard = dashboard;
    this.notices = notices;
    this.status = status;
  }

  /** Keeps the page on the one {@code --page} asked for. */
  void keepPage() {
    pageFixed = true;
  }

  /** {@code --screenshot} waits for opened runs to be shown. */
  void tell(Screenshot s) {
    screenshot = s;
  }

  /** Asks for result files with the platform's dialog, then opens them. */
  void fromDialog() {
    open(dialog.files("Open saved runs"));
  }

  /** Opens {@code files}; the first is shown on the time charts unless a run is going. */
  void open(List<Path> files) {
    if (files.isEmpty()) {
      return;
    }
    status.say("Opening " + (files.size() == 1 ? files.getFirst().getFileName() : files.size() + " files") + " …");
    opener.open(files);
  }

  /** Files dropped anywhere on the scene open as results; {@code highlight} shows where they may go. */
  void acceptDrops(Scene scene, Node highlight) {
    scene.setOnDragOver(e -> {
      if (e.getDragboard().hasFiles()) {
        e.acceptTransferModes(TransferMode.COPY);
        highlight.pseudoClassStateChanged(DROP_TARGET, true);
      }
      e.consume();
    });
    scene.setOnDragExited(e -> highlight.pseudoClassStateChanged(DROP_TARGET, false));
    scene.setOnDragDropped(e -> {
      highlight.pseudoClassStateChanged(DROP_TARGET, false);
      boolean files = e.getDragboard().hasFiles();
      if (files) {
        open(e.getDragboard().getFiles().stream().map(File::toPath).toList());
      }
      e.setDropCompleted(files);
      e.consume();
    });
  }

  @Override
  public void loaded(List<SavedRun.Loaded> runs) {
    if (runs.isEmpty()) {
      return;
    }
    notices.clear();
    int setAside = dashboard.addOpened(runs);
    List<String> names = runs.stream().map(r -> r.result().target().label()).distinct().toList();
    if (runs.stream().anyMatch(r -> r.shootout().isPresent())) {
      if (!pageFixed) {
        page.set(Page.COMPARE);
      }
      status.sayNames("Opened a shootout of ", names, " in the Compare view");
      tellScreenshot(setAside);
      return;
    }
    // "12 runs: a and 7 more" would read as eight: say how many targets the names are of
    String opened = runs.size() == 1 ? "Opened "
        : names.size() < runs.size() ? "Opened " + runs.size() + " runs of " + Units.plural(names.size(), "target") + ": "
        : "Opened " + runs.size() + " runs: ";
    if (dashboard.isLive()) {
      status.sayNames(opened, names, ": side by side with the run in progress, which keeps the time charts");
    } else if (dashboard.runs().size() > 1) {
      status.sayNames(opened, names, dashboard.runsTableShown()
          ? " · click a row of Runs side by side to show another run on the time charts"
          : " · all side by side on the Compare page (Ctrl+2)");
    } else {
      status.sayNames(opened, names, " · Ctrl+E saves the dashboard as PNG");
    }
    tellScreenshot(setAside);
  }

  private void tellScreenshot(int setAside) {
    if (setAside > 0) {
      notices.info(
          "wsarena lays " + ComparedRuns.CAPACITY + " runs side by side at most: the " + setAside + " oldest were set aside");
    }
    if (screenshot != null) {
      screenshot.openedShown();
    }
  }

  @Override
  public void loadedSweeps(List<SavedRun.SweepLoaded> sweeps) {
    notices.clear();
    dashboard.addOpenedSweeps(sweeps);
    List<String> names = sweeps.stream().map(s -> s.sweep().target().label()).toList();
    status.sayNames("Opened the sweep of ", names, dashboard.isLive()
        ? ": it joins the latency-against-load chart once the run in progress ends"
        : " · its latency against load is in the distribution's place");
    if (screenshot != null) {
      screenshot.openedShown();
    }
  }

  @Override
  public void failed(String sentence) {
    notices.error(sentence);
    status.say(sentence);
    if (screenshot != null) {
      screenshot.openedFailed(sentence);
    }
  }
}
