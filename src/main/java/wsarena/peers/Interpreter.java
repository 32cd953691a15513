package wsarena.peers;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * A Python interpreter the peers run on, as it describes itself: CPython or PyPy, and its version.
 * Asked once per path and remembered, since the window and every command build the target list.
 *
 * @param path the executable, e.g. {@code /usr/bin/pypy3}
 * @param implementation {@code CPython} or {@code PyPy} (or whatever else {@code
 *     platform.python_implementation()} says)
 * @param version the implementation's own version: PyPy's (e.g. {@code 7.3.11}), else the language's
 * @param languageVersion the Python language version it implements, e.g. {@code 3.9.16}
 */
public record Interpreter(Path path, String implementation, String version, String languageVersion) {
  /**
   * Debian's packages (Tornado, Twisted, Autobahn) live here, built for its CPython; PyPy imports
   * them from this folder when it is on {@code PYTHONPATH} (the compiled speed-ups are skipped and
   * the libraries fall back to their pure-Python code).
   */
  public static final Path DEBIAN_DIST_PACKAGES = Path.of("/usr/lib/python3/dist-packages");

  private static final Duration PROBE_TIMEOUT = Duration.ofSeconds(15);
  private static final String PROBE =
      "import platform, sys; v = getattr(sys, 'pypy_version_info', sys.version_info); "
          + "print(platform.python_implementation(), '%d.%d.%d' % tuple(v[:3]), platform.python_version())";
  private static final Map<Path, Interpreter> KNOWN = new ConcurrentHashMap<>();

  /**
   * Asks the interpreter at {@code path} what it is.
   *
   * @throws PeerException with a sentence when it is missing or does not answer as a Python does
   */
  public static Interpreter at(Path path) throws PeerException {
    Interpreter known = KNOWN.get(path);
    if (known != null) {
      return known;
    }
    if (!Files.isExecutable(path)) {
      throw new PeerException(path + " is missing or not executable");
    }
    Interpreter asked = probe(path);
    KNOWN.put(path, asked);
    return asked;
  }

  private static Interpreter probe(Path path) throws PeerException {
    try {
      Process p = new ProcessBuilder(path.toString(), "-c", PROBE).redirectErrorStream(true).start();
      p.getOutputStream().close();
      byte[] out = p.getInputStream().readAllBytes();
      if (!p.waitFor(PROBE_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
        p.destroyForcibly();
        throw new PeerException(path + " did not say what it is within " + PROBE_TIMEOUT.toSeconds() + " s");
      }
      String[] words = new String(out, StandardCharsets.UTF_8).strip().split("\\s+");
      if (p.exitValue() != 0 || words.length != 3) {
        throw new PeerException(path + " does not run as a Python interpreter");
      }
      return new Interpreter(path, words[0], words[1], words[2]);
    } catch (IOException e) {
      throw new PeerException("cannot run " + path + ": " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new PeerException("interrupted while asking " + path + " what it is", e);
    }
  }

  /** The interpreter at {@code path} when it runs, empty otherwise. */
  public static Optional<Interpreter> find(Path path) {
    try {
      return Optional.of(at(path));
    } catch (PeerException e) {
      return Optional.empty();
    }
  }

  public boolean isPyPy() {
    return "PyPy".equals(implementation);
  }

  /**
   * How a server's name says what runs it: {@code PyPy 7.3.11}, or {@code Python 3.11.2} for
   * CPython.
   */
  public String label() {
    return isPyPy() ? "PyPy " + version : "CPython".equals(implementation) ? "Python " + languageVersion : implementation + " " + version;
  }

  /**
   * The {@code PYTHONPATH} the peers need on this interpreter: PyPy sees Debian's packages only
   * through it; CPython finds them itself (and a {@code python3 -S} that should not, does not).
   */
  public Optional<String> pythonPath(String inherited) {
    if (!isPyPy()) {
      return Optional.empty();
    }
    return Optional.of(
        inherited == null || inherited.isBlank() ? DEBIAN_DIST_PACKAGES.toString() : inherited + ":" + DEBIAN_DIST_PACKAGES);
  }
}
