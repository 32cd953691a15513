package wsarena.host;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;

/**
 * How many files this process may hold open, read from the OS: every connection holds a file
 * descriptor, so this is what caps the connections one process can open.
 *
 * <p>On Linux it is the soft {@code RLIMIT_NOFILE} in {@code /proc/self/limits}. The JVM raises
 * its soft limit to the hard one as it starts, and child processes (a target in its own process,
 * the Python servers) inherit it. OSHI's per-process figure reads the system-wide {@code
 * fs/file-max} instead, which is not the limit that stops a process, hence this small reader.
 */
public final class FileLimit {
  private static final Path LIMITS = Path.of("/proc/self/limits");

  private FileLimit() {}

  /** This process's open-files limit; empty where the OS does not tell (not Linux) or sets none. */
  public static OptionalLong openFiles() {
    try {
      return Files.isReadable(LIMITS) ? parse(Files.readString(LIMITS)) : OptionalLong.empty();
    } catch (IOException e) {
      return OptionalLong.empty();
    }
  }

  /** The soft limit on the {@code Max open files} line of a {@code limits} file. */
  static OptionalLong parse(String limits) {
    for (String line : limits.split("\n")) {
      if (line.startsWith("Max open files")) {
        String[] columns = line.substring("Max open files".length()).strip().split("\\s+");
        if (columns.length > 0 && columns[0].chars().allMatch(Character::isDigit)) {
          return OptionalLong.of(Long.parseLong(columns[0]));
        }
        return OptionalLong.empty(); // "unlimited"
      }
    }
    return OptionalLong.empty();
  }
}
