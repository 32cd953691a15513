package wsarena.cli;

import wsarena.host.WholeFile;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * {@code --out FILE}: the one file a command writes besides what it prints ({@code compare},
 * {@code features}); what it holds is said per command in {@code Help.properties}.
 */
final class OutputFile {
  @Option(names = "--out", paramLabel = "FILE", descriptionKey = "out")
  Path file;

  Optional<Path> file() {
    return Optional.ofNullable(file);
  }

  /** Writes {@code text} and says where; an {@link IOException} with the reason when it cannot. */
  static void write(Path file, String text, PrintWriter out) throws IOException {
    WholeFile.writeString(file, text);
    announce(file, out);
  }

  static void announce(Path file, PrintWriter out) {
    out.println("Wrote " + file.toAbsolutePath().normalize());
  }
}
