package wsarena.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * {@code --out DIR}: the folder a command writes its files into ({@code run}, {@code bench},
 * {@code chart}, {@code conformance}); what it writes is said per command in {@code Help.properties}.
 */
final class OutputFolder {
  @Option(names = "--out", paramLabel = "DIR", descriptionKey = "out")
  Path dir;

  Optional<Path> dir() {
    return Optional.ofNullable(dir);
  }

  /** Makes the folder when missing; a {@link UserError} when it cannot be made. */
  static Path create(Path dir) {
    try {
      return Files.createDirectories(dir);
    } catch (IOException e) {
      throw new UserError("cannot make the folder " + dir + ": " + e.getMessage());
    }
  }

  /** The line that ends a command: where its files are. */
  static void announce(Path dir, PrintWriter out) {
    out.println("Files: " + dir.toAbsolutePath().normalize());
  }
}
