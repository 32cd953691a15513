package wsarena.ui.export;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Where an export goes. The window asks the user with the platform's file dialogs; GUI tests
 * answer with a temporary folder, since native dialogs cannot be driven by a robot.
 */
public interface SaveLocation {

  /** A file to write, proposed as {@code defaultName}; empty when the user cancelled. */
  Optional<Path> file(String title, String defaultName, String description, String extension);

  /** A folder to write several files into; empty when the user cancelled. */
  Optional<Path> folder(String title);
}
