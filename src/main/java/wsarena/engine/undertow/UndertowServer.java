package wsarena.engine.undertow;

import io.undertow.Undertow;
import java.util.Optional;
import wsarena.engine.RunningServer;

/** A started Undertow; closing it closes the listener and stops the XNIO worker and its threads. */
final class UndertowServer implements RunningServer {

  private final Undertow undertow;
  private final int port;
  private final Optional<String> certificateSha256;
  private boolean closed;

  UndertowServer(Undertow undertow, int port, Optional<String> certificateSha256) {
    this.undertow = undertow;
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
    try {
      // Closes the listening socket, then shuts the worker down and waits (bounded by
      // SHUTDOWN_TIMEOUT) for its threads to end, which closes any connection still open.
      undertow.stop();
    } catch (RuntimeException e) {
      // close() never throws: a server that fails to stop cleanly is still stopped as far as the
      // caller can do anything about it.
    }
  }
}
