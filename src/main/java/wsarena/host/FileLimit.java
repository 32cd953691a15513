package wsarena.host;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;

/**
 * How many files this process may hold open (its soft {@code RLIMIT_NOFILE}, {@code ulimit -n}),
 * read from the OS, not assumed: every WebSocket connection holds one (two in this process when
 * the target runs in it too). Linux only; elsewhere it is not known.
 */
public final class FileLimit {
  private static final Path LIMITS = Path.of("/proc/self/limits");

  private FileLimit() {}

  /** The soft limit on open files, or empty where the OS does not say (or it is unlimited). */
  public static OptionalLong openFiles() {
    try {
      return parse(Files.readString(LIMITS));
    } catch (IOException | SecurityException e) {
      return OptionalLong.empty();
    }
  }

  /** Reads the soft limit from {@code /proc/self/limits} text: {@code Max open files  1024  4096  files}. */
  static OptionalLong parse(String limits) {
    for (String line : limits.split("\\R")) {
      if (line.startsWith("Max open files")) {
        String[] parts = line.substring("Max open files".length()).strip().split("\\s+");
        if (parts.length > 0 && parts[0].chars().allMatch(Character::isDigit) && !parts[0].isEmpty()) {
          return OptionalLong.of(Long.parseLong(parts[0]));
        }
      }
    }
    return OptionalLong.empty();
  }
}
