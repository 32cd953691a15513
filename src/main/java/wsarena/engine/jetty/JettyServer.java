package wsarena.engine.jetty;

import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.server.Server;
import wsarena.engine.support.StartedServer;

/** A started Jetty; closing it stops the server, its thread pool and its virtual threads. */
final class JettyServer extends StartedServer {

  private static final long VIRTUAL_THREADS_TIMEOUT_MILLIS = 2_000;

  private final Server server;
  private final Optional<ExecutorService> virtualThreads;

  JettyServer(
      Server server,
      Optional<ExecutorService> virtualThreads,
      int port,
      Optional<String> certificateSha256) {
    super(port, certificateSha256);
    this.server = server;
    this.virtualThreads = virtualThreads;
  }

  @Override
  protected void stop() {
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
