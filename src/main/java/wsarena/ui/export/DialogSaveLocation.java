package wsarena.ui.export;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import wsarena.ui.UiSettings;

/** Asks with the platform's save and folder dialogs, starting in the folder used last time. */
public final class DialogSaveLocation implements SaveLocation {
  private final Window owner;
  private final UiSettings settings;

  public DialogSaveLocation(Window owner, UiSettings settings) {
    this.owner = owner;
    this.settings = settings;
  }

  @Override
  public Optional<Path> file(String title, String defaultName, String description, String extension) {
    FileChooser chooser = new FileChooser();
    chooser.setTitle(title);
    chooser.setInitialFileName(defaultName);
    chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(description, "*." + extension));
    settings.dialogFolder().ifPresent(chooser::setInitialDirectory);
    File file = chooser.showSaveDialog(owner);
    if (file == null) {
      return Optional.empty();
    }
    Path path = file.toPath();
    if (!path.getFileName().toString().toLowerCase().endsWith("." + extension)) {
      path = path.resolveSibling(path.getFileName() + "." + extension);
    }
    remember(path.getParent());
    return Optional.of(path);
  }

  @Override
  public Optional<Path> folder(String title) {
    DirectoryChooser chooser = new DirectoryChooser();
    chooser.setTitle(title);
    settings.dialogFolder().ifPresent(chooser::setInitialDirectory);
    File dir = chooser.showDialog(owner);
    if (dir == null) {
      return Optional.empty();
    }
    remember(dir.toPath());
    return Optional.of(dir.toPath());
  }

  private void remember(Path dir) {
    if (dir != null) {
      settings.setExportDir(dir);
    }
  }
}
