package wsarena.peers;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Finds the folder that holds the peer scripts: the system property {@value #PROPERTY} when set,
 * else {@code src/peers} under the working directory (tests and {@code mvn} run from the project
 * root), else {@code peers} beside the jar, else {@code src/peers} of the project the jar was built
 * in ({@code target/wsarena.jar} started from elsewhere).
 */
public final class PeersDirectory {
  public static final String PROPERTY = "wsarena.peers.dir";

  private PeersDirectory() {}

  /** The peers folder, or an exception that names every place looked at. */
  public static Path locate() throws PeerException {
    String property = System.getProperty(PROPERTY);
    if (property != null && !property.isBlank()) {
      Path explicit = Path.of(property).toAbsolutePath().normalize();
      if (!holdsPeers(explicit)) {
        throw new PeerException(
            "-D"
                + PROPERTY
                + "="
                + property
                + " does not hold the peer scripts ("
                + scripts()
                + ")");
      }
      return explicit;
    }
    List<Path> candidates = candidates();
    for (Path candidate : candidates) {
      if (holdsPeers(candidate)) {
        return candidate;
      }
    }
    throw new PeerException(
        "cannot find the peer scripts ("
            + scripts()
            + ") in "
            + candidates
            + ": run from the project root or set -D"
            + PROPERTY
            + "=/path/to/src/peers");
  }

  static List<Path> candidates() {
    List<Path> candidates = new ArrayList<>();
    candidates.add(Path.of("src", "peers").toAbsolutePath());
    codeLocation()
        .ifPresent(
            code -> {
              // target/wsarena.jar and target/classes both sit in target/
              Path dir = code.getParent();
              if (dir != null) {
                candidates.add(dir.resolve("peers"));
                if (dir.getParent() != null) {
                  candidates.add(dir.getParent().resolve("src").resolve("peers"));
                }
              }
            });
    return candidates.stream().map(Path::normalize).distinct().toList();
  }

  /** The jar (or classes folder) this class was loaded from. */
  private static Optional<Path> codeLocation() {
    try {
      var source = PeersDirectory.class.getProtectionDomain().getCodeSource();
      return source == null ? Optional.empty() : Optional.of(Path.of(source.getLocation().toURI()));
    } catch (URISyntaxException | SecurityException | IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static boolean holdsPeers(Path dir) {
    for (PeerKind kind : PeerKind.values()) {
      if (!Files.isRegularFile(dir.resolve(kind.script()))) {
        return false;
      }
    }
    return true;
  }

  private static String scripts() {
    return String.join(", ", Arrays.stream(PeerKind.values()).map(PeerKind::script).toList());
  }
}
