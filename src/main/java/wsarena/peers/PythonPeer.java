package wsarena.peers;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One of the Python servers (Tornado or Autobahn|Twisted) running as a child process of this JVM,
 * started from the peers folder ({@link PeersDirectory}) with the system Python.
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
 * was never closed, so no Python process outlives the JVM that started it.
 */
public final class PythonPeer implements AutoCloseable {
  /** System property naming the Python interpreter; Debian's packages serve /usr/bin/python3. */
  public static final String PYTHON_PROPERTY = "wsarena.python";

  public static final Path DEFAULT_PYTHON = Path.of("/usr/bin/python3");

  /**
   * Twisted and Tornado import in about half a second; a busy machine may take several times that.
   */
  public static final Duration DEFAULT_START_TIMEOUT = Duration.ofSeconds(15);

  private static final Duration STOP_GRACE = Duration.ofSeconds(5);
  private static final Duration IMPORT_CHECK_TIMEOUT = Duration.ofSeconds(15);
  private static final Pattern LISTENING =
      Pattern.compile(
          "^wsarena-peer listening port=(\\d+) pid=(\\d+)(?: library=(\\S+))?(?:"
              + " tls=(true|false))?");

  private final PeerKind kind;
  private final Process process;
  private final int port;
  private final String library;
  private final boolean tls;
  private final StderrTail stderr;
  private final Thread shutdownHook;
  private volatile OptionalInt exitStatus = OptionalInt.empty();

  private PythonPeer(
      PeerKind kind, Process process, int port, String library, boolean tls, StderrTail stderr) {
    this.kind = kind;
    this.process = process;
    this.port = port;
    this.library = library;
    this.tls = tls;
    this.stderr = stderr;
    this.shutdownHook = new Thread(this::stop, "wsarena-peer-" + kind.id() + "-shutdown");
    Runtime.getRuntime().addShutdownHook(shutdownHook);
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
    Path python = requireInterpreter();
    Path script = PeersDirectory.locate().resolve(kind.script());
    List<String> command = new ArrayList<>(List.of(python.toString(), script.toString()));
    command.addAll(List.of("--port", Integer.toString(port)));
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

    Process process;
    try {
      process = builder.start();
      // The peers read nothing from stdin: an end of file at once, on every OS.
      process.getOutputStream().close();
    } catch (IOException e) {
      throw new PeerException("cannot run " + python + ": " + e.getMessage(), e);
    }
    StderrTail stderr = StderrTail.drain(process.getErrorStream(), kind);
    CompletableFuture<Matcher> listening = watchStdout(process.getInputStream(), kind);
    try {
      Matcher line = listening.get(startTimeout.toMillis(), TimeUnit.MILLISECONDS);
      return new PythonPeer(
          kind,
          process,
          Integer.parseInt(line.group(1)),
          line.group(3) == null ? kind.id() : line.group(3),
          "true".equals(line.group(4)),
          stderr);
    } catch (TimeoutException e) {
      destroy(process);
      throw new PeerException(
          kind.displayName()
              + " peer did not report listening within "
              + startTimeout.toSeconds()
              + " s"
              + stderr.suffix());
    } catch (ExecutionException e) {
      int status = waitForExit(process);
      stderr.awaitEnd(Duration.ofSeconds(1));
      String reason = stderr.lastLine().orElse("it exited with status " + status);
      throw new PeerException(kind.displayName() + " peer did not start: " + reason);
    } catch (InterruptedException e) {
      destroy(process);
      Thread.currentThread().interrupt();
      throw new PeerException(kind.displayName() + " peer start was interrupted");
    }
  }

  /**
   * What is missing to run this peer: the interpreter or the library, as a sentence with the
   * install command; empty when the peer can run.
   */
  public static Optional<String> missingRequirement(PeerKind kind) {
    Path python;
    try {
      python = requireInterpreter();
    } catch (PeerException e) {
      return Optional.of(e.getMessage());
    }
    try {
      Process check =
          new ProcessBuilder(python.toString(), "-c", "import " + kind.pythonModule())
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.DISCARD)
              .start();
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

  private static Path requireInterpreter() throws PeerException {
    Path python = python();
    if (!Files.isExecutable(python)) {
      throw new PeerException(
          python + " is missing: the peers need Debian's Python 3 (apt-get install python3)");
    }
    return python;
  }

  public PeerKind kind() {
    return kind;
  }

  /** The bound port (the real one when 0 was asked for). */
  public int port() {
    return port;
  }

  public long pid() {
    return process.pid();
  }

  /** The library and version the script reported, e.g. {@code tornado/6.2}. */
  public String library() {
    return library;
  }

  public boolean tls() {
    return tls;
  }

  /** The URI of a path on this peer, e.g. {@code ws://127.0.0.1:43123/echo}. */
  public URI uri(String path) {
    return URI.create((tls ? "wss" : "ws") + "://127.0.0.1:" + port + path);
  }

  public boolean isAlive() {
    return process.isAlive();
  }

  /** The exit status once stopped; 0 means the peer closed its connections and exited cleanly. */
  public OptionalInt exitStatus() {
    return exitStatus;
  }

  /** The last lines the peer wrote on stderr, oldest first. */
  public List<String> stderrTail() {
    return stderr.lines();
  }

  /** Stops the peer (SIGTERM, then SIGKILL after a grace period) and reaps it; never throws. */
  @Override
  public void close() {
    stop();
    try {
      Runtime.getRuntime().removeShutdownHook(shutdownHook);
    } catch (IllegalStateException e) {
      // the JVM is already shutting down and runs the hook itself
    }
  }

  private synchronized void stop() {
    if (exitStatus.isPresent()) {
      return;
    }
    exitStatus = OptionalInt.of(destroy(process));
  }

  /** SIGTERM, a grace period, then SIGKILL; returns the exit status. */
  private static int destroy(Process process) {
    process.destroy();
    try {
      if (!process.waitFor(STOP_GRACE.toMillis(), TimeUnit.MILLISECONDS)) {
        process.destroyForcibly();
      }
      return process.waitFor();
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
      return -1;
    }
  }

  private static int waitForExit(Process process) {
    try {
      if (process.waitFor(STOP_GRACE.toMillis(), TimeUnit.MILLISECONDS)) {
        return process.exitValue();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return destroy(process);
  }

  /** Completes with the listening line; fails when stdout ends before it. Drains stdout after. */
  private static CompletableFuture<Matcher> watchStdout(InputStream stdout, PeerKind kind) {
    CompletableFuture<Matcher> listening = new CompletableFuture<>();
    Thread.ofPlatform()
        .daemon()
        .name("wsarena-peer-" + kind.id() + "-stdout")
        .start(
            () -> {
              try (BufferedReader reader =
                  new BufferedReader(new InputStreamReader(stdout, StandardCharsets.UTF_8))) {
                String line;
                while ((line = reader.readLine()) != null) {
                  Matcher matcher = LISTENING.matcher(line);
                  if (!listening.isDone() && matcher.find()) {
                    listening.complete(matcher);
                  }
                }
              } catch (IOException e) {
                // the process went away; the future below says so
              }
              listening.completeExceptionally(new IOException("stdout ended"));
            });
    return listening;
  }

  /** Keeps the last lines of the peer's stderr for error messages. */
  private static final class StderrTail {
    private static final int MAX_LINES = 20;
    private final Deque<String> lines = new ArrayDeque<>();
    private Thread reader;

    static StderrTail drain(InputStream stderr, PeerKind kind) {
      StderrTail tail = new StderrTail();
      tail.reader =
          Thread.ofPlatform()
              .daemon()
              .name("wsarena-peer-" + kind.id() + "-stderr")
              .start(
                  () -> {
                    try (BufferedReader reader =
                        new BufferedReader(new InputStreamReader(stderr, StandardCharsets.UTF_8))) {
                      String line;
                      while ((line = reader.readLine()) != null) {
                        tail.add(line);
                      }
                    } catch (IOException e) {
                      // the process went away
                    }
                  });
      return tail;
    }

    /** Waits until the peer's stderr has ended, so its last words are in. */
    void awaitEnd(Duration timeout) {
      try {
        reader.join(timeout);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }

    private synchronized void add(String line) {
      if (line.isBlank()) {
        return;
      }
      if (lines.size() == MAX_LINES) {
        lines.removeFirst();
      }
      lines.addLast(line.strip());
    }

    synchronized List<String> lines() {
      return List.copyOf(lines);
    }

    synchronized Optional<String> lastLine() {
      return Optional.ofNullable(lines.peekLast());
    }

    /** ": <last stderr line>", or nothing when the peer wrote none. */
    String suffix() {
      return lastLine().map(line -> ": " + line).orElse("");
    }
  }
}
