package wsarena.testsupport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A process's TCP sockets on Linux, read from its descriptors and {@code /proc/net/tcp}: which ports
 * it listens on, how many connections it holds. For tests that check who serves and that a server
 * is gone.
 */
public final class ProcSockets {
  private static final String ESTABLISHED = "01";
  private static final String LISTEN = "0A";

  private ProcSockets() {}

  /** How many connections the process holds (state ESTABLISHED). */
  public static int established(long pid) {
    return (int) rows(pid).filter(f -> ESTABLISHED.equals(f[3])).count();
  }

  /** The ports it listens on. */
  public static List<Integer> listeningPorts(long pid) {
    return rows(pid).filter(f -> LISTEN.equals(f[3])).map(f -> Integer.parseInt(f[1].substring(f[1].indexOf(':') + 1), 16)).toList();
  }

  /** The rows of /proc/net/tcp of the process's sockets, split into fields. */
  private static Stream<String[]> rows(long pid) {
    Set<String> inodes = socketInodes(pid);
    try {
      return Files.readAllLines(Path.of("/proc/net/tcp")).stream()
          .skip(1)
          .map(line -> line.strip().split("\\s+"))
          .filter(f -> f.length > 9 && inodes.contains(f[9]));
    } catch (IOException e) {
      return Stream.empty();
    }
  }

  private static Set<String> socketInodes(long pid) {
    Set<String> inodes = new HashSet<>();
    try (Stream<Path> fds = Files.list(Path.of("/proc", Long.toString(pid), "fd"))) {
      for (Path fd : fds.toList()) {
        try {
          String link = Files.readSymbolicLink(fd).toString();
          if (link.startsWith("socket:[")) {
            inodes.add(link.substring("socket:[".length(), link.length() - 1));
          }
        } catch (IOException e) {
          // closed meanwhile
        }
      }
    } catch (IOException e) {
      // the process is gone
    }
    return inodes;
  }
}
