package wsarena.peers;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;
import wsarena.process.ChildProcess;
import wsarena.scenario.ServerDescription;

/**
 * A Python server (Tornado or Autobahn|Twisted) running as a child process of this JVM, started
 * from the peers folder ({@link PeersDirectory}) with the system Python or another interpreter
 * ({@link PeerOptions#python()}, e.g. PyPy).
 *
 * <pre>{@code
 * try (PythonPeer peer = PythonPeer.start(PeerKind.TORNADO, 0)) {
 *   URI echo = peer.uri("/echo"); // ws://127.0.0.1:<port>/echo
 * }
 * }</pre>
 *
 * <p>{@link #start} returns once the script has printed its listening line, so the port accepts
 * connections. {@link #close} sends SIGTERM, which the scripts answer by closing their connections
 * (1001) and exiting with status 0, and reaps the process. A JVM shutdown hook stops a peer that
 * was never closed; and the script watches its stdin, whose other end this JVM holds, so it stops
 * even when this JVM is killed outright ({@code kill -9}) and no hook runs. The process plumbing is
 * {@link ChildProcess}'s, as for an engine in its own JVM.
 */
public final class PythonPeer implements AutoCloseable {
  /** System property naming the Python interpreter; Debian's packages serve /usr/bin/python3. */
  public static final String PYTHON_PROPERTY = "wsarena.python";

  public static final Path DEFAULT_PYTHON = Path.of("/usr/bin/python3");

  private static final Duration IMPORT_CHECK_TIMEOUT = Duration.ofSeconds(15);

  private final PeerKind kind;
  private final Interpreter interpreter;
  private final ChildProcess<ListeningLine> child;
  private final ListeningLine listening;
  /** At the JVM's exit (Ctrl-C), how long the run has to stop first and close this peer itself. */
  private static final Duration OWNER_GRACE = Duration.ofSeconds(10);

  private PythonPeer(PeerKind kind, Interpreter interpreter, ChildProcess<ListeningLine> child, ListeningLine listening) {
    this.kind = kind;
    this.interpreter = interpreter;
    this.child = child;
    this.listening = listening;
    child.stopAtJvmExit(OWNER_GRACE);
  }

  /** Starts a plain {@code ws://} peer on 127.0.0.1; port 0 picks a free port. */
  public static PythonPeer start(PeerKind kind, int port) throws PeerException {
    return start(kind, PeerOptions.port(port));
  }

  /**
   * Starts a peer on 127.0.0.1 and waits for its listening line.
   *
   * @throws PeerException with a sentence a user can act on: Python or the library missing, the
   *     port in use, no listening line in time
   */
  public static PythonPeer start(PeerKind kind, PeerOptions options) throws PeerException {
    int port = options.port();
    if (port < 0 || port > 65535) {
      throw new PeerException("port " + port + " is not between 0 and 65535");
    }
    Duration startTimeout = options.startTimeout();
    Path python = options.python().orElse(python());
    requireInterpreter(python);
    Interpreter interpreter = Interpreter.at(python);
    Path script = PeersDirectory.locate().resolve(kind.script());
    List<String> command = new ArrayList<>(List.of(python.toString(), script.toString()));
    command.addAll(List.of("--port", Integer.toString(port)));
    // The script stops when its stdin ends, which it does when this JVM ends, however it ends.
    command.add("--exit-with-stdin");
    if (options.reusePort()) {
      command.add("--reuse-port");
    }
    if (options.maxMessageBytes() > 0) {
      command.addAll(List.of("--max-message-bytes", Integer.toString(options.maxMessageBytes())));
    }
    if (!options.subprotocols().isEmpty()) {
      command.addAll(List.of("--subprotocols", String.join(",", options.subprotocols())));
    }
    options
        .tls()
        .ifPresent(
            files ->
                command.addAll(
                    List.of(
                        "--tls-cert",
                        files.certificatePem().toString(),
                        "--tls-key",
                        files.privateKeyPem().toString())));
    ProcessBuilder builder = new ProcessBuilder(command);
    // Keeps the peers folder free of __pycache__ when it is read-only or a source checkout.
    builder.environment().put("PYTHONDONTWRITEBYTECODE", "1");
    interpreter.pythonPath(builder.environment().get("PYTHONPATH")).ifPresent(p -> builder.environment().put("PYTHONPATH", p));

    ChildProcess<ListeningLine> child;
    try {
      // stdin stays open (nothing is written to it): its end is the script's sign that this JVM ended
      child = ChildProcess.startTakingCommands(builder, "peer-" + kind.id(), ListeningLine::parse);
    } catch (IOException e) {
      throw new PeerException("cannot run " + python + ": " + e.getMessage(), e);
    }
    try {
      ListeningLine line = child.awaitReady(startTimeout);
      return new PythonPeer(kind, interpreter, child, line.withLibrary(kind.id()));
    } catch (ChildProcess.NotReady e) {
      if (e.timedOut()) {
        throw new PeerException(
            kind.displayName()
                + " peer did not report listening within "
                + startTimeout.toSeconds()
                + " s"
                + child.lastStderrLine().map(line -> ": " + line).orElse(""));
      }
      String reason = child.lastStderrLine().orElse("it exited with status " + e.exitCode());
      throw new PeerException(kind.displayName() + " peer did not start: " + reason);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new PeerException(kind.displayName() + " peer start was interrupted");
    }
  }

  /**
   * What is missing to run this peer: the interpreter or the library, as a sentence with the
   * install command; empty when the peer can run.
   */
  public static Optional<String> missingRequirement(PeerKind kind) {
    return missingRequirement(kind, python());
  }

  /** As {@link #missingRequirement(PeerKind)}, on the interpreter at {@code python}. */
  public static Optional<String> missingRequirement(PeerKind kind, Path python) {
    Interpreter interpreter;
    try {
      requireInterpreter(python);
      interpreter = Interpreter.at(python);
    } catch (PeerException e) {
      return Optional.of(e.getMessage());
    }
    try {
      ProcessBuilder builder =
          new ProcessBuilder(python.toString(), "-c", "import " + kind.pythonModule())
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.DISCARD);
      interpreter.pythonPath(builder.environment().get("PYTHONPATH")).ifPresent(p -> builder.environment().put("PYTHONPATH", p));
      Process check = builder.start();
      if (!check.waitFor(IMPORT_CHECK_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
        check.destroyForcibly();
        return Optional.of("importing " + kind.pythonModule() + " with " + python + " hung");
      }
      return check.exitValue() == 0 ? Optional.empty() : Optional.of(kind.installHint());
    } catch (IOException e) {
      return Optional.of("cannot run " + python + ": " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.of("interrupted while checking for " + kind.displayName());
    }
  }

  /** The interpreter to use: {@value #PYTHON_PROPERTY} or /usr/bin/python3. */
  public static Path python() {
    String property = System.getProperty(PYTHON_PROPERTY);
    return property == null || property.isBlank() ? DEFAULT_PYTHON : Path.of(property);
  }

  private static void requireInterpreter(Path python) throws PeerException {
    if (Files.isExecutable(python)) {
      return;
    }
    if (python.equals(PythonRuntime.PYPY.path())) {
      throw new PeerException(python + " is missing: " + PythonRuntime.PYPY.installHint());
    }
    if (python.equals(python())) {
      throw new PeerException(python + " is missing: the peers need Debian's Python 3 (apt-get install python3)");
    }
    throw new PeerException(python + " is missing or not executable: --python names the interpreter to run the server on");
  }

  /** The interpreter this peer runs on, as it described itself. */
  public Interpreter interpreter() {
    return interpreter;
  }

  /**
   * The running server as people name it: {@code Tornado 6.2 (Python)} on the system's CPython,
   * {@code Tornado 6.2 (PyPy 7.3.11)} on PyPy, {@code Tornado 6.2 (Python 3.11.7)} on another CPython.
   */
  public String name() {
    boolean systemPython = interpreter.path().equals(python()) && !interpreter.isPyPy();
    return kind.nameWithVersion(library(), systemPython ? ServerDescription.PYTHON : interpreter.label());
  }

  public PeerKind kind() {
    return kind;
  }

  /** The bound port (the real one when 0 was asked for). */
  public int port() {
    return listening.port();
  }

  public long pid() {
    return child.pid();
  }

  /** The library and version the script reported, e.g. {@code tornado/6.2}. */
  public String library() {
    return listening.library();
  }

  public boolean tls() {
    return listening.tls();
  }

  /** The URI of a path on this peer, e.g. {@code ws://127.0.0.1:43123/echo}. */
  public URI uri(String path) {
    return URI.create((listening.tls() ? "wss" : "ws") + "://127.0.0.1:" + listening.port() + path);
  }

  public boolean isAlive() {
    return child.isAlive();
  }

  /**
   * The exit status once the peer has ended, stopped or not; 0 means it closed its connections and
   * exited cleanly.
   */
  public OptionalInt exitStatus() {
    return child.exitCode();
  }

  /**
   * How the peer ended, once it has: {@code the Tornado process (pid N) exited with code C} and its
   * last line on stderr; empty while it runs.
   */
  public Optional<String> exitSentence() {
    return child.exitSentence("the " + kind.displayName() + " process");
  }

  /** Waits up to {@code timeout} for the peer to end; true once it has. */
  public boolean awaitExit(Duration timeout) {
    return child.awaitExit(timeout);
  }

  /** Stops the peer (SIGTERM, then SIGKILL after a grace period) and reaps it; never throws. */
  @Override
  public void close() {
    child.stop();
  }
}
