package wsarena.peers;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A Python server as a target of its own: a library's script on an interpreter, e.g. {@code
 * tornado} (Tornado on the system's CPython) or {@code autobahn-pypy} (Autobahn|Twisted on PyPy).
 * The one list of them, which the target catalog shows.
 */
public record PythonServer(PeerKind kind, PythonRuntime runtime) {

  /** Every library on every offered interpreter: the CPython ones first, as before PyPy. */
  public static List<PythonServer> all() {
    return Arrays.stream(PythonRuntime.values())
        .flatMap(r -> Arrays.stream(PeerKind.values()).map(k -> new PythonServer(k, r)))
        .toList();
  }

  /** The name on the command line and in files: {@code tornado}, {@code tornado-pypy}. */
  public String id() {
    return runtime.suffix().isEmpty() ? kind.id() : kind.id() + "-" + runtime.suffix();
  }

  /** The server {@code id} names, if any. */
  public static Optional<PythonServer> find(String id) {
    String wanted = id == null ? "" : id.strip().toLowerCase(Locale.ROOT);
    return all().stream().filter(s -> s.id().equals(wanted)).findFirst();
  }

  /** The server {@code id} names, or an exception with the known names. */
  public static PythonServer fromId(String id) {
    return find(id)
        .orElseThrow(
            () -> new IllegalArgumentException(
                "unknown peer '" + id + "' (known: " + String.join(", ", all().stream().map(PythonServer::id).toList()) + ")"));
  }

  /** The interpreter, when this machine has it. */
  public Optional<Interpreter> interpreter() {
    return Interpreter.find(runtime.path());
  }

  /**
   * What runs it, as its name says it: {@code Python} for the system's CPython (as before there
   * were two), {@code PyPy 7.3.11} for PyPy, or {@code PyPy} when it is not installed.
   */
  public String runtimeLabel() {
    if (runtime == PythonRuntime.CPYTHON) {
      return "Python";
    }
    return interpreter().map(Interpreter::label).orElse(runtime.displayName());
  }
}
