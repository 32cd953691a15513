package wsarena.ui.open;

import java.nio.file.Path;
import java.util.List;

/**
 * Which result files to open. The window asks with the platform's file dialog; GUI tests give the
 * files directly, since native dialogs cannot be driven by a robot.
 */
public interface OpenLocation {
  /** The files the user chose; empty when they cancelled. */
  List<Path> files(String title);
}
