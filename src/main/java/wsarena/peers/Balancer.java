package wsarena.peers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import wsarena.process.ChildProcess;

/**
 * HAProxy in front of a run's instances, with a configuration written for it ({@link
 * HaproxyConfig}), through {@code haproxy_balancer.py}: that script starts HAProxy in the
 * foreground, says when it listens, and stops it when this JVM ends, however it ends.
 */
public final class Balancer implements AutoCloseable {
  public static final Path HAPROXY = Path.of("/usr/sbin/haproxy");
  static final String SCRIPT = "haproxy_balancer.py";
  private static final Duration START_TIMEOUT = Duration.ofSeconds(15);
  /** A port found free may be taken before HAProxy binds it: try a few. */
  private static final int PORT_ATTEMPTS = 3;

  private final ChildProcess<ListeningLine> child;
  private final ListeningLine listening;
  private final Path config;
  private final Thread shutdownHook;

  private Balancer(ChildProcess<ListeningLine> child, ListeningLine listening, Path config) {
    this.child = child;
    this.listening = listening;
    this.config = config;
    // on Ctrl-C the run stops first and closes this itself; at once, it would cut its connections first
    this.shutdownHook = new Thread(() -> {
      child.awaitExit(Duration.ofSeconds(10));
      stop();
    }, "wsarena-haproxy-shutdown");
    Runtime.getRuntime().addShutdownHook(shutdownHook);
  }

  /** What is missing to run HAProxy, as a sentence with the install command; empty when nothing. */
  public static Optional<String> missingRequirement() {
    return Files.isExecutable(HAPROXY) ? Optional.empty() : Optional.of("HAProxy is not installed: apt-get install haproxy");
  }

  /**
   * Starts HAProxy on {@code port} of 127.0.0.1 (0: a free one) in front of {@code instancePorts}.
   *
   * @throws PeerException with a sentence: HAProxy missing, or it did not start
   */
  public static Balancer startOn(int port, List<Integer> instancePorts) throws PeerException {
    Optional<String> missing = missingRequirement();
    if (missing.isPresent()) {
      throw new PeerException(missing.get());
    }
    Path script = PeersDirectory.locate().resolve(SCRIPT);
    PeerException last = null;
    int attempts = port == 0 ? PORT_ATTEMPTS : 1;
    for (int attempt = 0; attempt < attempts; attempt++) {
      int listen = port == 0 ? freePort() : port;
      Path config;
      try {
        config = Files.createTempFile("wsarena-haproxy-", ".cfg");
        Files.writeString(config, new HaproxyConfig(listen, instancePorts).text());
      } catch (IOException e) {
        throw new PeerException("cannot write HAProxy's configuration: " + e.getMessage(), e);
      }
      try {
        return start(script, config, listen);
      } catch (PeerException e) {
        deleteQuietly(config);
        last = e;
      }
    }
    throw last;
  }

  private static Balancer start(Path script, Path config, int port) throws PeerException {
    ProcessBuilder builder =
        new ProcessBuilder(
            PythonPeer.DEFAULT_PYTHON.toString(), script.toString(), "--config", config.toString(), "--port",
            Integer.toString(port), "--haproxy", HAPROXY.toString(), "--exit-with-stdin");
    builder.environment().put("PYTHONDONTWRITEBYTECODE", "1");
    ChildProcess<ListeningLine> child;
    try {
      child = ChildProcess.startTakingCommands(builder, "haproxy", ListeningLine::parse);
    } catch (IOException e) {
      throw new PeerException("cannot run " + PythonPeer.DEFAULT_PYTHON + ": " + e.getMessage(), e);
    }
    try {
      return new Balancer(child, child.awaitReady(START_TIMEOUT), config);
    } catch (ChildProcess.NotReady e) {
      throw new PeerException(
          "HAProxy did not start: " + child.lastStderrLine().orElse(e.timedOut() ? "no answer within " + START_TIMEOUT.toSeconds() + " s" : "it exited with status " + e.exitCode()));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      child.stop();
      throw new PeerException("HAProxy's start was interrupted");
    }
  }

  private static int freePort() throws PeerException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new PeerException("no free port on 127.0.0.1 for HAProxy: " + e.getMessage(), e);
    }
  }

  public int port() {
    return listening.port();
  }

  /** HAProxy's own pid (not the script's): its CPU and memory are the balancer's share. */
  public long pid() {
    return listening.pid();
  }

  /** e.g. {@code haproxy/2.6.12} */
  public String library() {
    return listening.library() == null ? "haproxy" : listening.library();
  }

  public boolean isAlive() {
    return child.isAlive();
  }

  /** How HAProxy ended, once it has; empty while it runs. */
  public Optional<String> exitSentence() {
    return child.exitSentence("HAProxy");
  }

  public boolean awaitExit(Duration timeout) {
    return child.awaitExit(timeout);
  }

  private void stop() {
    child.stop();
    deleteQuietly(config);
  }

  @Override
  public void close() {
    stop();
    try {
      Runtime.getRuntime().removeShutdownHook(shutdownHook);
    } catch (IllegalStateException e) {
      // the JVM is already shutting down and runs the hook itself
    }
  }

  private static void deleteQuietly(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException | UncheckedIOException e) {
      // a temporary file left behind is harmless
    }
  }
}
