package wsarena.engine.jetty;

import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.server.Server;
import wsarena.engine.RunningServer;

/** A started Jetty; closing it stops the server, its thread pool and its virtual threads. */
final class JettyServer implements RunningServer {

  private static final long VIRTUAL_THREADS_TIMEOUT_MILLIS = 2_000;

  private final Server server;
  private final Optional<ExecutorService> virtualThreads;
  private final int port;
  private final Optional<String> certificateSha256;
  private boolean closed;

  JettyServer(
      Server server,
      Optional<ExecutorService> virtualThreads,
      int port,
      Optional<String> certificateSha256) {
    this.server = server;
    this.virtualThreads = virtualThreads;
    this.port = port;
    this.certificateSha256 = certificateSha256;
  }

  @Override
  public int port() {
    return port;
  }

  @Override
  public boolean tls() {
    return certificateSha256.isPresent();
  }

  @Override
  public Optional<String> certificateSha256() {
    return certificateSha256;
  }

  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    stop(server, virtualThreads);
  }

  /** Stops Jetty (which closes every connection and joins its pool), then the virtual threads. */
  static void stop(Server server, Optional<ExecutorService> virtualThreads) {
    try {
      server.stop();
    } catch (Exception e) {
      // close() never throws; Jetty has released what it could.
    }
    virtualThreads.ifPresent(
        executor -> {
          executor.shutdownNow();
          try {
            executor.awaitTermination(VIRTUAL_THREADS_TIMEOUT_MILLIS, TimeUnit.MILLISECONDS);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
        });
  }
}
