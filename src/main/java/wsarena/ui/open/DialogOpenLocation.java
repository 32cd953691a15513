package wsarena.ui.open;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import wsarena.ui.UiSettings;

/**
 * Asks with the platform's open dialog (several files at once), starting in the folder used last
 * for an export or an open.
 */
public final class DialogOpenLocation implements OpenLocation {
  private final Window owner;
  private final UiSettings settings;

  public DialogOpenLocation(Window owner, UiSettings settings) {
    this.owner = owner;
    this.settings = settings;
  }

  @Override
  public List<Path> files(String title) {
    FileChooser chooser = new FileChooser();
    chooser.setTitle(title);
    chooser.getExtensionFilters()
        .addAll(
            new FileChooser.ExtensionFilter("wsarena run results (*.wsarena, *.json)", "*.wsarena", "*.json"),
            new FileChooser.ExtensionFilter("All files", "*"));
    settings.dialogFolder().ifPresent(chooser::setInitialDirectory);
    List<File> chosen = chooser.showOpenMultipleDialog(owner);
    if (chosen == null || chosen.isEmpty()) {
      return List.of();
    }
    Path folder = chosen.getFirst().toPath().toAbsolutePath().getParent();
    if (folder != null) {
      settings.setExportDir(folder);
    }
    return chosen.stream().map(File::toPath).toList();
  }
}
