package wsarena.engine.undertow;

import io.undertow.Undertow;
import java.util.Optional;
import wsarena.engine.support.StartedServer;

/** A started Undertow; closing it closes the listener and stops the XNIO worker and its threads. */
final class UndertowServer extends StartedServer {

  private final Undertow undertow;

  UndertowServer(Undertow undertow, int port, Optional<String> certificateSha256) {
    super(port, certificateSha256);
    this.undertow = undertow;
  }

  @Override
  protected void stop() {
    // Closes the listening socket, then shuts the worker down and waits (bounded by
    // SHUTDOWN_TIMEOUT) for its threads to end, which closes any connection still open.
    undertow.stop();
  }
}
