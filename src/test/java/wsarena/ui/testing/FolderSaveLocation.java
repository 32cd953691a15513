package wsarena.ui.testing;

import java.nio.file.Path;
import java.util.Optional;
import wsarena.ui.export.SaveLocation;

/** Answers every save dialog with the proposed name in one folder, as a user pressing Enter would. */
public record FolderSaveLocation(Path folder) implements SaveLocation {
  @Override
  public Optional<Path> file(String title, String defaultName, String description, String extension) {
    return Optional.of(folder.resolve(defaultName));
  }

  @Override
  public Optional<Path> folder(String title) {
    return Optional.of(folder);
  }
}
