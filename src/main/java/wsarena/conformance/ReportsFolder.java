package wsarena.conformance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Where the suite writes its reports: a folder the user asked to keep, or a temporary one that is
 * deleted when closed (the suite always writes its reports to disk, and wsarena reads them there).
 *
 * <pre>{@code
 * try (ReportsFolder reports = keep ? ReportsFolder.kept(dir) : ReportsFolder.temporary()) {
 *   new ConformanceRunner(suite, cases, timeout, reports.path()) ...
 * }
 * }</pre>
 */
public final class ReportsFolder implements AutoCloseable {
  private final Path path;
  private final boolean temporary;

  private ReportsFolder(Path path, boolean temporary) {
    this.path = path;
    this.temporary = temporary;
  }

  /** {@code dir}, made when missing, kept after close. */
  public static ReportsFolder kept(Path dir) throws IOException {
    return new ReportsFolder(Files.createDirectories(dir), false);
  }

  /** A new folder under the system's temporary folder, deleted with everything in it on close. */
  public static ReportsFolder temporary() throws IOException {
    return new ReportsFolder(Files.createTempDirectory("wsarena-conformance"), true);
  }

  public Path path() {
    return path;
  }

  /** Deletes a temporary folder; a file that cannot be deleted is left (it is in the temp folder). */
  @Override
  public void close() {
    if (!temporary) {
      return;
    }
    try (Stream<Path> paths = Files.walk(path)) {
      paths.sorted(Comparator.reverseOrder()).forEach(ReportsFolder::deleteQuietly);
    } catch (IOException | UncheckedIOException e) {
      // best effort: the system cleans its temporary folder
    }
  }

  private static void deleteQuietly(Path p) {
    try {
      Files.deleteIfExists(p);
    } catch (IOException e) {
      // a file still open (Windows) stays for the system's cleaner
    }
  }
}
